### La página alrededor del contenido: cabecera, controles, etiquetas, pie
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained". Un mensaje por unidad de texto.
### - [[palabras mostradas|term-id]] marca un término del glosario: se traducen
###   las palabras mostradas y se conserva el term-id tras la | tal cual.
### - { $name } lo rellena la página: se conserva.

glossary-more = Más en el glosario
glossary-about = sobre
glossary-close = Cerrar
glossary-close-about = la definición de
site-title = El aHSCT en la esclerosis múltiple, explicado
site-tagline = Trasplante autólogo de células madre hematopoyéticas (aHSCT, por sus siglas en inglés): un tratamiento con células madre para la esclerosis múltiple, paso a paso.
skip-link = Saltar al contenido principal
notice-link = No es consejo médico
notice-line = No se debe confiar en esta información para proponer un tratamiento a ninguna persona concreta. No sustituye una visita, una llamada ni una consulta con un médico u otro profesional sanitario cualificado. Tampoco sustituye el consejo de estos profesionales.
opens-in-new-tab = (se abre en una pestaña nueva)
contents-heading = Contenido
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = La versión breve
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Leer la versión breve (unos { $minutes } minutos)
short-version-intro = Cada parte tiene un enlace a su texto completo.
short-questions-link = Abrir las preguntas, para marcar las suyas y añadir otras
# { $minutes } is worked out from the words when the page is built.
full-page-link = Leer la página completa (unos { $minutes } minutos)
in-short = En resumen:
source-word = Fuente
timeline-label = Cronología del aHSCT
steps-list-label = Todos los pasos
steps-list-toggle = Lista de todos los pasos
# { $n } is the step shown, { $total } the number of steps.
step-count = Paso { $n } de { $total }
all-steps-count = Todos los pasos, en orden
previous = Anterior
next = Siguiente
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Paso anterior
next-button-name = Paso siguiente
previous-step = Paso anterior:
next-step = Paso siguiente:
show-all = Mostrar todos los pasos
show-one = Mostrar un paso cada vez
keys-hint = Sugerencia: también puede usar las teclas de flecha izquierda y derecha.
medical-name = Nombre médico:
what-happens = Qué ocurre
why = Por qué
timing = Cuánto dura
may-notice = Qué puede notar
picture-heading = Dónde están sus células madre
marrow = Médula ósea
blood = Sangre
store = Congelador
picture-zone-empty = (ninguna en el dibujo)
curve-title = Su sistema inmunitario a lo largo del tratamiento
curve-disclaimer = Una ilustración del patrón general, no datos de pacientes.
curve-summary = Si en el paso 2 se usa quimioterapia, los glóbulos blancos pueden bajar durante un tiempo. Caen mucho en el paso 5 y están en su nivel más bajo alrededor del paso 6 y después. En el paso 7 empiezan a aparecer glóbulos blancos nuevos, y todo el sistema inmunitario se reconstruye despacio, a lo largo de muchos meses.
curve-usual = Habitual
curve-low = Muy bajo
curve-you-are-here = Este paso
reviewed = Última revisión del contenido frente a nuestras notas de las fuentes:
next-review = Próxima revisión prevista:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = El texto se comparó por última vez con nuestras notas de las fuentes el { $date }. Ha cambiado desde entonces, y los cambios aún no se han comprobado.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = { $publisher } hizo revisar esta versión por un profesional clínico el { $date }.
published-by = Publicado por
back-to-top = Volver arriba
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Volver al texto
embed-sources = Fuentes
open-full-page = Abrir la página completa (pestaña nueva)
shared-by = Compartido por
copy-link = Copiar un enlace a este paso
link-copied = Enlace copiado.
copy-link-yourself = Copie este enlace para compartir este paso:
settings-open = Tamaño del texto y espaciado
settings-text-size = Tamaño del texto
settings-size-1 = Estándar
settings-size-2 = Más grande
settings-size-3 = Muy grande
settings-more-line-spacing = Más espacio entre líneas
settings-reset = Restablecer los valores estándar
settings-kept-here = Su elección se guarda solo en este navegador, y en ningún otro sitio.
settings-not-kept = Este navegador no deja que la página guarde su elección, así que solo dura durante esta visita.

## Dates, as the page writes them
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = enero
month-alone-2 = febrero
month-alone-3 = marzo
month-alone-4 = abril
month-alone-5 = mayo
month-alone-6 = junio
month-alone-7 = julio
month-alone-8 = agosto
month-alone-9 = septiembre
month-alone-10 = octubre
month-alone-11 = noviembre
month-alone-12 = diciembre

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } de { $month } de { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1 de { $month } de { $year }
date-month-year = { $month } de { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = { $org } escribió esta sección el { $date }. No forma parte de la revisión propia de esta guía.
country-sources-heading = Fuentes de esta sección
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Comprobada el { $date }.

translation-status = Traducido del original en inglés del 1 de diciembre de 2026. Todavía no lo ha revisado un traductor médico.
language-name = Español

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = El aHSCT en la esclerosis múltiple, explicado paso a paso
# The page's description, for search results and links shared elsewhere.
page-description = Una guía en lenguaje sencillo sobre el trasplante autólogo de células madre hematopoyéticas (aHSCT) para la esclerosis múltiple. Incluye una cronología paso a paso. Información general, no consejo médico.
startup-problem = Las partes interactivas de esta página no han podido ponerse en marcha en este navegador. Todo el contenido sigue aquí abajo para que lo lea.
app-problem = Lo sentimos, algo ha fallado y esta página ha dejado de funcionar.
# A link that reloads the page.
app-problem-reload = Vuelva a cargar la página para intentarlo de nuevo.

## The languages of the page
# Names the list of links to this page in other languages (for screen readers).
languages-label = Esta página en otros idiomas
# Under the page, where the reader has more than one language to choose from.
languages-kept = El idioma que elija arriba en la página se guarda solo en este navegador, y en ningún otro sitio.

## Listen: the page read aloud by the device's own voice
listen-page = Escuchar esta página
listen-part = Escuchar esta parte
listen-step = Escuchar este paso
listen-short = Escuchar la versión breve
listen-controls = Controles de lectura en voz alta
listen-pause = Pausar
listen-resume = Continuar
listen-stop = Parar
listen-speed = Velocidad de lectura
listen-speed-1 = Más lenta
listen-speed-2 = Normal
listen-speed-3 = Más rápida
listen-reading = Leyendo en voz alta.
listen-paused = En pausa.
listen-finished = Lectura terminada.
listen-failed = La lectura en voz alta se ha detenido por un problema con la voz de este dispositivo. Pulse Continuar para intentarlo otra vez.
listen-no-voice = Este dispositivo no tiene ninguna voz en español para leer esta página en voz alta.
