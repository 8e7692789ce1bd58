### Preguntas para su equipo de EM
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained".

questions-privacy = Su lista se queda en este navegador, en este dispositivo. Nunca se envía a ningún sitio.
questions-suggested-heading = Preguntas sugeridas
questions-group-before-deciding = Antes de decidir
question-likely-to-help = ¿Qué probabilidad hay de que el aHSCT me ayude, según mi tipo de EM y mis [[brotes|relapse]] y resultados de resonancia magnética recientes? ¿Influyen mi edad y el tiempo que llevo con EM? ¿Cómo se compara con los medicamentos de alta eficacia que aún no he probado?
question-centre-experience = ¿A cuántas personas con EM han tratado en su centro? ¿Está acreditado por [[JACIE|jacie]] o por un organismo similar? ¿Cuáles son sus propias tasas de complicaciones y de mortalidad?
question-fertility = ¿Cómo podría afectar esto a mi fertilidad, o provocarme una menopausia precoz? ¿Pueden derivarme para conservar óvulos, embriones, tejido ovárico o semen antes de empezar?
question-trial-still-open = ¿Hay algún ensayo de aHSCT todavía abierto en el que yo pueda participar? ¿Qué supondría participar?
question-abroad = Si estoy pensando en tratarme en el extranjero, ¿quién me atendería después? ¿Qué pasaría si surgieran problemas una vez en casa?
question-expectations = ¿Qué puedo esperar de forma realista, teniendo en cuenta cómo me ha afectado ya la EM? ¿Podría mi EM mantenerse estable, mejorar algo, o ninguna de las dos cosas?
questions-group-about-the-treatment = Sobre el tratamiento
question-regimen = ¿Qué tratamiento de [[acondicionamiento|conditioning]] usan en su centro? ¿Es más o menos intensivo, y por qué ese en mi caso?
question-timeline = ¿Cómo es su calendario, desde la primera valoración hasta volver a casa? ¿Cuántos días o semanas pasaré en el hospital?
question-mobilisation = Para hacer pasar mis células madre a la sangre, ¿me pondrán quimioterapia más [[G-CSF|g-csf]], o solo G-CSF? ¿Qué efectos secundarios debo esperar en ese momento?
question-current-medicine = ¿Tendré que dejar mi medicamento actual para la EM antes? ¿Tomaré algún medicamento para la EM después?
questions-group-about-recovery = Sobre la recuperación
question-infections = ¿Qué infecciones tengo más riesgo de sufrir, y durante cuánto tiempo? ¿Qué precauciones y medicamentos necesitaré en casa?
question-monitoring = ¿Qué problemas a largo plazo van a vigilar, como enfermedad de tiroides, plaquetas bajas o herpes zóster (culebrilla)? ¿Con qué frecuencia, y durante cuántos años?
question-vaccines = ¿Qué vacunas tendré que volver a ponerme, y cuándo?
question-rehabilitation = ¿Qué rehabilitación y apoyo recibiré? ¿Cuándo podría volver, de forma realista, a trabajar, a conducir o a cuidar de mis hijos?
question-not-working = ¿En qué casos se consideraría que el tratamiento «no funciona»? ¿Qué opciones tengo si mi EM vuelve a estar activa?
questions-list-heading = Su lista
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Preguntas en su lista: { $n }
# A link from that count down to the list.
questions-go-to-list = Ir a su lista
questions-empty = Su lista está vacía. Marque una pregunta de arriba, o añada la suya abajo.
questions-move-up = Subir
questions-move-down = Bajar
questions-remove = Quitar
questions-reorder = Cambiar el orden
questions-reorder-done = Terminar de cambiar el orden
questions-question-word = pregunta
questions-add-label = Añada su propia pregunta
# { $max } is the most characters a question may have.
questions-add-hint = Hasta { $max } caracteres.
questions-add-button = Añadir a mi lista
questions-add-empty-error = Escriba primero una pregunta.
questions-error-prefix = Error:
questions-print = Imprimir mi lista
questions-copy = Copiar mi lista
questions-clear = Borrar mi lista
questions-clear-confirm = ¿Borrar todas las preguntas de su lista? No se puede deshacer.
questions-clear-yes = Sí, borrar mi lista
questions-clear-no = No, conservar mi lista
questions-cleared = Su lista se ha borrado.
questions-added = Añadida a su lista.
questions-removed = Quitada de su lista.
# { $n } is the question's new place in the list.
questions-moved = Movida al puesto { $n }.
questions-copied = Su lista se ha copiado. Puede pegarla en un correo electrónico o en una nota.
questions-copy-yourself = Este navegador no ha dejado que la página copie. Seleccione este texto y cópielo usted:
questions-printed-title = Preguntas para mi equipo de EM
questions-unreadable = No se ha podido leer una lista anterior guardada en este navegador, así que se ha empezado una lista nueva. La lista anterior sigue guardada en este navegador.
questions-show-earlier = Mostrar la lista anterior
questions-earlier-label = La lista anterior, tal como se guardó. Puede copiar sus preguntas de ella:
questions-delete-earlier = Eliminar la lista anterior
questions-cannot-save = Su lista no se puede guardar en este dispositivo, así que solo dura durante esta visita. Para conservarla, imprímala o cópiela antes de salir.
questions-changed-elsewhere = Su lista se ha cambiado en otra pestaña con una versión más reciente de esta página. Esa lista se conserva tal como está, así que los cambios que haga aquí no se guardan.
