### Le fasi: ogni fase del trattamento
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

## Step: assessment
step-assessment-title = Invio al centro e valutazione
# The step in one sentence, for the short version of the page.
step-assessment-in-short = Prima di tutto, un’équipe specialistica la valuta.
step-assessment-medical-name = valutazione
step-assessment-what-happens-1 = Di solito è un neurologo a inviarla a un centro di trattamento specializzato. Lì, prima di tutto, l’équipe specialistica la valuta.
step-assessment-what-happens-2 = Una linea guida europea pubblicata nel 2020 raccomanda che i neurologi esperti di SM e gli ematologi dei trapianti la seguano insieme. Gli ematologi sono medici specializzati nel sangue. Secondo la linea guida, questo dovrebbe avvenire in centri trapianti accreditati.
step-assessment-what-happens-3 = Lo dicono anche altri due articoli, del 2017 e del 2019 circa.
step-assessment-what-happens-4 = Potrebbe fare esami del sangue, esami del cuore e dei polmoni, ed esami per immagini come la risonanza magnetica. Gli esami esatti variano da centro a centro.
step-assessment-why-1 = Gli specialisti della SM e dei trapianti valutano se l’aHSCT potrebbe essere un’opzione per lei.
step-assessment-why-2 = Prima che lei dia il consenso, la sua équipe dovrebbe spiegarle gli effetti gravi a lungo termine. Il trattamento può causare problemi di fertilità, che potrebbero essere permanenti. Per questo si raccomanda una consulenza sulla fertilità prima del trattamento.
step-assessment-why-3 = Per proteggere la fertilità si possono, per esempio, congelare ovociti, embrioni o tessuto ovarico, e conservare il seme.
step-assessment-why-4 = Secondo linee guida sulla riabilitazione pubblicate nel 2020, la fisioterapia è raccomandata prima del trattamento, oltre che dopo.
step-assessment-timing-1 = La durata di questa fase varia. In un grande studio statunitense (BEAT-MS), le visite di selezione possono richiedere fino a 3 mesi.
step-assessment-may-notice-1 = In un centro del servizio sanitario pubblico britannico (NHS), ogni persona ha un infermiere specializzato dedicato come contatto principale per tutto il percorso. Sono coinvolti anche un farmacista e un dietista.
step-assessment-scene-text = Le sue cellule staminali sono nel midollo osseo, come di consueto.
step-assessment-immune-text = Prima del trattamento, i suoi globuli bianchi sono al livello abituale.

## Step: mobilisation
step-mobilisation-title = Spostare le cellule staminali nel sangue
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Alcuni farmaci spingono le cellule staminali fuori dal midollo osseo, nel sangue.
step-mobilisation-medical-name = [[mobilizzazione|mobilisation]]
step-mobilisation-what-happens-1 = Alcuni farmaci spingono le cellule staminali fuori dal midollo osseo, nel sangue che circola.
step-mobilisation-what-happens-2 = Molti piani di trattamento combinano una dose di un farmaco chemioterapico, la [[ciclofosfamide|cyclophosphamide]], con iniezioni quotidiane di [[G-CSF|g-csf]]. Alcuni usano solo il G-CSF, insieme a uno steroide.
step-mobilisation-what-happens-3 = Il G-CSF è una copia prodotta in laboratorio di un fattore di crescita naturale, cioè di una sostanza prodotta dal corpo. Il G-CSF aumenta la produzione di globuli bianchi e aiuta a liberare le cellule staminali nel sangue.
step-mobilisation-why-1 = Normalmente, pochissime cellule staminali circolano nel sangue. Questa fase ne fa uscire abbastanza da poterle raccogliere.
step-mobilisation-why-2 = Secondo un’associazione statunitense per la SM, la chemioterapia di questa fase aiuta anche a ridurre la probabilità di [[ricadute|relapse]] in questo periodo.
step-mobilisation-timing-1 = Secondo la MS Society (Regno Unito), la raccolta avviene circa 10 giorni dopo l’inizio di questa fase.
step-mobilisation-timing-2 = Secondo la National MS Society degli Stati Uniti, questa fase, la raccolta e il congelamento durano in tutto da 5 a 15 giorni.
step-mobilisation-may-notice-1 = I sintomi della SM potrebbero peggiorare per un po’ di tempo durante questa fase.
step-mobilisation-may-notice-2 = In alcune persone, le iniezioni di G-CSF possono causare dolore alle ossa.
step-mobilisation-may-notice-3 = Il racconto di un paziente descrive un calo temporaneo dei globuli bianchi dopo la ciclofosfamide, con un rischio di febbre e infezioni. Due giorni dopo la ciclofosfamide, quel paziente aveva i globuli bianchi molto bassi ed episodi di febbre.
step-mobilisation-may-notice-4 = In uno studio su 39 persone, 8 hanno avuto effetti collaterali in questa fase. Si trattava di febbre senza una causa nota (3 persone), diarrea (3), mal di testa (1) e un’infezione del sangue (1). Nessuno è morto.
step-mobilisation-scene-text = Alcuni farmaci spostano le cellule staminali dal midollo osseo al sangue, in modo da poterne raccogliere abbastanza.
step-mobilisation-immune-text = Se in questa fase si usa la chemioterapia, i globuli bianchi potrebbero calare per un po’ di tempo.

