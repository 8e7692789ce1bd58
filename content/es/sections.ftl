### Las secciones de la página, en orden de lectura
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained".

## Section: notice
notice-heading = ¿Esto es consejo médico?
notice-in-short = No. Es solo información general.
notice-para-1 = No se debe confiar en esta información para proponer un tratamiento a ninguna persona concreta. No sustituye una visita, una llamada ni una consulta con un médico u otro profesional sanitario cualificado. Tampoco sustituye el consejo de estos profesionales.
notice-para-2 = Para recibir consejo sobre su propio tratamiento, hable con su neurólogo o su equipo de EM.

## Section: what-is-ahsct
what-is-ahsct-heading = ¿Qué es el aHSCT?
what-is-ahsct-in-short = El trasplante autólogo de [[células madre hematopoyéticas|haematopoietic-stem-cells]] (aHSCT, por sus siglas en inglés) es otro tipo de tratamiento para la esclerosis múltiple (EM). La quimioterapia reduce gran parte de su sistema inmunitario. Después, se le devuelven sus propias células madre guardadas para reconstruirlo.
what-is-ahsct-para-1 = Autólogo significa que usa sus propias células. No usa células de un donante. En la EM no se suelen usar células de donantes.
what-is-ahsct-para-2 = En el aHSCT, se recogen y se guardan células madre de su propia médula ósea. Más adelante, unos medicamentos de quimioterapia reducen gran parte del resto de sus células inmunitarias.
what-is-ahsct-para-3 = Hoy, en la mayoría de los centros, la recogida se hace en dos fases. Primero, unos medicamentos hacen pasar las células madre de la médula ósea a la sangre. Después, las células madre se recogen de la sangre.
what-is-ahsct-para-4 = Después de la quimioterapia, las células madre guardadas se vuelven a introducir en su cuerpo. Con el tiempo, producen células nuevas. Estas vuelven a llenar su cuerpo de todos los tipos de células de la sangre, incluidas las células inmunitarias.
what-is-ahsct-para-5 = La quimioterapia hace el trabajo principal de reiniciar el sistema inmunitario. Las células madre devueltas ayudan a que su sangre y su sistema inmunitario se recuperen más rápido y de forma más segura.

## Section: aims
aims-heading = ¿Qué puede hacer el aHSCT, y qué no puede hacer?
aims-in-short = El aHSCT intenta reiniciar el sistema inmunitario, para detener la inflamación que contribuye a la EM activa. No puede reparar los nervios que ya están dañados.
aims-para-1 = La EM recurrente tiene [[brotes|relapse]], y después de cada uno hay cierta recuperación. La EM progresiva empeora de forma constante con el tiempo, desde el principio o después de una fase anterior con brotes.

## Section: suitability
suitability-heading = ¿Para quién podría ser adecuado el aHSCT?
suitability-in-short = La EM es una enfermedad muy variada. Por eso, este tratamiento no es adecuado para todas las personas, ni para todos los tipos de EM. Su neurólogo o su equipo de EM pueden hablar con usted sobre si podría ser una opción.
suitability-para-1 = Una guía de una sociedad estadounidense de trasplante, publicada en 2019, recomienda el aHSCT para la EM recurrente con signos que predicen discapacidad futura. Señala en especial los [[brotes|relapse]] o la actividad en la resonancia magnética que continúan pese a tomar los [[DMT|dmt]] más eficaces (de alta eficacia). DMT son las siglas en inglés de los tratamientos que modifican el curso de la enfermedad. Son medicamentos que se toman durante mucho tiempo para reducir los brotes y frenar la actividad de la EM.
suitability-para-2 = Hay una guía europea publicada en 2020. Dice que crecen las pruebas a favor del aHSCT en la [[EM remitente-recurrente|ms-types]] muy activa que los DMT no han controlado. Dice que el aHSCT puede tener un papel en la EM progresiva con una inflamación importante.
suitability-para-3 = En el Reino Unido, la MS Society dice que debe haber signos de inflamación activa. Entre ellos están las zonas nuevas de inflamación que se ven en las resonancias magnéticas. Dice que las pruebas más sólidas se refieren a personas con EM recurrente que:
suitability-para-4 = tienen menos de 45 años
suitability-para-5 = llevan menos de 10 años con EM
suitability-para-6 = tienen una puntuación de discapacidad de 5,5 o menos
suitability-para-7 = Esa puntuación procede de la [[EDSS|edss]] (Escala Expandida del Estado de Discapacidad). Es la escala de 0 a 10 que usan los médicos para puntuar la discapacidad en la EM: cuanto más alta, más discapacidad. Su equipo de EM puede decirle cuál es su puntuación.
suitability-para-8 = Según MS Australia, las pruebas internacionales sugieren que las personas con EM progresiva se benefician menos y corren más riesgo de problemas graves. Dice que es poco probable que se recomiende el aHSCT para la EM secundaria progresiva o primaria progresiva.
suitability-para-9 = Las personas con EM progresiva que no tienen inflamación activa rara vez mejoran después del aHSCT. En los primeros ensayos de tratamiento intensivo, las personas con EM secundaria progresiva no mejoraron, y su EM siguió empeorando.
suitability-para-10 = En el Reino Unido, se puede considerar a personas con EM progresiva temprana si todavía muestran inflamación activa.
suitability-para-11 = Los criterios varían algo de un centro a otro, y cambian con el tiempo. Su neurólogo o su equipo de EM son las personas adecuadas a las que preguntar si podría convenirle.

