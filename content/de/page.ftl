### Die Seite um den Inhalt: Kopfzeile, Bedienelemente, Beschriftungen, Fußzeile
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

glossary-more = Mehr im Glossar
glossary-about = zu
glossary-close = Schließen
glossary-close-about = – Erklärung zu
site-title = aHSZT bei MS – verständlich erklärt
site-tagline = Autologe hämatopoetische Stammzelltransplantation (aHSZT): eine Stammzellbehandlung bei Multipler Sklerose, Schritt für Schritt.
skip-link = Zum Hauptinhalt springen
notice-link = Keine medizinische Beratung
notice-line = Diese Informationen sollten nicht als Grundlage dienen, um für eine bestimmte Person eine Behandlung vorzuschlagen. Sie ersetzen keinen Besuch, keinen Anruf und keine Beratung bei einer Ärztin, einem Arzt oder anderen qualifizierten Fachleuten im Gesundheitswesen. Auch deren Rat ersetzen sie nicht.
opens-in-new-tab = (öffnet in einem neuen Tab)
contents-heading = Inhalt
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = Die Kurzfassung
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Kurzfassung lesen (etwa { $minutes } Minuten)
short-version-intro = Jeder Teil hat einen Link zu seinem vollständigen Text.
short-questions-link = Zu den Fragen, um Ihre anzukreuzen und eigene hinzuzufügen
# { $minutes } is worked out from the words when the page is built.
full-page-link = Ganze Seite lesen (etwa { $minutes } Minuten)
in-short = Kurz gesagt:
source-word = Quelle
timeline-label = Ablauf der aHSZT
steps-list-label = Alle Schritte
steps-list-toggle = Liste aller Schritte
# { $n } is the step shown, { $total } the number of steps.
step-count = Schritt { $n } von { $total }
all-steps-count = Alle Schritte, der Reihe nach
previous = Vorheriger
next = Nächster
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Vorheriger Schritt
next-button-name = Nächster Schritt
previous-step = Vorheriger Schritt:
next-step = Nächster Schritt:
show-all = Alle Schritte zeigen
show-one = Einen Schritt nach dem anderen zeigen
keys-hint = Tipp: Sie können auch die Pfeiltasten nach links und rechts nutzen.
medical-name = Fachbegriff:
what-happens = Was passiert
why = Warum
timing = Wie lange es dauert
may-notice = Was Sie vielleicht bemerken
picture-heading = Wo Ihre Stammzellen sind
# The three places under a step's picture stand in narrow columns: a soft
# hyphen (U+00AD, invisible here) marks where a long word may break.
marrow = Knochen­mark
blood = Blut
store = Gefrier­schrank
picture-zone-empty = (keine im Bild)
curve-title = Ihr Immunsystem im Verlauf der Behandlung
curve-disclaimer = Eine Darstellung des allgemeinen Verlaufs, keine Patientendaten.
curve-summary = Wenn in Schritt 2 eine Chemotherapie eingesetzt wird, können die weißen Blutkörperchen eine Zeit lang sinken. In Schritt 5 fallen sie stark ab und sind um Schritt 6 und danach am niedrigsten. In Schritt 7 beginnen neue weiße Blutkörperchen zu erscheinen, und das ganze Immunsystem baut sich langsam wieder auf, über viele Monate.
curve-usual = Üblich
curve-low = Sehr niedrig
curve-you-are-here = Dieser Schritt
reviewed = Inhalt zuletzt mit unseren Notizen aus den Quellen abgeglichen:
next-review = Nächste Prüfung fällig:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = Der Text wurde zuletzt am { $date } mit unseren Notizen aus den Quellen abgeglichen. Er hat sich seitdem geändert, und die Änderungen sind noch nicht geprüft.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = { $publisher } hat diese Fassung am { $date } von einer Ärztin oder einem Arzt prüfen lassen.
published-by = Herausgegeben von
back-to-top = Zum Seitenanfang
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Zurück zum Text
embed-sources = Quellen
open-full-page = Ganze Seite öffnen (neuer Tab)
shared-by = Geteilt von
copy-link = Link zu diesem Schritt kopieren
link-copied = Link kopiert.
copy-link-yourself = Kopieren Sie diesen Link, um diesen Schritt zu teilen:
settings-open = Textgröße und Abstände
settings-text-size = Textgröße
settings-size-1 = Standard
settings-size-2 = Größer
settings-size-3 = Sehr groß
settings-more-line-spacing = Mehr Abstand zwischen den Zeilen
settings-reset = Auf Standard zurücksetzen
settings-kept-here = Ihre Auswahl wird nur in diesem Browser gespeichert, sonst nirgends.
settings-not-kept = Dieser Browser lässt die Seite Ihre Auswahl nicht speichern. Deshalb gilt sie nur für diesen Besuch.

## Dates, as the page writes them
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = Januar
month-alone-2 = Februar
month-alone-3 = März
month-alone-4 = April
month-alone-5 = Mai
month-alone-6 = Juni
month-alone-7 = Juli
month-alone-8 = August
month-alone-9 = September
month-alone-10 = Oktober
month-alone-11 = November
month-alone-12 = Dezember

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day }. { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1. { $month } { $year }
date-month-year = { $month } { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = { $org } hat diesen Abschnitt am { $date } geschrieben. Er gehört nicht zur eigenen Prüfung dieser Erklärseite.
country-sources-heading = Quellen für diesen Abschnitt
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Geprüft am { $date }.
translation-status = Übersetzt aus der englischen Fassung vom 1. Dezember 2026. Noch nicht von einer medizinischen Fachübersetzerin oder einem medizinischen Fachübersetzer geprüft.
language-name = Deutsch

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = aHSZT bei MS – Schritt für Schritt erklärt
# The page's description, for search results and links shared elsewhere.
page-description = Eine Erklärseite in einfacher Sprache zur autologen hämatopoetischen Stammzelltransplantation (aHSZT) bei Multipler Sklerose, mit dem Ablauf Schritt für Schritt. Allgemeine Informationen, keine medizinische Beratung.
startup-problem = Die interaktiven Teile dieser Seite konnten in diesem Browser nicht starten. Sie können trotzdem alles weiter unten lesen.
app-problem = Entschuldigung, etwas ist schiefgegangen und diese Seite funktioniert nicht mehr.
# A link that reloads the page.
app-problem-reload = Laden Sie die Seite neu, um es noch einmal zu versuchen.

## The languages of the page
# Names the list of links to this page in other languages (for screen readers).
languages-label = Diese Seite in anderen Sprachen
# Under the page, where the reader has more than one language to choose from.
languages-kept = Die Sprache, die Sie oben auf der Seite wählen, wird nur in diesem Browser gespeichert, sonst nirgends.

## Listen: the page read aloud by the device's own voice
listen-page = Diese Seite anhören
listen-part = Diesen Teil anhören
listen-step = Diesen Schritt anhören
listen-short = Kurzfassung anhören
listen-controls = Steuerung für das Vorlesen
listen-pause = Pause
listen-resume = Weiter
listen-stop = Beenden
listen-speed = Vorlesetempo
listen-speed-1 = Langsamer
listen-speed-2 = Normal
listen-speed-3 = Schneller
listen-reading = Wird vorgelesen.
listen-paused = Pausiert.
listen-finished = Vorlesen beendet.
listen-failed = Das Vorlesen wurde wegen eines Problems mit der Stimme dieses Geräts beendet. Wählen Sie „Weiter“, um es noch einmal zu versuchen.
listen-no-voice = Dieses Gerät hat keine deutsche Stimme, um diese Seite vorzulesen.