## Step: collection
step-collection-title = La raccolta delle sue cellule staminali
# The step in one sentence, for the short version of the page.
step-collection-in-short = Una macchina trattiene le cellule staminali del suo sangue. Il resto del sangue torna nel suo corpo.
step-collection-medical-name = [[aferesi|apheresis]], o raccolta di cellule staminali
step-collection-what-happens-1 = Il suo sangue passa da una vena attraverso una macchina. La macchina trattiene le cellule staminali, e il resto del sangue torna nel suo corpo.
step-collection-what-happens-2 = Il sangue scorre attraverso un ago nel braccio, oppure attraverso un tubicino in una vena. Questo tubicino si chiama catetere venoso centrale o PICC. Si può usare anche più tardi, per restituirle le cellule staminali.
step-collection-what-happens-3 = L’équipe cerca di raccogliere un numero minimo di cellule staminali. Le conta con un marcatore di laboratorio chiamato [[CD34+|cd34]].
step-collection-why-1 = Sono le cellule staminali che le verranno restituite dopo la chemioterapia.
step-collection-timing-1 = Secondo la MS Society (Regno Unito), la raccolta avviene circa 10 giorni dopo l’inizio della [[mobilizzazione|mobilisation]]. Avviene quando gli esami del sangue mostrano abbastanza cellule staminali nel sangue.
step-collection-timing-2 = Una seduta dura diverse ore. Spesso basta una seduta. In uno studio, a 30 persone su 39 è servita una seduta, alle altre ne sono servite da due a quattro.
step-collection-may-notice-1 = Secondo un centro che fa trapianti per varie malattie, la raccolta di solito non fa male.
step-collection-may-notice-2 = Lo stesso centro dice che la macchina usa un farmaco che rende il sangue più fluido, perché non coaguli dentro la macchina. Il farmaco può causare formicolio, intorpidimento, brividi o un leggero stordimento. Il personale può trattare questi disturbi.
step-collection-scene-text = Una macchina raccoglie le cellule staminali dal suo sangue, per conservarle.
step-collection-immune-text = Il disegno non mostra ancora grandi cambiamenti: la chemioterapia principale non è ancora iniziata.

## Step: storage
step-storage-title = Congelare e conservare le cellule
# The step in one sentence, for the short version of the page.
step-storage-in-short = Le sue cellule staminali raccolte vengono congelate in un laboratorio e conservate finché servono.
step-storage-medical-name = [[crioconservazione|cryopreservation]]
step-storage-what-happens-1 = Le sue cellule staminali raccolte vengono congelate in un laboratorio. Vengono conservate finché servono.
step-storage-what-happens-2 = Il congelamento delle cellule staminali è una procedura di routine. Le cellule conservate congelate a lungo possono ancora ricostruire il sistema del sangue.
step-storage-what-happens-3 = Un grande centro privato non congela le cellule. Le restituisce fresche.
step-storage-why-1 = La conservazione tiene le cellule pronte per dopo, mentre la chemioterapia riduce le sue cellule immunitarie.
step-storage-timing-1 = L’intervallo prima della fase successiva varia da centro a centro. In uno studio statunitense (HALT-MS), la fase successiva è iniziata almeno 7 giorni dopo l’ultima iniezione di [[G-CSF|g-csf]].
step-storage-timing-2 = La sua équipe le dirà i propri tempi.
step-storage-may-notice-1 = Questa fase avviene in laboratorio, non nel suo corpo.
step-storage-scene-text = Le cellule staminali raccolte vengono congelate e conservate in laboratorio.
step-storage-immune-text = Il disegno non mostra ancora grandi cambiamenti: la chemioterapia principale non è ancora iniziata.