## Section: risks
risks-heading = ¿Cuáles son los riesgos y los efectos secundarios?
risks-in-short = Es importante saber que el aHSCT es un tratamiento intensivo con riesgos importantes. Para algunas personas, estos riesgos ponen en peligro la vida. En estudios de 1995 a 2016, unas 2 de cada 100 murieron a causa del tratamiento; la infección es uno de los principales riesgos.
risks-para-1 = Comparado con otros tratamientos para la EM que actúan sobre el sistema inmunitario, el aHSCT tiene mayores riesgos a corto plazo.
risks-para-2 = La propia quimioterapia tiene varios efectos secundarios conocidos. Entre ellos están sangrar o que salgan moratones con más facilidad, el cansancio, la pérdida de apetito y la caída del pelo.
risks-para-3 = Los riesgos durante el tratamiento y poco después incluyen:
risks-para-4 = recuentos de células de la sangre muy bajos
risks-para-5 = infecciones, que pueden ser graves
risks-para-6 = daño en órganos
risks-para-7 = debilidad física general (desacondicionamiento)
risks-para-8 = El riesgo de infección sigue siendo más alto durante mucho tiempo después del tratamiento, no solo mientras dura. En un estudio sueco publicado en 2024, el 68 % de las personas tuvo fiebre mientras sus glóbulos blancos estaban bajos. Son unas 7 de cada 10.
risks-para-10 = Los riesgos a más largo plazo incluyen más probabilidad de cáncer, [[nuevas enfermedades autoinmunes|secondary-autoimmunity]] como problemas de tiroides, menopausia precoz y problemas de fertilidad. La pérdida de fertilidad puede ser permanente. En un estudio, la regla no volvió en 13 de 43 mujeres (unas 3 de cada 10).
risks-para-11 = Un estudio europeo analizó a personas tratadas de 1995 a 2009 por enfermedades autoinmunes, no solo por EM. A los 5 años, alrededor de 1 de cada 10 tenía una nueva enfermedad autoinmune (9,8 %). La más frecuente fue la inflamación de la tiroides.
risks-para-12 = En un centro de EE. UU., 16 personas con EM tratadas de 2003 a 2019 desarrollaron una tiroides poco activa (3,5 %). Otras 15 (3,3 %) desarrollaron una tiroides demasiado activa. Eso es alrededor de 1 de cada 30 en cada caso.
risks-para-13 = En un estudio sueco publicado en 2014, el herpes zóster (culebrilla) y la enfermedad tiroidea fueron los efectos secundarios a largo plazo más frecuentes. El herpes zóster afectó al 15 % de las personas, alrededor de 1 de cada 7.
risks-para-14 = Algunas personas han muerto a causa del tratamiento. En estudios publicados de 1995 a 2016, unas 2 de cada 100 personas murieron a causa del tratamiento (2,1 %).
risks-para-15 = Las tasas de mortalidad fueron más altas en los estudios más antiguos. También lo fueron en los estudios con personas con más discapacidad, o con menos personas con [[EM remitente-recurrente|ms-types]].
risks-para-16 = Las tasas de mortalidad han bajado con el tiempo. En centros con experiencia que usan los métodos actuales, las tasas de mortalidad comunicadas son mucho más bajas, pero el riesgo no es cero.
risks-para-21 = Por ejemplo, no murió nadie entre las 55 personas que recibieron el aHSCT en un ensayo llamado MIST (de 2005 a 2016). No murió nadie en un estudio sueco con 48 personas, publicado en 2014. En un centro de EE. UU., 1 de 507 personas tratadas de 2003 a 2019 murió a causa del tratamiento.
risks-para-17 = La experiencia del centro importa. Un registro europeo (una base de datos de trasplantes para enfermedades autoinmunes) abarcó de 1994 a 2015. Relacionó mejores resultados con la experiencia del centro y con la acreditación por [[JACIE|jacie]].
risks-para-18 = JACIE es un organismo que inspecciona los centros de trasplante según normas de calidad y seguridad.
risks-para-19 = Un estudio de América del Norte y del Sur abarcó trasplantes para enfermedades autoinmunes, no solo para la EM, de 1996 a 2009. Los centros que habían hecho pocos trasplantes para enfermedades autoinmunes tenían un mayor riesgo de muerte.
risks-para-20 = En los centros que habían hecho menos de 5, el riesgo era 3,5 veces el de los centros con más de 15. En los que habían hecho de 5 a 15, era 4,2 veces.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = Cuándo llamar a su equipo
call-team-para-1 = Cuando vuelva a casa, llame enseguida a su equipo de trasplante o a un médico de su zona si tiene fiebre. Un centro de trasplante dice: llame si su temperatura es de 38,0 °C (100,5 °F) o más, aunque usted se encuentre bien. Use el número que le dio su equipo.
call-team-para-2 = Ese centro enumera otros signos de infección: una tos nueva, falta de aire, sudores, escalofríos, dolor de garganta, diarrea y erupción en la piel. También enumera llagas en la boca, dolor o escozor al orinar, y enrojecimiento, hinchazón o supuración alrededor de una vía central. Llame también por estos signos. Siga las instrucciones de su propio equipo y la temperatura que le indique, si son distintas de las de ese centro.

