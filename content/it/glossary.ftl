### Il glossario: ogni termine, la sua definizione e le forme che prende nel testo
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

## Term: autologous
term-autologous = Autologo
term-autologous-definition = Usa le sue stesse cellule. Il contrario è il trapianto allogenico, che usa cellule di un donatore. Nella SM non è l’approccio abituale.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autologo

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Cellule staminali ematopoietiche (anche «emopoietiche»; in inglese haematopoietic, negli Stati Uniti hematopoietic)
term-haematopoietic-stem-cells-definition = Cellule «madri» immature che vivono soprattutto nel midollo osseo, il tessuto spugnoso all’interno di alcune ossa. Possono trasformarsi in ogni tipo di cellula del sangue, compresi globuli rossi, piastrine e cellule immunitarie (globuli bianchi).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = ematopoietiche, emopoietiche, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Mobilizzazione
term-mobilisation-definition = L’uso di farmaci per spostare le cellule staminali dal midollo osseo al sangue, in modo da poterle raccogliere.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = mobilizzazione

## Term: g-csf
term-g-csf = G-CSF (filgrastim)
term-g-csf-definition = Una versione prodotta in laboratorio di un fattore di crescita naturale, data con iniezioni. Aumenta la produzione di globuli bianchi e aiuta a liberare le cellule staminali nel sangue.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Aferesi (leucaferesi, o «raccolta»)
term-apheresis-definition = La raccolta delle cellule staminali facendo passare il sangue attraverso una macchina. La macchina trattiene le cellule staminali e restituisce il resto del sangue.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = aferesi, leucaferesi

## Term: cd34
term-cd34 = Cellule CD34+
term-cd34-definition = Il marcatore di laboratorio usato per contare le cellule staminali raccolte. Le équipe cercano di raggiungere un numero minimo per ogni chilo di peso corporeo.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Crioconservazione
term-cryopreservation-definition = Il congelamento delle cellule in condizioni controllate, perché sopravvivano alla conservazione e si possano scongelare più tardi.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = crioconservazione

## Term: conditioning
term-conditioning = Condizionamento
term-conditioning-definition = La chemioterapia ad alte dosi data prima di restituire le cellule staminali, a volte con farmaci a base di anticorpi come l’ATG. Elimina tutto il sistema immunitario esistente o gran parte di esso.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = condizionamento

## Term: myeloablative
term-myeloablative = Mieloablativo e non mieloablativo
term-myeloablative-definition = Il condizionamento mieloablativo elimina completamente il midollo osseo e il sistema immunitario. Quello non mieloablativo, o meno intensivo, lo fa solo in parte.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = mieloablativo, mieloablativi, non mieloablativo, non mieloablativi

## Term: cyclophosphamide
term-cyclophosphamide = Ciclofosfamide
term-cyclophosphamide-definition = Un farmaco chemioterapico usato in molti piani di trattamento per la SM. Si usa sia per spostare le cellule staminali nel sangue sia per il condizionamento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = ciclofosfamide

## Term: atg
term-atg = ATG (globulina antitimocitaria)
term-atg-definition = Un farmaco a base di anticorpi, spesso prodotto nei conigli, che elimina i linfociti T. I linfociti T sono un tipo di cellula immunitaria. L’ATG viene spesso combinata con la ciclofosfamide.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, globulina antitimocitaria

## Term: beam
term-beam = BEAM
term-beam-definition = Una combinazione più intensiva di quattro farmaci chemioterapici: carmustina (BCNU), etoposide, citarabina e melfalan.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Giorno 0
term-day-0-definition = Il giorno in cui vengono restituite le cellule staminali. I giorni prima si contano come giorni «meno», e quelli dopo come giorni «più».
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = giorno 0, giorno zero

## Term: engraftment
term-engraftment = Attecchimento
term-engraftment-definition = Il momento in cui le cellule staminali restituite si sono insediate nel midollo e nuove cellule del sangue cominciano a comparire nel sangue. I globuli bianchi compaiono per primi.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = attecchimento

## Term: neutropenia
term-neutropenia = Neutropenia e neutropenia febbrile
term-neutropenia-definition = Un livello molto basso di neutrofili, i globuli bianchi che combattono le infezioni. Febbrile significa con febbre, e la febbre in questo caso va trattata con urgenza.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropenia

## Term: immune-reconstitution
term-immune-reconstitution = Ricostituzione immunitaria
term-immune-reconstitution-definition = La ricostruzione graduale del sistema immunitario nei mesi dopo il trapianto.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = ricostituzione immunitaria

## Term: dmt
term-dmt = Terapia modificante la malattia (DMT)
term-dmt-definition = Un farmaco da prendere a lungo per ridurre le ricadute della SM e rallentarne l’attività. Tra le DMT ad alta efficacia ci sono natalizumab, alemtuzumab, ocrelizumab, ofatumumab e cladribina.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, terapia modificante la malattia, terapie modificanti la malattia

## Term: relapse
term-relapse = Ricaduta (chiamata anche attacco o poussée)
term-relapse-definition = Un episodio ben distinto di sintomi della SM nuovi o che peggiorano, causato dall’infiammazione. È seguito da un recupero completo o parziale.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = ricaduta, ricadute

## Term: ms-types
term-ms-types = SMRR, SMSP e SMPP (in inglese RRMS, SPMS e PPMS)
term-ms-types-definition = La SM recidivante-remittente (SMRR) ha attacchi seguiti da un recupero. La SM secondariamente progressiva (SMSP) peggiora in modo costante dopo una prima fase recidivante. La SM primariamente progressiva (SMPP) peggiora in modo costante fin dall’inizio.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = smrr, smsp, smpp, rrms, spms, ppms, recidivante-remittente, secondariamente progressiva, primariamente progressiva

## Term: edss
term-edss = EDSS (Expanded Disability Status Scale, scala espansa dello stato di disabilità)
term-edss-definition = La scala standard da 0 a 10 che i medici usano per misurare la disabilità nella SM. Un punteggio più alto indica più disabilità.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, expanded disability status scale, scala espansa dello stato di disabilità

## Term: neda
term-neda = NEDA (nessuna evidenza di attività di malattia)
term-neda-definition = Un obiettivo del trattamento: nessuna ricaduta, nessun peggioramento della disabilità e nessuna nuova attività alla risonanza magnetica in un certo periodo.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, nessuna evidenza di attività di malattia

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Autoimmunità secondaria
term-secondary-autoimmunity-definition = Una nuova malattia autoimmune, come una malattia della tiroide, che compare dopo il trattamento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = autoimmunità secondaria, nuova malattia autoimmune, nuove malattie autoimmuni

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Un ente di accreditamento che ispeziona i centri trapianti secondo standard di qualità e sicurezza. È gestito insieme da due gruppi. Uno di questi è l’EBMT, che tiene un archivio dei trapianti in Europa.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
