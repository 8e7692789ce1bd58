### La pagina intorno al contenuto: intestazione, comandi, etichette, piè di pagina
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

glossary-more = Maggiori informazioni nel glossario
glossary-about = sul termine
glossary-close = Chiudi
glossary-close-about = la definizione di
site-title = L’aHSCT nella sclerosi multipla, spiegato
site-tagline = Trapianto autologo di cellule staminali ematopoietiche (aHSCT): un trattamento con cellule staminali per la sclerosi multipla, passo dopo passo.
skip-link = Vai al contenuto principale
notice-link = Non è un parere medico
notice-line = Queste informazioni non vanno usate come base per proporre un trattamento a una persona in particolare. Non sostituiscono una visita, una telefonata o un consulto con un medico o con un altro professionista sanitario qualificato. Non sostituiscono nemmeno il parere di questi professionisti.
opens-in-new-tab = (si apre in una nuova scheda)
contents-heading = Indice
# The short version of the page: each section’s "In short" line, and each step in one sentence.
short-version-heading = La versione breve
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = La versione breve ({ $minutes ->
    [one] circa { $minutes } minuto di lettura
   *[other] circa { $minutes } minuti di lettura
})
short-version-intro = Ogni parte ha un link al suo testo completo.
# In the short version, under the questions’ part: a link to the full questions section, where the tool is.
short-questions-link = Tutte le domande: può spuntare quelle che le interessano e aggiungere le sue
# { $minutes } is worked out from the words when the page is built.
full-page-link = La pagina completa ({ $minutes ->
    [one] circa { $minutes } minuto di lettura
   *[other] circa { $minutes } minuti di lettura
})
in-short = In breve:
source-word = Fonte
timeline-label = Le fasi dell’aHSCT
steps-list-label = Tutte le fasi
# On a phone the list of steps starts folded behind a button with these words.
steps-list-toggle = Elenco di tutte le fasi
# { $n } is the step shown, { $total } the number of steps.
step-count = Fase { $n } di { $total }
all-steps-count = Tutte le fasi, in ordine
previous = Precedente
next = Successiva
# The Previous and Next buttons’ names for screen readers: each holds the
# button’s own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Fase precedente
next-button-name = Fase successiva
previous-step = Fase precedente:
next-step = Fase successiva:
show-all = Mostra tutte le fasi
show-one = Mostra una fase alla volta
keys-hint = Suggerimento: può usare anche i tasti freccia sinistra e destra.
medical-name = Nome medico:
what-happens = Che cosa succede
why = Perché
timing = Quanto dura
may-notice = Che cosa potrebbe notare
picture-heading = Dove sono le sue cellule staminali
marrow = Midollo osseo
blood = Sangue
store = Congelatore
# Under a box of the stem cells’ picture that the drawing leaves empty at this step: none of the stem cells are drawn there.
picture-zone-empty = (nessuna nel disegno)
curve-title = Il suo sistema immunitario durante il trattamento
curve-disclaimer = Un’illustrazione dell’andamento generale, non dati di pazienti.
curve-summary = Se nella fase 2 si usa la chemioterapia, i globuli bianchi possono calare per un po’ di tempo. Calano molto nella fase 5 e sono al livello più basso intorno alla fase 6 e dopo. Nella fase 7 cominciano a comparire nuovi globuli bianchi. Poi l’intero sistema immunitario si ricostruisce lentamente, nell’arco di molti mesi.
curve-usual = Abituale
curve-low = Molto basso
curve-you-are-here = Questa fase
reviewed = Ultima revisione del contenuto, confrontato con i nostri appunti tratti dalle fonti:
next-review = Prossima revisione prevista:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = Ultimo confronto del testo con i nostri appunti tratti dalle fonti: { $date }. Da allora il testo è cambiato, e le modifiche non sono ancora state controllate.
# A publisher’s own clinician’s sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = { $publisher } ha fatto controllare questa versione da un clinico. Data del controllo: { $date }.
published-by = Pubblicato da
back-to-top = Torna all’inizio
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Torna al testo
embed-sources = Fonti
open-full-page = Apri la pagina completa (nuova scheda)
shared-by = Condiviso da
copy-link = Copia un link a questa fase
link-copied = Link copiato.
copy-link-yourself = Copi questo link per condividere questa fase:
settings-open = Dimensione del testo e spaziatura
settings-text-size = Dimensione del testo
settings-size-1 = Standard
settings-size-2 = Più grande
settings-size-3 = Massima
settings-more-line-spacing = Più spazio tra le righe
settings-reset = Ripristina le impostazioni standard
settings-kept-here = La sua scelta viene conservata solo in questo browser, e in nessun altro luogo.
settings-not-kept = Questo browser non permette alla pagina di conservare la sua scelta, quindi vale solo per questa visita.

