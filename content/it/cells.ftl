### L’esploratore delle cellule del sangue
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

cells-heading = Esplori le cellule prodotte dalle sue cellule staminali
cells-intro = Scelga una cellula per sapere che cos’è e che cosa comporta l’aHSCT per quella cellula.
cells-in-ahsct-heading = Che cosa comporta l’aHSCT per questa cellula
cells-show-all = Mostra tutte le cellule in un elenco
cells-show-one = Mostra una cellula alla volta
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Cellula mostrata: { $name }
cells-marrow-label = Midollo osseo
cells-blood-label = Sangue

## Cell: stem-cell
cell-stem-cell-name = Cellula staminale che produce il sangue
cell-stem-cell-about-1 = Una [[cellula staminale che produce il sangue|haematopoietic-stem-cells]] vive soprattutto nel midollo osseo. Può produrre ogni tipo di cellula del sangue.
cell-stem-cell-in-ahsct-1 = Nella maggior parte dei centri, alcuni farmaci spostano queste cellule staminali nel sangue, dove vengono raccolte. Poi di solito vengono congelate e conservate.
cell-stem-cell-in-ahsct-2 = Dopo la chemioterapia, vengono restituite. Si insediano nel midollo e ricostruiscono le cellule del sangue e del sistema immunitario.

## Cell: red-cells
cell-red-cells-name = Globuli rossi
cell-red-cells-about-1 = I globuli rossi sono uno dei tipi di cellule del sangue prodotte dalle cellule staminali.
cell-red-cells-in-ahsct-1 = Dopo una chemioterapia ad alte dosi, i valori del sangue possono scendere molto per un po’ di tempo.
cell-red-cells-in-ahsct-2 = La sua équipe controlla spesso il suo sangue. Se serve, potrebbe farle una trasfusione di sangue.

## Cell: platelets
cell-platelets-name = Piastrine
cell-platelets-about-1 = Le piastrine sono un altro tipo di cellula del sangue prodotta dalle cellule staminali.
cell-platelets-in-ahsct-1 = Durante la chemioterapia, potrebbe sanguinare o avere lividi più facilmente.
cell-platelets-in-ahsct-2 = La sua équipe controlla spesso il suo sangue, e potrebbe farle delle trasfusioni se servono.
cell-platelets-in-ahsct-3 = In seguito, alcune persone sviluppano la PTI (in inglese ITP), una malattia con piastrine basse. In un centro statunitense, dal 2003 al 2019, ha colpito il 14% delle persone trattate con un piano che includeva alemtuzumab. Con altri piani, ha colpito fino al 2,8%.

## Cell: white-cells
cell-white-cells-name = Globuli bianchi (cellule immunitarie)
cell-white-cells-about-1 = I globuli bianchi si chiamano anche cellule immunitarie. Anche questi sono prodotti dalle cellule staminali.
cell-white-cells-about-2 = Nella SM, si pensa che alcune cellule immunitarie alimentino la malattia.
cell-white-cells-in-ahsct-1 = La chemioterapia elimina tutto il suo sistema immunitario o gran parte di esso, comprese le cellule che si pensa alimentino la SM.
cell-white-cells-in-ahsct-2 = Poi le cellule staminali restituite lo ricostruiscono lentamente, nell’arco di molti mesi. Questo processo si chiama [[ricostituzione immunitaria|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = Dopo il trattamento, la protezione data dai vaccini fatti in passato si attenua. Per questo le équipe trapianti rifanno alcuni vaccini.

## Cell: neutrophils
cell-neutrophils-name = Neutrofili
cell-neutrophils-about-1 = I neutrofili sono globuli bianchi che combattono le infezioni.
cell-neutrophils-in-ahsct-1 = Dopo la chemioterapia, scendono a livelli molto bassi. Questo si chiama [[neutropenia|neutropenia]], e il rischio di infezione è alto.
cell-neutrophils-in-ahsct-2 = In questo periodo, la febbre va trattata con urgenza.
cell-neutrophils-in-ahsct-3 = I globuli bianchi sono le prime nuove cellule del sangue a ricomparire. Questo fa parte dell’[[attecchimento|engraftment]].

## Cell: t-cells
cell-t-cells-name = Linfociti T
cell-t-cells-about-1 = I linfociti T (cellule T) sono un tipo di cellula immunitaria.
cell-t-cells-in-ahsct-1 = Alcuni piani di trattamento aggiungono l’[[ATG|atg]], un farmaco a base di anticorpi che elimina i linfociti T.
cell-t-cells-in-ahsct-2 = Come le altre cellule immunitarie, si ricostruiscono lentamente nei mesi dopo il trattamento.
