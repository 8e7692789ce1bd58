# My dates: the reader's own dates for the steps, kept on their device.
# The page works out only the day count and how far away a date is.

my-date-heading = Ihr Termin für diesen Schritt
my-date-label = Das Datum, das Ihr Team Ihnen genannt hat
my-date-note-label = Eine Notiz (freiwillig)
# { $max } is the most characters a note may have.
my-date-note-hint = Bis zu { $max } Zeichen.
my-date-save = Meinen Termin speichern
my-date-remove = Meinen Termin entfernen
my-date-saved = Ihr Termin ist gespeichert.
my-date-removed = Ihr Termin ist entfernt.
my-date-your-date = Ihr Termin:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Tag { $day }
my-date-day-and-when = { $day }, { $when }
my-date-today = heute
my-date-tomorrow = morgen
my-date-yesterday = gestern
# { $n } is a number of days.
my-date-in-days = in { $n } Tagen
my-date-days-ago = vor { $n } Tagen
my-date-error-prefix = Fehler:
my-date-error-not-a-date = Geben Sie das vollständige Datum ein: Tag, Monat und Jahr.
my-date-error-too-early = Geben Sie ein Datum ab dem Jahr 2000 ein.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Geben Sie ein Datum ein, das nicht nach dem { $latest } liegt.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Dieses Datum liegt vor Ihrem Termin für den Schritt „{ $step }“ ({ $date }), der normalerweise zuerst kommt. Prüfen Sie Ihre Termine mit Ihrem Team.
my-date-error-after-reinfusion = Dieses Datum liegt nach Ihrem Termin für den Schritt „{ $step }“ ({ $date }). Dieser Schritt hier kommt aber normalerweise zuerst. Prüfen Sie Ihre Termine mit Ihrem Team.

my-dates-heading = Ihre Termine
my-dates-intro = Wenn Ihr Team Ihnen Termine für die Schritte nennt, können Sie jeden Termin oben beim passenden Schritt eintragen. Ihre Termine bleiben auf diesem Gerät. Die Seite fügt selbst keine Termine hinzu.
my-dates-day-count = Sobald Sie den Termin eintragen, an dem Sie Ihre Stammzellen zurückbekommen, zeigt jeder Termin auch seine Tageszählung. Transplantationsteams nennen diesen Tag [[Tag 0|day-0]].
my-dates-empty = Sie haben noch keine Termine eingetragen.
my-dates-download = Meine Termine als Kalenderdatei herunterladen
my-dates-print = Den Ablauf mit meinen Terminen drucken
my-dates-clear = Meine Termine löschen
my-dates-clear-confirm = Alle Ihre Termine löschen? Das lässt sich nicht rückgängig machen.
my-dates-clear-yes = Ja, meine Termine löschen
my-dates-clear-no = Nein, meine Termine behalten
my-dates-cleared = Ihre Termine sind gelöscht.
my-dates-downloaded = Ihre Kalenderdatei ist heruntergeladen. Öffnen Sie die Datei, um die Termine in Ihren Kalender zu übernehmen.
my-dates-calendar-name = aHSZT: meine Termine
my-dates-unreadable = Termine, die früher in diesem Browser gespeichert wurden, ließen sich nicht lesen. Deshalb werden sie unverändert beiseitegelegt. Ihre neuen Termine werden getrennt davon gespeichert.
my-dates-cannot-save = Ihre Termine können auf diesem Gerät nicht gespeichert werden. Deshalb gelten sie nur für diesen Besuch. Um sie zu behalten, laden Sie sie herunter oder drucken Sie sie aus, bevor Sie die Seite verlassen.
my-dates-changed-elsewhere = Ihre Termine wurden in einem anderen Tab von einer neueren Version dieser Seite geändert. Diese Termine bleiben so, wie sie sind. Deshalb werden Änderungen hier nicht gespeichert.