## Step: conditioning
step-conditioning-title = Chemioterapia per resettare il sistema immunitario
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = Riceve una chemioterapia ad alte dosi con una flebo, di solito in ospedale.
step-conditioning-medical-name = [[condizionamento|conditioning]]
step-conditioning-what-happens-1 = Di solito è previsto un ricovero in ospedale. Riceve una chemioterapia ad alte dosi con una flebo (infusione). Alcuni piani aggiungono un farmaco a base di anticorpi, come l’[[ATG|atg]], che elimina alcune cellule immunitarie.
step-conditioning-what-happens-2 = Questo elimina tutto il suo sistema immunitario attuale, o gran parte di esso, comprese le cellule che si pensa alimentino la SM.
step-conditioning-what-happens-3 = I trattamenti più intensivi eliminano completamente il midollo osseo e il sistema immunitario ([[mieloablativi|myeloablative]]). Quelli meno intensivi lo fanno solo in parte (non mieloablativi).
step-conditioning-what-happens-4 = Una combinazione frequente è la [[ciclofosfamide|cyclophosphamide]] con l’ATG. Alcuni centri usano una combinazione più intensiva chiamata [[BEAM|beam]].
step-conditioning-why-1 = È questa la fase che fa il lavoro principale per resettare il sistema immunitario.
step-conditioning-timing-1 = La flebo viene data nell’arco di diversi giorni. In uno studio statunitense (HALT-MS), sono serviti circa 6 giorni.
step-conditioning-timing-2 = Secondo la National MS Society degli Stati Uniti, questa fase e le due successive comportano circa 3 settimane in ospedale.
step-conditioning-may-notice-1 = La chemioterapia ha effetti collaterali comuni. Tra questi ci sono nausea o vomito, sanguinamenti o lividi, stanchezza, perdita dell’appetito e caduta dei capelli.
step-conditioning-may-notice-2 = Le vengono dati farmaci contro la nausea.
step-conditioning-may-notice-3 = Nelle cure per il trapianto in generale, la maggior parte degli effetti collaterali passa nel giro di settimane. I capelli di solito ricrescono entro pochi mesi.
step-conditioning-scene-text = Le cellule staminali raccolte restano congelate. La chemioterapia riduce le sue cellule immunitarie, e in parte o del tutto il suo midollo osseo.
step-conditioning-immune-text = La chemioterapia elimina tutto il sistema immunitario o gran parte di esso, quindi il livello cala molto.

## Step: reinfusion
step-reinfusion-title = Ricevere di nuovo le cellule staminali
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Le sue cellule staminali conservate vengono scongelate e le vengono restituite attraverso una vena.
step-reinfusion-medical-name = reinfusione, o [[giorno 0|day-0]]
step-reinfusion-what-happens-1 = Le sue cellule staminali conservate vengono scongelate. Le vengono restituite attraverso una vena, in modo simile a una trasfusione di sangue.
step-reinfusion-what-happens-2 = Le équipe trapianti chiamano questo giorno «giorno 0». I giorni prima si contano come giorni «meno», e quelli dopo come giorni «più».
step-reinfusion-why-1 = Le cellule staminali restituite ricostruiscono la produzione del sangue. La aiutano a riprendersi dopo la chemioterapia.
step-reinfusion-why-2 = Non riparano i nervi danneggiati.
step-reinfusion-timing-1 = Di solito avviene uno o due giorni dopo la fine della chemioterapia, quando i farmaci sono stati eliminati dal corpo.
step-reinfusion-may-notice-1 = Di solito resta in ospedale. Dopo la chemioterapia, i suoi globuli bianchi sono molto bassi, quindi l’équipe la controlla da vicino per individuare eventuali infezioni.
step-reinfusion-scene-text = Le sue cellule staminali vengono scongelate e rimesse nel sangue.
step-reinfusion-immune-text = I suoi globuli bianchi sono al livello più basso intorno a questa fase e dopo, finché non compaiono nuove cellule.

