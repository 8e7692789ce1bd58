# Mis fechas: las fechas propias del lector para los pasos, guardadas en su dispositivo.
# La página solo calcula el número de día y cuánto falta para una fecha.

my-date-heading = Su fecha para este paso
my-date-label = La fecha que le ha dado su equipo
my-date-note-label = Una nota (opcional)
# { $max } is the most characters a note may have.
my-date-note-hint = Hasta { $max } caracteres.
my-date-save = Guardar mi fecha
my-date-remove = Quitar mi fecha
my-date-saved = Su fecha se ha guardado.
my-date-removed = Su fecha se ha quitado.
my-date-your-date = Su fecha:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Día { $day }
my-date-day-and-when = { $day }, { $when }
my-date-today = hoy
my-date-tomorrow = mañana
my-date-yesterday = ayer
# { $n } is a number of days.
my-date-in-days = dentro de { $n } días
my-date-days-ago = hace { $n } días
my-date-error-prefix = Error:
my-date-error-not-a-date = Introduzca la fecha completa: día, mes y año.
my-date-error-too-early = Introduzca una fecha del año 2000 o posterior.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Introduzca una fecha que no sea posterior al { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Esta fecha es anterior a su fecha para «{ $step }» ({ $date }), un paso que normalmente va antes. Compruebe sus fechas con su equipo.
my-date-error-after-reinfusion = Esta fecha es posterior a su fecha para «{ $step }» ({ $date }), pero este paso normalmente va antes. Compruebe sus fechas con su equipo.

my-dates-heading = Sus fechas
my-dates-intro = Si su equipo le da fechas para los pasos, puede añadir cada una a su paso, más arriba. Sus fechas se quedan en este dispositivo. La página no añade fechas propias.
my-dates-day-count = Cuando añada la fecha en que le devuelven sus células madre, cada fecha mostrará también su número de día. Los equipos de trasplante llaman a ese día [[día 0|day-0]].
my-dates-empty = Todavía no ha añadido ninguna fecha.
my-dates-download = Descargar mis fechas como archivo de calendario
my-dates-print = Imprimir la cronología con mis fechas
my-dates-clear = Borrar mis fechas
my-dates-clear-confirm = ¿Borrar todas sus fechas? No se puede deshacer.
my-dates-clear-yes = Sí, borrar mis fechas
my-dates-clear-no = No, conservar mis fechas
my-dates-cleared = Sus fechas se han borrado.
my-dates-downloaded = Su archivo de calendario se ha descargado. Ábralo para añadir las fechas a su calendario.
my-dates-calendar-name = aHSCT: mis fechas
my-dates-unreadable = No se han podido leer unas fechas guardadas antes en este navegador, así que se conservan aparte, sin cambios. Sus fechas nuevas se guardan por separado.
my-dates-cannot-save = Sus fechas no se pueden guardar en este dispositivo, así que solo duran durante esta visita. Para conservarlas, descárguelas o imprímalas antes de salir.
my-dates-changed-elsewhere = Sus fechas se han cambiado en otra pestaña con una versión más reciente de esta página. Esas fechas se conservan tal como están, así que los cambios que haga aquí no se guardan.
