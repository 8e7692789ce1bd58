### El explorador de células de la sangre
###
### Traducción al español (España, «usted») del texto fuente en inglés (Reino
### Unido) de "aHSCT for MS, explained".

cells-heading = Explore las células que producen sus células madre
cells-intro = Elija una célula para ver qué es y qué supone el aHSCT para ella.
cells-in-ahsct-heading = Qué supone el aHSCT para ella
cells-show-all = Mostrar todas las células en una lista
cells-show-one = Mostrar una célula cada vez
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Se muestra: { $name }
cells-marrow-label = Médula ósea
cells-blood-label = Sangre

## Cell: stem-cell
cell-stem-cell-name = Célula madre formadora de sangre
cell-stem-cell-about-1 = Una [[célula madre formadora de sangre|haematopoietic-stem-cells]] vive sobre todo en la médula ósea. Puede producir todos los tipos de células de la sangre.
cell-stem-cell-in-ahsct-1 = En la mayoría de los centros, unos medicamentos hacen pasar estas células madre a la sangre, donde se recogen. Después, normalmente se congelan y se guardan.
cell-stem-cell-in-ahsct-2 = Después de la quimioterapia, se le devuelven. Se asientan en la médula y reconstruyen sus células de la sangre y del sistema inmunitario.

## Cell: red-cells
cell-red-cells-name = Glóbulos rojos
cell-red-cells-about-1 = Los glóbulos rojos son uno de los tipos de células de la sangre que producen las células madre.
cell-red-cells-in-ahsct-1 = Después de la quimioterapia en dosis altas, los recuentos de células de la sangre pueden bajar mucho durante un tiempo.
cell-red-cells-in-ahsct-2 = Su equipo le hace análisis de sangre a menudo. Puede ponerle una transfusión de sangre si hace falta.

## Cell: platelets
cell-platelets-name = Plaquetas
cell-platelets-about-1 = Las plaquetas son otro tipo de células de la sangre que producen las células madre.
cell-platelets-in-ahsct-1 = Durante la quimioterapia, puede sangrar o salirle moratones con más facilidad.
cell-platelets-in-ahsct-2 = Su equipo le hace análisis de sangre a menudo, y puede ponerle transfusiones si hace falta.
cell-platelets-in-ahsct-3 = Algunas personas desarrollan más tarde PTI, una enfermedad con las plaquetas bajas. En un centro de EE. UU., de 2003 a 2019, afectó al 14 % de las personas tratadas con un plan que incluía alemtuzumab. Con otros planes, afectó como mucho al 2,8 %.

## Cell: white-cells
cell-white-cells-name = Glóbulos blancos (células inmunitarias)
cell-white-cells-about-1 = Los glóbulos blancos también se llaman células inmunitarias. Las células madre también los producen.
cell-white-cells-about-2 = En la EM, se cree que algunas células inmunitarias impulsan la enfermedad.
cell-white-cells-in-ahsct-1 = La quimioterapia elimina todo su sistema inmunitario o gran parte de él, incluidas las células que se cree que impulsan la EM.
cell-white-cells-in-ahsct-2 = Después, las células madre devueltas lo reconstruyen despacio, a lo largo de muchos meses. Esto se llama [[reconstitución inmunitaria|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = La protección de las vacunas anteriores se va perdiendo después del tratamiento. Por eso, los equipos de trasplante vuelven a poner algunas vacunas.

## Cell: neutrophils
cell-neutrophils-name = Neutrófilos
cell-neutrophils-about-1 = Los neutrófilos son glóbulos blancos que combaten las infecciones.
cell-neutrophils-in-ahsct-1 = Después de la quimioterapia, caen a niveles muy bajos. Esto se llama [[neutropenia|neutropenia]], y el riesgo de infección es alto.
cell-neutrophils-in-ahsct-2 = La fiebre en este periodo necesita tratamiento urgente.
cell-neutrophils-in-ahsct-3 = Los glóbulos blancos son las primeras células nuevas de la sangre que vuelven a aparecer. Esto forma parte del [[prendimiento del injerto|engraftment]].

## Cell: t-cells
cell-t-cells-name = Linfocitos T
cell-t-cells-about-1 = Los linfocitos T son un tipo de célula inmunitaria.
cell-t-cells-in-ahsct-1 = Algunos planes de tratamiento añaden [[ATG|atg]], un medicamento de anticuerpos que elimina los linfocitos T.
cell-t-cells-in-ahsct-2 = Como otras células inmunitarias, se reconstruyen despacio en los meses posteriores al tratamiento.