## Dates, as the page writes them
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = gennaio
month-alone-2 = febbraio
month-alone-3 = marzo
month-alone-4 = aprile
month-alone-5 = maggio
month-alone-6 = giugno
month-alone-7 = luglio
month-alone-8 = agosto
month-alone-9 = settembre
month-alone-10 = ottobre
month-alone-11 = novembre
month-alone-12 = dicembre

# { $day } { $month } { $year }: put them in your language’s order.
date-day-month-year = { $day } { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1º { $month } { $year }
date-month-year = { $month } { $year }

## A publisher’s own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher’s name, { $date } the day it wrote the section.
country-written = { $org } ha scritto questa sezione ({ $date }). Non fa parte della revisione di questa guida.
country-sources-heading = Fonti di questa sezione
# Before the number of each of the section’s own sources ("C1", "C2"), to tell them from the page’s own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Ultimo controllo: { $date }.

## The page around the app: its title, and what it says if the app cannot start
# The page’s title, in the browser’s tab and in search results.
page-title = L’aHSCT nella sclerosi multipla, spiegato passo dopo passo
# The page’s description, for search results and links shared elsewhere.
page-description = Una guida in parole semplici al trapianto autologo di cellule staminali ematopoietiche (aHSCT) nella sclerosi multipla, con le fasi del trattamento spiegate passo dopo passo. Informazioni generali, non un parere medico.
startup-problem = Le parti interattive di questa pagina non sono riuscite ad avviarsi in questo browser. Tutto il contenuto si può comunque leggere qui sotto.
app-problem = Ci scusiamo: si è verificato un problema e questa pagina ha smesso di funzionare.
# A link that reloads the page.
app-problem-reload = Ricarichi la pagina per riprovare.

## The languages of the page
# The name of this language, written in the language itself.
translation-status = Tradotto dalla versione inglese del 1º dicembre 2026. Non ancora rivisto da un traduttore medico.
language-name = Italiano
# Names the list of links to this page in other languages (for screen readers).
languages-label = Questa pagina in altre lingue
# Under the page, where the reader has more than one language to choose from.
languages-kept = La lingua che sceglie in cima alla pagina viene conservata solo in questo browser, e in nessun altro luogo.

## Listen: the page read aloud by the device’s own voice
listen-page = Ascolta questa pagina
listen-part = Ascolta questa parte
listen-step = Ascolta questa fase
listen-short = Ascolta la versione breve
# The name of the group of buttons shown while the page is read aloud.
listen-controls = Comandi della lettura ad alta voce
listen-pause = Pausa
listen-resume = Continua
listen-stop = Interrompi
listen-speed = Velocità di lettura
listen-speed-1 = Più lenta
listen-speed-2 = Normale
listen-speed-3 = Più veloce
listen-reading = Lettura ad alta voce in corso.
listen-paused = In pausa.
listen-finished = Lettura terminata.
listen-failed = La lettura ad alta voce si è interrotta per un problema con la voce di questo dispositivo. Prema «Continua» per riprovare.
# Shown where the device has no voice of its own for this language. Name the page’s own language.
listen-no-voice = Questo dispositivo non ha una voce italiana per leggere questa pagina ad alta voce.