## Section: timeline
timeline-heading = ¿Qué ocurre durante el aHSCT, paso a paso?
timeline-in-short = Los pasos del tratamiento suelen durar de varias semanas a unos meses. La recuperación continúa durante muchos meses después, y en algunas personas un año o más.
timeline-para-1 = El aHSCT es un tratamiento que se hace una sola vez. Está formado por varios pasos, repartidos a lo largo de varias semanas.
timeline-para-2 = No hay un plan estándar único. Los medicamentos, los tiempos y las estancias en el hospital varían de un centro a otro. Su equipo le explicará el calendario de su centro.

## Section: stem-cells
stem-cells-heading = ¿Qué son las células madre formadoras de sangre?
stem-cells-in-short = Son células de su médula ósea que pueden producir todos los tipos de células de la sangre, incluidas las células inmunitarias.
stem-cells-para-1 = Las células madre formadoras de sangre también se llaman células madre [[hematopoyéticas|haematopoietic-stem-cells]]. En inglés, en EE. UU. se escribe «hematopoietic», y en el Reino Unido, «haematopoietic».
stem-cells-para-2 = Son un tipo de célula madre adulta que se produce en la médula ósea. La médula ósea es el tejido esponjoso del interior de algunos huesos.
stem-cells-para-3 = Estas células madre pueden producir las distintas células que hay en la sangre. Entre ellas están los glóbulos rojos, las plaquetas y las células inmunitarias, también llamadas glóbulos blancos.
stem-cells-para-4 = La mayoría de estas células madre se quedan en la médula ósea. Muy pocas circulan por la sangre.
stem-cells-para-5 = Esta página explica un tratamiento para la EM que usa estas células madre. Se llama trasplante [[autólogo|autologous]] de células madre hematopoyéticas (aHSCT). En los hospitales también se llama trasplante autólogo de progenitores hematopoyéticos.

