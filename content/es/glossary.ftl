### El glosario: cada término, su definición y las formas que toma en el texto
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained".

## Term: autologous
term-autologous = Autólogo
term-autologous-definition = Usa sus propias células. Lo contrario, alogénico, usa células de un donante; esto no es lo habitual en la EM.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autólogo, autóloga, autólogos, autólogas

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Células madre hematopoyéticas (en inglés: haematopoietic en el Reino Unido, hematopoietic en EE. UU.)
term-haematopoietic-stem-cells-definition = Células «progenitoras» tempranas que viven sobre todo en la médula ósea, el tejido esponjoso del interior de algunos huesos. Pueden convertirse en todos los tipos de células de la sangre, como glóbulos rojos, plaquetas y células inmunitarias (glóbulos blancos).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = hematopoyética, hematopoyéticas

## Term: mobilisation
term-mobilisation = Movilización
term-mobilisation-definition = Usar medicamentos para hacer pasar las células madre de la médula ósea a la sangre, para poder recogerlas.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = movilización, movilizadas

## Term: g-csf
term-g-csf = G-CSF (filgrastim)
term-g-csf-definition = Una versión fabricada en laboratorio de un factor de crecimiento natural, que se pone en inyecciones. Aumenta la producción de glóbulos blancos y ayuda a liberar células madre a la sangre.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Aféresis (leucaféresis, o «recolección»)
term-apheresis-definition = Recoger células madre haciendo pasar la sangre por una máquina. La máquina se queda con las células madre y devuelve el resto de la sangre.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = aféresis, leucaféresis

## Term: cd34
term-cd34 = Células CD34+
term-cd34-definition = El marcador de laboratorio que se usa para contar las células madre recogidas. Los equipos buscan llegar a un número mínimo por cada kilo de peso corporal.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Criopreservación
term-cryopreservation-definition = Congelar células en condiciones controladas, para que sobrevivan al almacenamiento y se puedan descongelar más tarde.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = criopreservación

## Term: conditioning
term-conditioning = Acondicionamiento
term-conditioning-definition = La quimioterapia en dosis altas que se da antes de devolver las células madre, a veces con medicamentos de anticuerpos como la ATG. Elimina todo el sistema inmunitario existente o gran parte de él.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = acondicionamiento

## Term: myeloablative
term-myeloablative = Mieloablativo y no mieloablativo
term-myeloablative-definition = El acondicionamiento mieloablativo elimina por completo la médula ósea y el sistema inmunitario. El no mieloablativo, o menos intensivo, lo hace solo en parte.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = mieloablativo, mieloablativa, no mieloablativo, no mieloablativa

## Term: cyclophosphamide
term-cyclophosphamide = Ciclofosfamida
term-cyclophosphamide-definition = Un medicamento de quimioterapia que se usa en muchos planes de tratamiento de la EM. Se usa tanto para hacer pasar las células madre a la sangre como para el acondicionamiento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = ciclofosfamida

## Term: atg
term-atg = ATG (globulina antitimocítica)
term-atg-definition = Un medicamento de anticuerpos, a menudo producido en conejos, que elimina los linfocitos T. Los linfocitos T son un tipo de célula inmunitaria. La ATG se combina a menudo con ciclofosfamida.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, globulina antitimocítica

## Term: beam
term-beam = BEAM
term-beam-definition = Una combinación más intensiva de cuatro medicamentos de quimioterapia: carmustina (BCNU), etopósido, citarabina y melfalán.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Día 0
term-day-0-definition = El día en que se devuelven las células madre. Los días anteriores se cuentan con signo menos, y los posteriores con signo más.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = día 0, día cero

## Term: engraftment
term-engraftment = Prendimiento del injerto
term-engraftment-definition = Cuando las células madre devueltas se han asentado en la médula y empiezan a aparecer células nuevas en la sangre. Los glóbulos blancos aparecen primero.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = prendimiento

## Term: neutropenia
term-neutropenia = Neutropenia y neutropenia febril
term-neutropenia-definition = Un nivel muy bajo de neutrófilos, los glóbulos blancos que combaten las infecciones. Febril significa con fiebre, y eso necesita tratamiento urgente.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropenia, neutropénica

## Term: immune-reconstitution
term-immune-reconstitution = Reconstitución inmunitaria
term-immune-reconstitution-definition = La reconstrucción gradual del sistema inmunitario a lo largo de los meses posteriores al trasplante.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = reconstitución inmunitaria

## Term: dmt
term-dmt = Tratamiento que modifica el curso de la enfermedad (DMT, por sus siglas en inglés)
term-dmt-definition = Un medicamento que se toma durante mucho tiempo para reducir los brotes de EM y frenar la actividad de la EM. Entre los DMT de alta eficacia están natalizumab, alemtuzumab, ocrelizumab, ofatumumab y cladribina.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, tratamiento que modifica el curso de la enfermedad, tratamientos que modifican el curso de la enfermedad

## Term: relapse
term-relapse = Brote
term-relapse-definition = Un episodio bien delimitado de síntomas de EM nuevos o que empeoran, causado por la inflamación. Le sigue una recuperación total o parcial.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = brote, brotes

## Term: ms-types
term-ms-types = EMRR, EMSP y EMPP
term-ms-types-definition = La EM remitente-recurrente (EMRR) tiene ataques seguidos de recuperación. La EM secundaria progresiva (EMSP) empeora de forma constante después de una fase anterior con brotes. La EM primaria progresiva (EMPP) empeora de forma constante desde el principio.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = emrr, emsp, empp, remitente-recurrente, secundaria progresiva, primaria progresiva

## Term: edss
term-edss = EDSS (Escala Expandida del Estado de Discapacidad)
term-edss-definition = La escala estándar de 0 a 10 que usan los médicos para puntuar la discapacidad en la EM. Cuanto más alta es la puntuación, mayor es la discapacidad.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, escala expandida del estado de discapacidad

## Term: neda
term-neda = NEDA (no evidencia de actividad de la enfermedad)
term-neda-definition = Un objetivo del tratamiento: ningún brote, ningún empeoramiento de la discapacidad y ninguna actividad nueva en la resonancia magnética durante un tiempo determinado.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, no evidencia de actividad de la enfermedad

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Autoinmunidad secundaria
term-secondary-autoimmunity-definition = Una nueva enfermedad autoinmune, como una enfermedad de tiroides, que aparece después del tratamiento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = autoinmunidad secundaria, nueva enfermedad autoinmune, nuevas enfermedades autoinmunes

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Un organismo de acreditación que inspecciona los centros de trasplante según normas de calidad y seguridad. Lo dirigen dos grupos de forma conjunta. Uno de ellos es EBMT, que mantiene un registro de los trasplantes en Europa.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
