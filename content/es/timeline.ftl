### La cronología: cada paso del tratamiento
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained".

## Step: assessment
step-assessment-title = Derivación y valoración
# The step in one sentence, for the short version of the page.
step-assessment-in-short = Un equipo especializado le valora antes de cualquier otra cosa.
step-assessment-medical-name = valoración
step-assessment-what-happens-1 = Normalmente, un neurólogo le deriva a un centro de tratamiento especializado. Allí, el equipo especializado le valora antes de cualquier otra cosa.
step-assessment-what-happens-2 = Una guía europea publicada en 2020 recomienda que los neurólogos de EM y los hematólogos de trasplante se ocupen juntos de su atención. Los hematólogos son médicos especializados en la sangre. La guía dice que esto debe hacerse en centros de trasplante acreditados.
step-assessment-what-happens-3 = Otros dos artículos, de 2017 y de 2019 aproximadamente, dicen lo mismo.
step-assessment-what-happens-4 = Puede que le hagan análisis de sangre, pruebas del corazón y de los pulmones, y pruebas de imagen como la resonancia magnética. Las pruebas exactas varían de un centro a otro.
step-assessment-why-1 = Los especialistas en EM y en trasplante valoran si el aHSCT podría ser una opción para usted.
step-assessment-why-2 = Antes de que usted acepte, su equipo debería explicarle los efectos graves a largo plazo. El tratamiento puede causar problemas de fertilidad, que pueden ser permanentes. Por eso se recomienda recibir asesoramiento sobre fertilidad antes.
step-assessment-why-3 = Las opciones para proteger la fertilidad incluyen congelar óvulos, embriones o tejido ovárico, y conservar semen.
step-assessment-why-4 = Unas guías de rehabilitación publicadas en 2020 recomiendan fisioterapia antes del tratamiento, además de después.
step-assessment-timing-1 = El tiempo que lleva esto varía. En un gran ensayo de EE. UU. (BEAT-MS), las visitas de selección pueden durar hasta 3 meses.
step-assessment-may-notice-1 = En un centro del NHS, cada persona tiene un enfermero especialista asignado como contacto principal en todo el proceso. También participan un farmacéutico y un dietista.
step-assessment-scene-text = Sus células madre están en su médula ósea, como siempre.
step-assessment-immune-text = Antes del tratamiento, sus glóbulos blancos están en su nivel habitual.

## Step: mobilisation
step-mobilisation-title = Las células madre pasan a la sangre
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Unos medicamentos empujan las células madre fuera de la médula ósea, hacia la sangre.
step-mobilisation-medical-name = [[movilización|mobilisation]]
step-mobilisation-what-happens-1 = Unos medicamentos empujan las células madre fuera de la médula ósea, hacia la sangre.
step-mobilisation-what-happens-2 = Muchos planes de tratamiento combinan una dosis de un medicamento de quimioterapia, la [[ciclofosfamida|cyclophosphamide]], con inyecciones diarias de [[G-CSF|g-csf]]. Algunos usan solo G-CSF, junto con un corticoide.
step-mobilisation-what-happens-3 = El G-CSF es una copia fabricada en laboratorio de un factor de crecimiento natural, una sustancia que produce el cuerpo. El G-CSF aumenta la producción de glóbulos blancos y ayuda a liberar células madre a la sangre.
step-mobilisation-why-1 = Normalmente, muy pocas células madre circulan por la sangre. Este paso hace salir suficientes para poder recogerlas.
step-mobilisation-why-2 = Según una organización benéfica de EM de EE. UU., la quimioterapia de este paso también ayuda a reducir la probabilidad de [[brotes|relapse]] en esta fase.
step-mobilisation-timing-1 = Según la MS Society (Reino Unido), la recogida se hace aproximadamente 10 días después de que empiece este paso.
step-mobilisation-timing-2 = La National MS Society de EE. UU. dice que este paso, la recogida y la congelación duran, en conjunto, de 5 a 15 días.
step-mobilisation-may-notice-1 = Sus síntomas de EM pueden empeorar durante un tiempo en este paso.
step-mobilisation-may-notice-2 = Las inyecciones de G-CSF pueden causar dolor de huesos en algunas personas.
step-mobilisation-may-notice-3 = El relato de un paciente describe que los glóbulos blancos bajan durante un tiempo después de la ciclofosfamida, con riesgo de fiebre e infección. Ese paciente tuvo los glóbulos blancos muy bajos y fiebre dos días después.
step-mobilisation-may-notice-4 = En un estudio con 39 personas, 8 tuvieron efectos secundarios en este paso. Fueron fiebre sin causa conocida (3 personas), diarrea (3), dolor de cabeza (1) y una infección en la sangre (1). Nadie murió.
step-mobilisation-scene-text = Unos medicamentos hacen pasar las células madre de su médula ósea a su sangre, para que se puedan recoger suficientes.
step-mobilisation-immune-text = Si en este paso se usa quimioterapia, los glóbulos blancos pueden bajar durante un tiempo.