## Section: why
why-heading = ¿Por qué los investigadores estudian las células madre para la EM?
why-in-short = Siguen haciendo falta tratamientos más eficaces para la esclerosis múltiple (EM). Se están estudiando las terapias con células madre como una posible forma de cubrir esta necesidad.
why-para-1 = Las células madre tienen propiedades únicas. Por eso son candidatas prometedoras para tratamientos que puedan frenar la actividad de la enfermedad en la EM.
why-para-2 = La actividad de la enfermedad son los signos de que la EM está activa. Por ejemplo, los [[brotes|relapse]], el empeoramiento de la discapacidad y la inflamación nueva que se ve en las resonancias magnéticas. Un brote es un ataque de síntomas nuevos o que empeoran, seguido de una recuperación total o parcial.

## Section: availability
availability-heading = ¿Dónde se puede recibir el aHSCT?
availability-in-short = Depende del país, y a veces de dónde viva usted dentro de él.
availability-para-1 = En unos pocos países, el aHSCT se considera un tratamiento para la EM muy activa. Las condiciones para recibirlo pueden ser distintas entre países, o incluso dentro de un mismo país.
availability-para-2 = Incluso donde el aHSCT está aprobado, puede que no esté disponible. Puede deberse a que faltan conocimientos especializados o recursos.
availability-para-3 = En 2019, un registro europeo (una base de datos de trasplantes) anotó más de 1400 tratamientos con aHSCT para la EM. La mayoría fueron en el Reino Unido, Italia, Suecia y Polonia.
availability-para-4 = Según un estudio sueco publicado en 2024, la mayoría de los países aún no habían incluido el aHSCT en sus guías nacionales de EM. El estudio añadía que Suecia usa el aHSCT en la atención habitual.
availability-para-5 = A fecha de febrero de 2019, la política de NHS England permitía el aHSCT como opción para algunas personas con EM. Los criterios médicos lo limitan a un grupo pequeño con EM muy activa, pese a haber recibido al menos un [[DMT|dmt]] aprobado. También lo permiten en la EM «maligna», que es muy rara.
availability-para-6 = La MS Society (Reino Unido) dice que los centros británicos deben estar acreditados por [[JACIE|jacie]]. JACIE inspecciona los centros de trasplante según normas de calidad y seguridad.
availability-para-7 = Reportajes publicados de 2017 a 2020 describen a personas que viajaban al extranjero a clínicas privadas, por ejemplo en México o Rusia. Antes de recurrir a la sanidad privada o ir al extranjero, la MS Society (Reino Unido) aconseja comprobar:
availability-para-8 = qué se ofrece exactamente
availability-para-9 = si la clínica cumple normas internacionales, como las de JACIE
availability-para-10 = cuánta experiencia tiene con la EM
availability-para-11 = qué atención de seguimiento ofrece
availability-para-12 = qué incluye el precio, ya que el viaje y el alojamiento pueden no estar incluidos
availability-para-13 = La MS Society recomienda encarecidamente hablar antes con un neurólogo.

