### Fragen an Ihr MS-Team
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

questions-privacy = Ihre Liste bleibt in diesem Browser, auf diesem Gerät. Die Liste wird nie irgendwohin gesendet.
questions-suggested-heading = Vorgeschlagene Fragen
questions-group-before-deciding = Vor der Entscheidung
question-likely-to-help = Wie wahrscheinlich ist es angesichts meiner MS-Form und meiner letzten [[Schübe|relapse]] und MRT-Ergebnisse, dass die aHSZT mir hilft? Spielen mein Alter und die Dauer meiner MS eine Rolle? Wie schneidet sie im Vergleich zu den hochwirksamen Medikamenten ab, die ich noch nicht ausprobiert habe?
question-centre-experience = Wie viele Menschen mit MS hat Ihr Zentrum behandelt? Ist es von [[JACIE|jacie]] oder einer ähnlichen Stelle akkreditiert? Wie hoch sind Ihre eigenen Raten an Komplikationen und Todesfällen?
question-fertility = Wie könnte das meine Fruchtbarkeit beeinflussen oder eine frühe Menopause auslösen? Kann ich vor dem Beginn überwiesen werden, um Eizellen, Embryonen, Eierstockgewebe oder Spermien einlagern zu lassen?
question-trial-still-open = Gibt es noch eine offene aHSZT-Studie, an der ich teilnehmen könnte? Was würde die Teilnahme bedeuten?
question-abroad = Wenn ich über eine Behandlung im Ausland nachdenke: Wer würde mich danach betreuen? Was würde passieren, wenn zu Hause Probleme auftreten?
question-expectations = Was kann ich realistisch erwarten, wenn ich bedenke, wie sich die MS bei mir schon ausgewirkt hat? Könnte meine MS stabil bleiben, etwas besser werden oder keines von beiden?
questions-group-about-the-treatment = Zur Behandlung
question-regimen = Welche Behandlung zur [[Konditionierung|conditioning]] nutzt Ihr Zentrum? Ist sie intensiver oder weniger intensiv, und warum gerade diese für mich?
question-timeline = Wie sieht Ihr Zeitplan aus, von der ersten Abklärung bis zur Entlassung nach Hause? Wie viele Tage oder Wochen werde ich im Krankenhaus sein?
question-mobilisation = Um meine Stammzellen ins Blut zu bringen: Bekomme ich eine Chemotherapie plus [[G-CSF|g-csf]] oder nur G-CSF? Mit welchen Nebenwirkungen sollte ich dann rechnen?
question-current-medicine = Muss ich mein jetziges MS-Medikament vorher absetzen? Werde ich danach ein MS-Medikament nehmen?
questions-group-about-recovery = Zur Erholung
question-infections = Für welche Infektionen habe ich das höchste Risiko, und wie lange? Welche Vorsichtsmaßnahmen und Medikamente brauche ich zu Hause?
question-monitoring = Auf welche langfristigen Probleme werden Sie mich untersuchen, zum Beispiel Schilddrüsenerkrankungen, zu wenige Blutplättchen oder Gürtelrose? Wie oft, und wie viele Jahre lang?
question-vaccines = Welche Impfungen muss ich noch einmal bekommen, und wann?
question-rehabilitation = Welche Rehabilitation und Unterstützung bekomme ich? Wann könnte ich realistisch wieder arbeiten, Auto fahren oder Kinder betreuen?
question-not-working = Ab wann würde man sagen, dass die Behandlung „nicht wirkt“? Welche Möglichkeiten habe ich, wenn meine MS wieder aktiv wird?
questions-list-heading = Ihre Liste
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Fragen in Ihrer Liste: { $n }
# A link from that count down to the list.
questions-go-to-list = Zu Ihrer Liste
questions-empty = Ihre Liste ist leer. Haken Sie oben eine Frage an oder fügen Sie unten eine eigene hinzu.
questions-move-up = Nach oben
questions-move-down = Nach unten
questions-remove = Entfernen
questions-reorder = Reihenfolge ändern
questions-reorder-done = Reihenfolge fertig
questions-question-word = – Frage
questions-add-label = Eigene Frage hinzufügen
# { $max } is the most characters a question may have.
questions-add-hint = Bis zu { $max } Zeichen.
questions-add-button = Zu meiner Liste hinzufügen
questions-add-empty-error = Geben Sie zuerst eine Frage ein.
questions-error-prefix = Fehler:
questions-print = Meine Liste drucken
questions-copy = Meine Liste kopieren
questions-clear = Meine Liste leeren
questions-clear-confirm = Alle Fragen aus Ihrer Liste löschen? Das lässt sich nicht rückgängig machen.
questions-clear-yes = Ja, meine Liste leeren
questions-clear-no = Nein, meine Liste behalten
questions-cleared = Ihre Liste ist geleert.
questions-added = Zu Ihrer Liste hinzugefügt.
questions-removed = Aus Ihrer Liste entfernt.
# { $n } is the question's new place in the list.
questions-moved = An Stelle { $n } verschoben.
questions-copied = Ihre Liste ist kopiert. Sie können sie in eine E-Mail oder eine Notiz einfügen.
questions-copy-yourself = Dieser Browser hat der Seite das Kopieren nicht erlaubt. Markieren Sie diesen Text und kopieren Sie ihn selbst:
questions-printed-title = Fragen an mein MS-Team
questions-unreadable = Eine frühere Liste in diesem Browser ließ sich nicht lesen. Deshalb wurde eine neue Liste begonnen. Die frühere Liste ist weiterhin in diesem Browser gespeichert.
questions-show-earlier = Frühere Liste zeigen
questions-earlier-label = Die frühere Liste, so wie sie gespeichert wurde. Sie können Ihre Fragen daraus kopieren:
questions-delete-earlier = Frühere Liste löschen
questions-cannot-save = Ihre Liste kann auf diesem Gerät nicht gespeichert werden. Deshalb gilt sie nur für diesen Besuch. Um sie zu behalten, drucken oder kopieren Sie sie, bevor Sie die Seite verlassen.
questions-changed-elsewhere = Ihre Liste wurde in einem anderen Tab von einer neueren Version dieser Seite geändert. Diese Liste bleibt so, wie sie ist. Deshalb werden Änderungen hier nicht gespeichert.