## Step: collection
step-collection-title = Recogida de sus células madre
# The step in one sentence, for the short version of the page.
step-collection-in-short = Una máquina se queda con las células madre de su sangre y le devuelve el resto.
step-collection-medical-name = [[aféresis|apheresis]], o recolección de células madre
step-collection-what-happens-1 = Su sangre sale de una vena y pasa por una máquina. La máquina se queda con las células madre y le devuelve el resto de la sangre.
step-collection-what-happens-2 = La sangre pasa por una aguja en el brazo, o por un tubo en una vena. Ese tubo se llama vía central o catéter PICC. También puede usarse más tarde para devolverle sus células madre.
step-collection-what-happens-3 = El equipo intenta recoger un número mínimo de células madre. Las cuenta con un marcador de laboratorio llamado [[CD34+|cd34]].
step-collection-why-1 = Estas son las células madre que le devolverán después de la quimioterapia.
step-collection-timing-1 = Según la MS Society (Reino Unido), la recogida se hace aproximadamente 10 días después de que empiece la [[movilización|mobilisation]]. Se hace cuando los análisis muestran suficientes células madre en la sangre.
step-collection-timing-2 = Una sesión dura varias horas. A menudo basta con una sesión. En un estudio, 30 de 39 personas necesitaron una, y el resto necesitó entre dos y cuatro.
step-collection-may-notice-1 = Un centro de trasplante general dice que la recogida no suele doler.
step-collection-may-notice-2 = También dice que la máquina usa un medicamento anticoagulante, para que la sangre no se coagule dentro de ella. El medicamento puede causar hormigueo, entumecimiento, escalofríos o sensación de mareo. El personal puede tratar estas molestias.
step-collection-scene-text = Una máquina recoge células madre de su sangre para guardarlas.
step-collection-immune-text = El dibujo aún no muestra grandes cambios: la quimioterapia principal no ha empezado.

## Step: storage
step-storage-title = Congelación y almacenamiento de las células
# The step in one sentence, for the short version of the page.
step-storage-in-short = Sus células madre recogidas se congelan en un laboratorio y se guardan hasta que hagan falta.
step-storage-medical-name = [[criopreservación|cryopreservation]]
step-storage-what-happens-1 = Sus células madre recogidas se congelan en un laboratorio. Se guardan hasta que hagan falta.
step-storage-what-happens-2 = Congelar células madre es algo rutinario. Las células guardadas congeladas durante mucho tiempo todavía pueden reconstruir el sistema sanguíneo.
step-storage-what-happens-3 = Un gran centro privado no congela las células. Las devuelve frescas.
step-storage-why-1 = Guardar las células las mantiene listas para más adelante, mientras la quimioterapia reduce sus células inmunitarias.
step-storage-timing-1 = El intervalo antes del paso siguiente varía entre centros. En un estudio de EE. UU. (HALT-MS), el paso siguiente empezó al menos 7 días después de la última inyección de [[G-CSF|g-csf]].
step-storage-timing-2 = Su equipo le dirá los plazos de su centro.
step-storage-may-notice-1 = Este paso ocurre en el laboratorio, no en su cuerpo.
step-storage-scene-text = Las células madre recogidas se congelan y se guardan en el laboratorio.
step-storage-immune-text = El dibujo aún no muestra grandes cambios: la quimioterapia principal no ha empezado.

