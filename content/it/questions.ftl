### Domande per l’équipe del suo centro SM
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

questions-privacy = La sua lista resta in questo browser, su questo dispositivo. Non viene mai inviata da nessuna parte.
questions-suggested-heading = Domande suggerite
questions-group-before-deciding = Prima di decidere
question-likely-to-help = Quanto è probabile che l’aHSCT mi aiuti, visti il mio tipo di SM, le mie [[ricadute|relapse]] recenti e i risultati della risonanza magnetica? La mia età e da quanto tempo ho la SM fanno differenza? Come si colloca rispetto ai farmaci ad alta efficacia che non ho ancora provato?
question-centre-experience = Quante persone con SM ha trattato il vostro centro? È accreditato da [[JACIE|jacie]], o da un ente simile? Quali sono i vostri tassi di complicazioni e di decessi?
question-fertility = In che modo questo trattamento potrebbe influire sulla mia fertilità, o causare una menopausa precoce? Prima di iniziare, potete indirizzarmi a un servizio per conservare ovociti, embrioni, tessuto ovarico o seme?
question-trial-still-open = C’è uno studio sull’aHSCT ancora aperto a cui potrei partecipare? Che cosa comporterebbe partecipare?
question-abroad = Se sto pensando a un trattamento all’estero, chi si occuperebbe di me dopo? Che cosa succederebbe se comparissero problemi dopo il mio rientro a casa?
question-expectations = Che cosa posso aspettarmi realisticamente, visto quanto la SM mi ha già colpito? La mia SM potrebbe restare stabile, migliorare un po’, oppure nessuna delle due cose?
questions-group-about-the-treatment = Sul trattamento
question-regimen = Quale trattamento di [[condizionamento|conditioning]] usa il vostro centro? È più o meno intensivo, e perché proprio quello per me?
question-timeline = Quali sono i vostri tempi, dalla prima valutazione al ritorno a casa? Quanti giorni o settimane passerò in ospedale?
question-mobilisation = Per spostare le mie cellule staminali nel sangue, farò la chemioterapia insieme al [[G-CSF|g-csf]], o solo il G-CSF? Quali effetti collaterali devo aspettarmi in quella fase?
question-current-medicine = Dovrò sospendere prima il farmaco per la SM che prendo ora? Prenderò farmaci per la SM dopo?
questions-group-about-recovery = Sul recupero
question-infections = Per quali infezioni avrò il rischio più alto, e per quanto tempo? Di quali precauzioni e farmaci avrò bisogno a casa?
question-monitoring = Quali problemi a lungo termine controllerete, come malattie della tiroide, piastrine basse o fuoco di Sant’Antonio? Con quale frequenza, e per quanti anni?
question-vaccines = Quali vaccini dovrò rifare, e quando?
question-rehabilitation = Quale riabilitazione e quale supporto riceverò? Quando potrei realisticamente tornare a lavorare, a guidare o a occuparmi dei miei figli?
question-not-working = In quali casi si direbbe che il trattamento «non funziona»? Quali opzioni ho se la mia SM torna attiva?
questions-list-heading = La sua lista
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Domande nella sua lista: { $n }
# A link from that count down to the list.
questions-go-to-list = Vai alla lista
questions-empty = La sua lista è vuota. Spunti una domanda qui sopra, o aggiunga una sua domanda qui sotto.
questions-move-up = Sposta su
questions-move-down = Sposta giù
questions-remove = Rimuovi
# Each question shows only Remove; this button shows Move up and Move down for every question, and then finishes.
questions-reorder = Cambia l’ordine
questions-reorder-done = Termina il cambio di ordine
questions-question-word = domanda
questions-add-label = Una sua domanda da aggiungere
# { $max } is the most characters a question may have.
questions-add-hint = Al massimo { $max } caratteri.
questions-add-button = Aggiungi alla mia lista
questions-add-empty-error = Scriva prima una domanda.
questions-error-prefix = Errore:
questions-print = Stampa la mia lista
questions-copy = Copia la mia lista
questions-clear = Cancella la mia lista
questions-clear-confirm = Cancellare tutte le domande dalla sua lista? Non sarà possibile annullare.
questions-clear-yes = Sì, cancella la mia lista
questions-clear-no = No, mantieni la mia lista
questions-cleared = La sua lista è stata cancellata.
questions-added = Aggiunta alla sua lista.
questions-removed = Rimossa dalla sua lista.
# { $n } is the question’s new place in the list.
questions-moved = Spostata in posizione { $n }.
questions-copied = La sua lista è stata copiata. Può incollarla in un’email o in una nota.
questions-copy-yourself = Questo browser non ha permesso alla pagina di copiare. Selezioni questo testo e lo copi manualmente:
questions-printed-title = Domande per l’équipe del mio centro SM
questions-unreadable = Non è stato possibile leggere una lista salvata in precedenza in questo browser, quindi è iniziata una nuova lista. La lista precedente è ancora conservata in questo browser.
questions-show-earlier = Mostra la lista precedente
questions-earlier-label = La lista precedente, come era stata salvata. Può copiare le sue domande da qui:
questions-delete-earlier = Elimina la lista precedente
questions-cannot-save = Non è possibile salvare la sua lista su questo dispositivo, quindi vale solo per questa visita. Per conservarla, la stampi o la copi prima di uscire.
questions-changed-elsewhere = La sua lista è stata modificata in un’altra scheda da una versione più recente di questa pagina. Quella lista resta com’è, quindi le modifiche fatte qui non vengono salvate.
