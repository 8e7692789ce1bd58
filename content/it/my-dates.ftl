# Le mie date: le date del lettore per le fasi, conservate sul suo dispositivo.
# La pagina calcola solo il conteggio dei giorni e quanto è lontana una data.

my-date-heading = La sua data per questa fase
my-date-label = La data che le ha dato la sua équipe
my-date-note-label = Una nota (facoltativa)
# { $max } is the most characters a note may have.
my-date-note-hint = Al massimo { $max } caratteri.
my-date-save = Salva la mia data
my-date-remove = Rimuovi la mia data
my-date-saved = La sua data è stata salvata.
my-date-removed = La sua data è stata rimossa.
my-date-your-date = La sua data:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Giorno { $day }
# { $day } is the day count ("Day −5"), { $when } how far the date is from today ("in 12 days").
my-date-day-and-when = { $day }, { $when }
my-date-today = oggi
my-date-tomorrow = domani
my-date-yesterday = ieri
# { $n } is a number of days (2 or more). Where your language’s noun changes
# with the number, write a form for each of its plural categories, as Fluent
# does: { $n -> [few] … { $n } … *[other] … { $n } … } (content/ar has an example).
my-date-in-days = { $n ->
    [one] tra { $n } giorno
   *[other] tra { $n } giorni
}
my-date-days-ago = { $n ->
    [one] { $n } giorno fa
   *[other] { $n } giorni fa
}
my-date-error-prefix = Errore:
my-date-error-not-a-date = Inserisca la data completa: giorno, mese e anno.
my-date-error-too-early = Inserisca una data dall’anno 2000 in poi.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Inserisca una data non successiva a questa: { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Questa data è precedente alla sua data per «{ $step }» ({ $date }), una fase che di solito viene prima. Controlli le sue date con la sua équipe.
my-date-error-after-reinfusion = Questa data è successiva alla sua data per «{ $step }» ({ $date }), ma di solito questa fase viene prima. Controlli le sue date con la sua équipe.

my-dates-heading = Le sue date
my-dates-intro = Se la sua équipe le dà delle date per le fasi, può aggiungere ogni data alla fase corrispondente, qui sopra. Le sue date restano su questo dispositivo. La pagina non aggiunge date per conto proprio.
my-dates-day-count = Quando aggiunge la data in cui le vengono restituite le cellule staminali, accanto a ogni data compare anche il conteggio dei giorni. Le équipe trapianti chiamano quel giorno [[giorno 0|day-0]].
my-dates-empty = Non ha ancora aggiunto nessuna data.
my-dates-download = Scarica le mie date come file di calendario
my-dates-print = Stampa le fasi con le mie date
my-dates-clear = Cancella le mie date
my-dates-clear-confirm = Cancellare tutte le sue date? Non sarà possibile annullare.
my-dates-clear-yes = Sì, cancella le mie date
my-dates-clear-no = No, mantieni le mie date
my-dates-cleared = Le sue date sono state cancellate.
my-dates-downloaded = Il file di calendario è stato scaricato. Lo apra per aggiungere le date al suo calendario.
my-dates-calendar-name = aHSCT: le mie date
my-dates-unreadable = Non è stato possibile leggere le date salvate in precedenza in questo browser, quindi sono conservate a parte, senza modifiche. Le sue nuove date vengono salvate separatamente.
my-dates-cannot-save = Non è possibile salvare le sue date su questo dispositivo, quindi valgono solo per questa visita. Per conservarle, le scarichi o le stampi prima di uscire.
my-dates-changed-elsewhere = Le sue date sono state modificate in un’altra scheda da una versione più recente di questa pagina. Quelle date restano come sono, quindi le modifiche fatte qui non vengono salvate.