## Step: conditioning
step-conditioning-title = Quimioterapia para reiniciar el sistema inmunitario
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = Recibe quimioterapia en dosis altas por un gotero, normalmente en el hospital.
step-conditioning-medical-name = [[acondicionamiento|conditioning]]
step-conditioning-what-happens-1 = Normalmente le ingresan en el hospital. Recibe quimioterapia en dosis altas por un gotero (infusión). Algunos planes añaden un medicamento de anticuerpos, como la [[ATG|atg]], que elimina algunas células inmunitarias.
step-conditioning-what-happens-2 = Esto elimina todo su sistema inmunitario existente o gran parte de él, incluidas las células que se cree que impulsan la EM.
step-conditioning-what-happens-3 = Los tratamientos más intensivos eliminan por completo la médula ósea y el sistema inmunitario ([[mieloablativo|myeloablative]]). Los menos intensivos lo hacen solo en parte (no mieloablativo).
step-conditioning-what-happens-4 = Una combinación frecuente es la [[ciclofosfamida|cyclophosphamide]] con ATG. Algunos centros usan una combinación más intensiva llamada [[BEAM|beam]].
step-conditioning-why-1 = Este es el paso que hace el trabajo principal de reiniciar el sistema inmunitario.
step-conditioning-timing-1 = El gotero se pone a lo largo de varios días. En un estudio de EE. UU. (HALT-MS), duró unos 6 días.
step-conditioning-timing-2 = La National MS Society de EE. UU. dice que este paso y los dos siguientes suponen unas 3 semanas en el hospital.
step-conditioning-may-notice-1 = La quimioterapia tiene efectos secundarios frecuentes. Entre ellos están las náuseas o los vómitos, sangrar o que salgan moratones, el cansancio, la pérdida de apetito y la caída del pelo.
step-conditioning-may-notice-2 = Le dan medicamentos contra las náuseas.
step-conditioning-may-notice-3 = En la atención general de trasplantes, la mayoría de los efectos secundarios se resuelven en unas semanas. El pelo suele volver a crecer en pocos meses.
step-conditioning-scene-text = Las células madre recogidas siguen congeladas. La quimioterapia reduce sus células inmunitarias y parte o toda su médula ósea.
step-conditioning-immune-text = La quimioterapia elimina todo el sistema inmunitario o gran parte de él, así que el nivel cae mucho.

## Step: reinfusion
step-reinfusion-title = Devolución de sus células madre
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Sus células madre guardadas se descongelan y se le devuelven por una vena.
step-reinfusion-medical-name = reinfusión, o [[día 0|day-0]]
step-reinfusion-what-happens-1 = Sus células madre guardadas se descongelan. Se le devuelven por una vena, de forma muy parecida a una transfusión de sangre.
step-reinfusion-what-happens-2 = Los equipos de trasplante llaman a este día «día 0». Los días anteriores se cuentan con signo menos, y los posteriores con signo más.
step-reinfusion-why-1 = Las células madre devueltas reconstruyen su producción de sangre. Le ayudan a recuperarse después de la quimioterapia.
step-reinfusion-why-2 = No reparan los nervios dañados.
step-reinfusion-timing-1 = Normalmente es uno o dos días después de terminar la quimioterapia, cuando los medicamentos ya se han eliminado de su cuerpo.
step-reinfusion-may-notice-1 = Normalmente se queda en el hospital. Después de la quimioterapia, sus glóbulos blancos están muy bajos, así que el equipo le vigila de cerca por si hay infección.
step-reinfusion-scene-text = Sus células madre se descongelan y se devuelven a su sangre.
step-reinfusion-immune-text = Sus glóbulos blancos están en su nivel más bajo alrededor de este paso y después, hasta que aparecen células nuevas.