## Step: hospital-recovery
step-hospital-recovery-title = Il recupero in ospedale
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = I suoi globuli bianchi scendono a livelli molto bassi e il rischio di infezione è alto, finché non cominciano a comparire nuovi globuli bianchi.
step-hospital-recovery-medical-name = [[attecchimento|engraftment]]
step-hospital-recovery-what-happens-1 = Dopo la chemioterapia, i suoi globuli bianchi scendono molto, compresi i neutrofili, cioè i globuli bianchi che combattono le infezioni. Un livello molto basso di neutrofili si chiama [[neutropenia|neutropenia]]. In quel periodo il rischio di infezione è alto.
step-hospital-recovery-what-happens-2 = Le cure comprendono misure per prevenire le infezioni, antibiotici, trasfusioni se servono ed esami del sangue frequenti.
step-hospital-recovery-what-happens-3 = L’attecchimento è il momento in cui le cellule staminali restituite si insediano nel midollo osseo e cominciano a comparire nuovi globuli bianchi.
step-hospital-recovery-why-1 = Il suo sistema immunitario resta molto debole finché non crescono nuove cellule. Le cure aiutano a proteggerla dalle infezioni mentre il sistema immunitario comincia a riprendersi.
step-hospital-recovery-timing-1 = Nelle cure per il trapianto in generale, l’attecchimento richiede da diversi giorni a qualche settimana.
step-hospital-recovery-timing-2 = Secondo la National MS Society degli Stati Uniti, il ricovero dura circa 3 settimane. Varia da centro a centro.
step-hospital-recovery-timing-3 = Un centro privato ha trattato la maggior parte delle persone in ambulatorio, senza ricovero. Solo 32 dei 617 pazienti del centro hanno avuto bisogno di un ricovero. L’approccio di questo centro è insolito, quindi i risultati ottenuti lì potrebbero non valere per altri centri.
step-hospital-recovery-may-notice-1 = La febbre quando i globuli bianchi sono bassi (neutropenia febbrile) va trattata con urgenza. In uno studio svedese sulle cure di routine, il 68% delle persone l’ha avuta: circa 7 su 10.
step-hospital-recovery-may-notice-2 = Per un po’ di tempo potrebbe sentirsi debole. Questa debolezza generale (decondizionamento) può rendere più difficili, per un periodo, le attività di tutti i giorni.
step-hospital-recovery-scene-text = Le sue cellule staminali si insediano nel midollo osseo e cominciano a produrre nuove cellule del sangue.
step-hospital-recovery-immune-text = I suoi globuli bianchi restano molto bassi finché non ne compaiono di nuovi. Poi il livello comincia a salire.

## Step: follow-up
step-follow-up-title = I mesi successivi e i controlli
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Il suo sistema immunitario si ricostruisce gradualmente nell’arco di mesi, e per molto tempo il suo rischio di infezione resta più alto.
step-follow-up-medical-name = [[ricostituzione immunitaria|immune-reconstitution]]
step-follow-up-what-happens-1 = Il suo sistema immunitario si ricostruisce gradualmente nell’arco di mesi. Per molto tempo il suo rischio di infezione resta più alto.
step-follow-up-what-happens-2 = Dopo questo trattamento, la protezione data dai vaccini fatti da bambini si attenua. Per questo i servizi trapianti seguono un programma per vaccinarla di nuovo.
step-follow-up-what-happens-3 = I controlli cercano [[nuove malattie autoimmuni|secondary-autoimmunity]], soprattutto della tiroide. In queste malattie il sistema immunitario attacca una parte del corpo. I controlli cercano anche il fuoco di Sant’Antonio (herpes zoster).
step-follow-up-what-happens-4 = Le visite di controllo sono regolari e continuano per anni. I programmi variano: in uno studio statunitense, le visite sono ogni 6 mesi per 6 anni.
step-follow-up-what-happens-5 = Chi viene trattato fuori dal proprio servizio sanitario nazionale deve assicurarsi che l’assistenza successiva sia organizzata nel proprio Paese.
step-follow-up-why-1 = Dopo il trattamento, buoni controlli e cure di supporto sono essenziali per ridurre i rischi.
step-follow-up-why-2 = Si raccomanda la riabilitazione con terapisti dell’ospedale e del territorio. Serve ad aiutarla a recuperare le capacità di tutti i giorni e la qualità di vita.
step-follow-up-timing-1 = Il recupero richiede più tempo del trattamento stesso. Continua per molti mesi, e per alcune persone un anno o più.
step-follow-up-timing-2 = In un piccolo studio su 18 persone, la qualità di vita è migliorata entro 3 mesi. La stanchezza (fatica) ha richiesto 12 mesi per migliorare.
step-follow-up-may-notice-4 = In uno studio su 43 donne, le mestruazioni sono tornate in 30 di loro, in media dopo 6,8 mesi. Nelle altre 13 donne, le mestruazioni non sono tornate.
step-follow-up-may-notice-5 = Le mestruazioni avevano meno probabilità di tornare nelle donne più avanti con l’età. Avevano meno probabilità di tornare anche nelle donne che avevano già fatto un trattamento con [[ciclofosfamide|cyclophosphamide]], prima dell’aHSCT.
step-follow-up-scene-text = Le sue cellule staminali producono nuove cellule del sangue e del sistema immunitario, che ripopolano il suo corpo nell’arco di molti mesi.
step-follow-up-immune-text = Sono comparsi nuovi globuli bianchi. Il sistema immunitario nel suo insieme si ricostruisce gradualmente, nell’arco di molti mesi.