## Section: evidence
evidence-heading = ¿Qué han mostrado los estudios hasta ahora?
evidence-in-short = En los estudios hechos hasta ahora, muchas personas no tuvieron signos nuevos de actividad de la EM durante años después del aHSCT. Los resultados varían entre estudios, y fueron mejores en la EM recurrente.
evidence-para-1 = Estos son los principales resultados que recogen las fuentes. Los estudios se diferencian en quién participó, los medicamentos usados y durante cuánto tiempo se siguió a las personas. Por eso, sus cifras no se pueden comparar directamente.
evidence-para-2 = Muchos estudios informan de la [[NEDA|neda]], siglas en inglés de «no evidencia de actividad de la enfermedad». Significa que no hay [[brotes|relapse]], ni empeoramiento de la discapacidad, ni actividad nueva en las resonancias magnéticas.
evidence-para-3 = Una revisión de 2017 reunió 15 estudios con 764 personas. A los 5 años, el 67 % no tenía evidencia de actividad de la enfermedad, y la discapacidad había empeorado en el 23,3 %.
evidence-para-4 = Una revisión de 2022 reunió 50 estudios, muy distintos entre sí, con 4831 personas. En conjunto, el 68 % no tenía evidencia de actividad de la enfermedad, y el 73 % no tuvo empeoramiento de la discapacidad.
evidence-para-5 = En Suecia, 174 personas con [[EM remitente-recurrente|ms-types]] recibieron tratamiento en la atención habitual. A los 5 años, el 73 % no tenía evidencia de actividad de la enfermedad. A los 10 años, la cifra era del 65 %.
evidence-para-6 = En ese estudio sueco, 149 personas tenían algo de discapacidad al principio. Después, el 54 % había mejorado, el 37 % estaba estable y el 9 % estaba peor.
evidence-para-7 = Un centro de Estados Unidos trató a 507 personas. A los 4 años, la discapacidad no había empeorado en el 95 % de las personas con EM remitente-recurrente. No había empeorado en el 66 % de las que tenían EM secundaria progresiva.
evidence-para-8 = Un estudio de registro más antiguo (basado en registros de trasplantes) siguió a 281 personas tratadas de 1995 a 2006. La mayoría tenía EM progresiva. A los 5 años, el 46 % no tenía empeoramiento de la discapacidad.
evidence-para-9 = Un ensayo canadiense, publicado en 2016, dio un tratamiento muy intensivo a 24 personas. A los 3 años, el 69,6 % no tenía actividad de la EM. De las 24, tratadas de 2001 a 2009, una murió por complicaciones del tratamiento.
evidence-para-10 = Varios estudios encontraron mejores resultados en la EM recurrente. Un estudio también encontró mejores resultados en personas más jóvenes que llevaban menos tiempo con EM.
evidence-para-11 = La revisión de 2017 encontró el mejor equilibrio entre beneficio y riesgo en la EM remitente-recurrente agresiva (muy activa). Ese equilibrio era mejor antes de que se acumulara mucha discapacidad.
evidence-para-12 = En 2019, una sociedad estadounidense de trasplante revisó las pruebas. Concluyó que el aHSCT puede prevenir brotes, nueva actividad en la resonancia magnética y empeoramiento de la discapacidad en la EM recurrente activa.

## Section: research
research-heading = ¿Qué necesita demostrar todavía la investigación?
research-in-short = Es crucial que haya más ensayos clínicos aleatorizados y controlados, grandes y de máxima calidad, específicamente para la EM. Deberían comparar el aHSCT con los tratamientos para la EM disponibles hoy.
research-para-1 = Un ensayo aleatorizado anterior, llamado MIST, comparó el aHSCT con cambiar a otro [[DMT|dmt]]. El azar decidió cuál recibía cada persona. Incluyó a 110 personas con [[EM remitente-recurrente|ms-types]], que entraron en el ensayo de 2005 a 2016.
research-para-2 = En MIST, la discapacidad empeoró en 3 personas después del aHSCT y en 34 personas que cambiaron de DMT. Cada grupo tenía 55 personas.
research-para-3 = A la mitad de las personas de MIST se las siguió durante 2 años o más, y la media fue de 2,8 años. Solo a 23 personas se las revisó cada año durante 5 años.
research-para-4 = Sus autores dicen que MIST es un estudio preliminar que hay que repetir. Además, no comparó el aHSCT con muchos de los DMT más eficaces de hoy.
research-para-5 = Ensayos más recientes comparan el aHSCT con esos medicamentos. Entre ellos están StarMS en el Reino Unido, BEAT-MS en EE. UU. y RAM-MS, dirigido desde Noruega.

## Section: questions
questions-heading = ¿Qué podría preguntar a su equipo de EM?
questions-in-short = Aquí tiene preguntas que quizá quiera hacer antes de decidir, sobre el tratamiento y sobre la recuperación. Marque las que quiera, añada las suyas y después imprima o copie su lista.
questions-para-1 = Su neurólogo o su equipo de EM conocen su situación y el plan de su propio centro. Estas preguntas pueden ayudarle a empezar esa conversación.