## Step: hospital-recovery
step-hospital-recovery-title = Recuperación en el hospital
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = Sus glóbulos blancos bajan muchísimo y el riesgo de infección es alto, hasta que empiezan a aparecer glóbulos blancos nuevos.
step-hospital-recovery-medical-name = [[prendimiento del injerto|engraftment]]
step-hospital-recovery-what-happens-1 = Después de la quimioterapia, sus glóbulos blancos bajan muchísimo, incluidos los neutrófilos, los glóbulos blancos que combaten las infecciones. Un nivel muy bajo de neutrófilos se llama [[neutropenia|neutropenia]]. Entonces el riesgo de infección es alto.
step-hospital-recovery-what-happens-2 = La atención incluye medidas para prevenir infecciones, antibióticos, transfusiones si hacen falta y análisis de sangre frecuentes.
step-hospital-recovery-what-happens-3 = El prendimiento del injerto es cuando las células madre devueltas se asientan en la médula ósea y empiezan a aparecer glóbulos blancos nuevos.
step-hospital-recovery-why-1 = Su sistema inmunitario está muy débil hasta que crecen células nuevas. La atención le ayuda a protegerse de las infecciones mientras su sistema inmunitario empieza a recuperarse.
step-hospital-recovery-timing-1 = En la atención general de trasplantes, el prendimiento del injerto tarda desde varios días hasta unas semanas.
step-hospital-recovery-timing-2 = La National MS Society de EE. UU. dice que la estancia en el hospital es de unas 3 semanas. Varía de un centro a otro.
step-hospital-recovery-timing-3 = Un centro privado trató a la mayoría de las personas de forma ambulatoria, sin estancia en el hospital. Solo 32 de sus 617 pacientes necesitaron ingresar. El enfoque de este centro es poco habitual, así que sus resultados pueden no aplicarse a otros centros.
step-hospital-recovery-may-notice-1 = La fiebre cuando los glóbulos blancos están bajos (neutropenia febril) necesita tratamiento urgente. En un estudio sueco de la atención habitual, la tuvo el 68 % de las personas: unas 7 de cada 10.
step-hospital-recovery-may-notice-2 = Puede sentirse débil durante un tiempo. Esta debilidad general (desacondicionamiento) puede hacer más difíciles las tareas diarias durante una temporada.
step-hospital-recovery-scene-text = Sus células madre se asientan en su médula ósea y empiezan a producir células nuevas de la sangre.
step-hospital-recovery-immune-text = Sus glóbulos blancos siguen muy bajos hasta que aparecen otros nuevos. Entonces el nivel empieza a subir.

## Step: follow-up
step-follow-up-title = Los meses siguientes y el seguimiento
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Su sistema inmunitario se reconstruye poco a poco durante meses, y usted sigue con más riesgo de infección durante mucho tiempo.
step-follow-up-medical-name = [[reconstitución inmunitaria|immune-reconstitution]]
step-follow-up-what-happens-1 = Su sistema inmunitario se reconstruye poco a poco durante meses. Usted sigue con más riesgo de infección durante mucho tiempo.
step-follow-up-what-happens-2 = La protección de sus vacunas de la infancia se va perdiendo después de este tratamiento. Por eso, los servicios de trasplante siguen un plan para volver a vacunarle.
step-follow-up-what-happens-3 = Los controles buscan [[nuevas enfermedades autoinmunes|secondary-autoimmunity]], sobre todo de la tiroides. En ellas, el sistema inmunitario ataca una parte del cuerpo. Los controles también buscan herpes zóster (culebrilla).
step-follow-up-what-happens-4 = Las visitas de seguimiento son regulares y continúan durante años. Los calendarios varían: en un ensayo de EE. UU., las visitas son cada 6 meses durante 6 años.
step-follow-up-what-happens-5 = Las personas tratadas fuera de su sistema nacional de salud deben asegurarse de que la atención posterior esté organizada donde viven.
step-follow-up-why-1 = Un buen seguimiento y unos buenos cuidados de apoyo después del tratamiento son esenciales para reducir los riesgos.
step-follow-up-why-2 = Se recomienda la rehabilitación con terapeutas del hospital y de atención primaria, para ayudar a recuperar sus capacidades cotidianas y su calidad de vida.
step-follow-up-timing-1 = La recuperación dura más que el propio tratamiento. Continúa durante muchos meses, y en algunas personas un año o más.
step-follow-up-timing-2 = En un estudio pequeño con 18 personas, la calidad de vida había mejorado a los 3 meses. El cansancio (fatiga) tardó 12 meses en mejorar.
step-follow-up-may-notice-4 = En un estudio con 43 mujeres, la regla volvió en 30 de ellas, al cabo de 6,8 meses de media. En las otras 13 mujeres, la regla no volvió.
step-follow-up-may-notice-5 = Era menos probable que la regla volviera en las mujeres de más edad. También era menos probable en las mujeres que habían recibido [[ciclofosfamida|cyclophosphamide]] como tratamiento anterior, antes del aHSCT.
step-follow-up-scene-text = Sus células madre producen nuevas células de la sangre y del sistema inmunitario. Estas vuelven a llenar su cuerpo a lo largo de muchos meses.
step-follow-up-immune-text = Han aparecido glóbulos blancos nuevos. Su sistema inmunitario en conjunto se reconstruye poco a poco, a lo largo de muchos meses.