## Section: read-more
read-more-heading = ¿Dónde puedo leer más?
read-more-in-short = Las organizaciones benéficas de EM publican guías detalladas sobre el aHSCT. Su equipo de EM también puede darle más información.

## Section: glossary
glossary-heading = ¿Qué significan las palabras médicas?
glossary-in-short = Aquí están las palabras médicas que se usan en esta página, explicadas con palabras sencillas. También puede seleccionar una palabra en el texto para ver su significado allí mismo.

## Section: sources
sources-heading = ¿De dónde procede esta información?
sources-in-short = Los datos seguidos de un número proceden de las fuentes que se indican abajo. Parte del resto procede del texto general en el que se basa esta guía, que no cita fuentes. Lo demás resume datos que se dan con sus fuentes en otras partes de la página.
sources-para-1 = El estado de los ensayos y las páginas de organizaciones benéficas son los que daban las fuentes, y pueden haber cambiado desde entonces. Muchas afirmaciones de esta página dan la fecha que daba su fuente. Algunas páginas no dan fecha, así que no podemos decir si están al día.
sources-para-2 = La fecha de revisión de abajo indica cuándo se comprobaron por última vez estos textos frente a nuestras notas de las fuentes. No significa que cada fuente se volviera a comprobar ese día.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = Lo que el aHSCT intenta hacer
aims-can-1 = Intenta «reformatear», o reiniciar, su sistema inmunitario.
aims-can-2 = Busca detener la inflamación que contribuye a la EM recurrente activa o a la EM progresiva activa.
aims-can-3 = La quimioterapia elimina todo el sistema inmunitario o gran parte de él, incluidas las células que se cree que impulsan la EM.
aims-can-4 = Con el tiempo, las células madre devueltas producen nuevas células de la sangre y del sistema inmunitario.
aims-cannot-heading = Lo que el aHSCT no puede hacer
aims-cannot-1 = Estas células madre no pueden regenerar los nervios dañados.
aims-cannot-2 = Tampoco pueden reparar otras partes dañadas del cerebro y de la médula espinal.
aims-cannot-3 = Cuando la discapacidad mejora después del tratamiento, la mejoría no siempre se mantiene.
aims-cannot-4 = No es adecuado para todas las personas con EM, ni para todos los tipos de EM.

## The randomised trials (after the section "research")
trials-heading = Ensayos aleatorizados más recientes
trials-where-label = Dónde
trials-compared-with-label = Comparado con
trials-status-label = Situación, según la última información
trial-starms-name = StarMS
trial-starms-country = El Reino Unido, en 19 hospitales.
trial-starms-comparison = Los DMT más eficaces (de alta eficacia): alemtuzumab, ocrelizumab, ofatumumab o cladribina.
trial-starms-status = Previsto para 198 personas. Según el MS Trust, el reclutamiento de participantes terminó en noviembre de 2024, con 94 personas. Añadía que se esperaban resultados en julio de 2027. No sabemos cuándo se actualizó por última vez la página del MS Trust.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = Estados Unidos. Su parte en el Reino Unido está registrada en la NHS Health Research Authority.
trial-beat-ms-comparison = El mejor tratamiento disponible: los DMT más eficaces (de alta eficacia).
trial-beat-ms-status = Previsto para 156 personas, cada una seguida durante 6 años, y un listado da como fecha de finalización octubre de 2029. A fecha de marzo de 2023, su ficha en ClinicalTrials.gov, una lista pública de ensayos, decía que estaba reclutando participantes. Una versión posterior de la ficha tiene fecha de enero de 2024, así que esto puede haber cambiado.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Dirigido desde Noruega, con participantes en Dinamarca, los Países Bajos, Noruega y Suecia.
trial-ram-ms-comparison = Alemtuzumab, cladribina u ocrelizumab.
trial-ram-ms-status = Previsto para 100 personas. A fecha de junio de 2025, un listado decía que ya no reclutaba participantes, pero que seguía en marcha. Distintos listados daban como fecha de finalización marzo de 2026 o marzo de 2028.
