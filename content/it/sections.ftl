### Le sezioni della pagina, in ordine di lettura
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.

## Section: notice
notice-heading = Queste informazioni sono un parere medico?
notice-in-short = No. Sono solo informazioni generali.
notice-para-1 = Queste informazioni non vanno usate come base per proporre un trattamento a una persona in particolare. Non sostituiscono una visita, una telefonata o un consulto con un medico o con un altro professionista sanitario qualificato. Non sostituiscono nemmeno il parere di questi professionisti.
notice-para-2 = Per un parere sul suo trattamento, parli con il suo neurologo o con l’équipe del suo centro SM.

## Section: what-is-ahsct
what-is-ahsct-heading = Che cos’è l’aHSCT?
what-is-ahsct-in-short = Il trapianto autologo di [[cellule staminali ematopoietiche|haematopoietic-stem-cells]] (aHSCT) è un altro tipo di trattamento per la sclerosi multipla (SM). La chemioterapia riduce gran parte del suo sistema immunitario. Poi le vengono restituite le sue stesse cellule staminali, conservate in precedenza, per ricostruirlo.
what-is-ahsct-para-1 = Autologo significa che vengono usate le sue stesse cellule. Non si usano cellule di un donatore. Nella SM di solito non si usano cellule di donatori.
what-is-ahsct-para-2 = Nell’aHSCT, le cellule staminali del suo midollo osseo vengono raccolte e conservate. Più tardi, i farmaci chemioterapici riducono gran parte delle sue altre cellule immunitarie.
what-is-ahsct-para-3 = Oggi, nella maggior parte dei centri, la raccolta avviene in due tempi. Prima alcuni farmaci spostano le cellule staminali dal midollo osseo al sangue. Poi le cellule staminali vengono raccolte dal sangue.
what-is-ahsct-para-4 = Dopo la chemioterapia, le cellule staminali conservate vengono rimesse nel suo corpo. Con il tempo producono nuove cellule. Queste ripopolano il suo corpo con tutti i tipi di cellule del sangue, comprese le cellule immunitarie.
what-is-ahsct-para-5 = È la chemioterapia a fare il lavoro principale per resettare il sistema immunitario. Le cellule staminali restituite aiutano il sangue e il sistema immunitario a riprendersi più in fretta e in modo più sicuro.

## Section: aims
aims-heading = Che cosa può fare l’aHSCT, e che cosa non può fare?
aims-in-short = L’aHSCT cerca di resettare il sistema immunitario, per fermare l’infiammazione che contribuisce alla SM attiva. Non può riparare i nervi già danneggiati.
aims-para-1 = La SM recidivante ha delle [[ricadute|relapse]], ciascuna seguita da un certo recupero. La SM progressiva peggiora in modo costante nel tempo, fin dall’inizio oppure dopo una prima fase recidivante.

## Section: suitability
suitability-heading = Per chi potrebbe essere adatto l’aHSCT?
suitability-in-short = La SM è una malattia molto varia. Per questo, questo trattamento non è adatto a tutte le persone, né a tutti i tipi di SM. Il suo neurologo o l’équipe del suo centro SM possono parlare con lei per capire se potrebbe essere un’opzione.
suitability-para-1 = Una società americana dei trapianti ha pubblicato una linea guida nel 2019. Raccomanda l’aHSCT nella SM recidivante con segni che fanno prevedere una disabilità futura. Indica in particolare [[ricadute|relapse]] o attività alla risonanza magnetica che continuano nonostante le [[DMT|dmt]] più efficaci (ad alta efficacia). Le DMT (terapie modificanti la malattia) sono farmaci da prendere a lungo per ridurre le ricadute e rallentare l’attività della SM.
suitability-para-2 = Una linea guida europea è stata pubblicata nel 2020. Dice che le prove stanno aumentando per la [[SM recidivante-remittente|ms-types]] molto attiva che le DMT non hanno tenuto sotto controllo. Dice anche che l’aHSCT potrebbe avere un ruolo nella SM progressiva con un’infiammazione importante.
suitability-para-3 = Nel Regno Unito, l’associazione MS Society dice che devono esserci segni di infiammazione attiva. Tra questi ci sono nuove aree di infiammazione viste con la risonanza magnetica. Dice che le prove migliori riguardano le persone con SM recidivante che:
suitability-para-4 = hanno meno di 45 anni
suitability-para-5 = hanno la SM da meno di 10 anni
suitability-para-6 = hanno un punteggio di disabilità di 5,5 o meno
suitability-para-7 = Quel punteggio viene dalla scala [[EDSS|edss]] (Expanded Disability Status Scale, cioè scala espansa dello stato di disabilità). È la scala da 0 a 10 che i medici usano per misurare la disabilità nella SM: un punteggio più alto indica più disabilità. L’équipe del suo centro SM può dirle il suo punteggio.
suitability-para-8 = Secondo l’associazione MS Australia, le prove internazionali suggeriscono che le persone con SM progressiva ne traggano meno beneficio. Suggeriscono anche che corrano un rischio maggiore di problemi gravi. L’associazione dice che è improbabile che l’aHSCT venga raccomandato per la SM secondariamente progressiva o primariamente progressiva.
suitability-para-9 = Le persone con SM progressiva senza infiammazione attiva raramente migliorano dopo l’aHSCT. Nei primi studi su trattamenti intensivi, le persone con SM secondariamente progressiva non sono migliorate, e la loro SM ha continuato a peggiorare.
suitability-para-10 = Nel Regno Unito, le persone con SM progressiva in fase iniziale possono essere prese in considerazione se mostrano ancora un’infiammazione attiva.
suitability-para-11 = I criteri variano un po’ da un centro all’altro, e cambiano nel tempo. Il suo neurologo o l’équipe del suo centro SM sono le persone giuste a cui chiedere se potrebbe essere adatto a lei.

## Section: risks
risks-heading = Quali sono i rischi e gli effetti collaterali?
risks-in-short = È importante sapere che l’aHSCT è un trattamento intensivo con rischi importanti. Per alcune persone questi rischi mettono in pericolo la vita. Negli studi dal 1995 al 2016, circa 2 persone su 100 sono morte a causa del trattamento. L’infezione è uno dei rischi principali.
risks-para-1 = Rispetto ad altri trattamenti per la SM che agiscono sul sistema immunitario, l’aHSCT ha rischi maggiori a breve termine.
risks-para-2 = La chemioterapia stessa ha diversi effetti collaterali noti. Tra questi ci sono una maggiore facilità a sanguinare o ad avere lividi, stanchezza, perdita dell’appetito e caduta dei capelli.
risks-para-3 = I rischi durante il trattamento e poco dopo comprendono:
risks-para-4 = livelli molto bassi di cellule del sangue
risks-para-5 = infezioni, che possono essere gravi
risks-para-6 = danni agli organi
risks-para-7 = debolezza fisica generale (decondizionamento)
risks-para-8 = Il rischio di infezione resta più alto per molto tempo dopo il trattamento, non solo durante. In uno studio svedese pubblicato nel 2024, il 68% delle persone ha avuto la febbre mentre i globuli bianchi erano bassi. Sono circa 7 persone su 10.
risks-para-10 = I rischi a lungo termine comprendono una probabilità più alta di cancro, [[nuove malattie autoimmuni|secondary-autoimmunity]] come problemi alla tiroide, menopausa precoce e problemi di fertilità. La perdita della fertilità può essere permanente. In uno studio, le mestruazioni non sono tornate in 13 donne su 43 (circa 3 su 10).
risks-para-11 = Uno studio europeo ha esaminato persone trattate dal 1995 al 2009 per malattie autoimmuni, non solo per la SM. Entro 5 anni, circa 1 persona su 10 aveva una nuova malattia autoimmune (9,8%). La più frequente era l’infiammazione della tiroide.
risks-para-12 = In un centro degli Stati Uniti, 16 persone con SM trattate dal 2003 al 2019 hanno sviluppato una tiroide che lavora troppo poco (3,5%). Altre 15 (3,3%) hanno sviluppato una tiroide che lavora troppo. Sono circa 1 persona su 30 per ciascun problema.
risks-para-13 = Uno studio svedese è stato pubblicato nel 2014. In quello studio, gli effetti collaterali a lungo termine più frequenti erano il fuoco di Sant’Antonio (herpes zoster) e le malattie della tiroide. Il fuoco di Sant’Antonio ha colpito il 15% delle persone, circa 1 su 7.
risks-para-14 = Alcune persone sono morte a causa del trattamento. Negli studi pubblicati dal 1995 al 2016, circa 2 persone ogni 100 sono morte a causa del trattamento (2,1%).
risks-para-15 = I tassi di mortalità erano più alti negli studi più vecchi. Erano più alti anche negli studi su persone con più disabilità, o con meno persone con [[SM recidivante-remittente|ms-types]].
risks-para-16 = I tassi di mortalità sono diminuiti nel tempo. Nei centri con esperienza che usano gli approcci di oggi, i tassi di mortalità riportati sono molto più bassi. Ma il rischio non è pari a zero.
risks-para-21 = Per esempio, nessuna delle 55 persone che hanno fatto l’aHSCT in uno studio chiamato MIST (dal 2005 al 2016) è morta. Nessuno è morto in uno studio svedese su 48 persone, pubblicato nel 2014. In un centro degli Stati Uniti, 1 persona su 507 trattate dal 2003 al 2019 è morta a causa del trattamento.
risks-para-17 = L’esperienza del centro conta. Un registro europeo (un archivio dei trapianti per malattie autoimmuni) ha coperto gli anni dal 1994 al 2015. Ha collegato risultati migliori all’esperienza del centro e all’accreditamento da parte di [[JACIE|jacie]].
risks-para-18 = JACIE è un ente che ispeziona i centri trapianti secondo standard di qualità e sicurezza.
risks-para-19 = Uno studio del Nord e del Sud America ha riguardato i trapianti per malattie autoimmuni, non solo per la SM, dal 1996 al 2009. I centri che avevano fatto pochi trapianti per malattie autoimmuni avevano un rischio di morte più alto.
risks-para-20 = Nei centri che ne avevano fatti meno di 5, il rischio era 3,5 volte quello dei centri che ne avevano fatti più di 15. Nei centri che ne avevano fatti da 5 a 15, era 4,2 volte.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = Quando chiamare la sua équipe
call-team-para-1 = Dopo il rientro a casa, se ha la febbre chiami subito l’équipe trapianti o un medico della sua zona. Un centro trapianti indica: chiami se la temperatura è di 38,0 °C (100,5 °F) o più, anche se si sente bene. Usi il numero che le ha dato la sua équipe.
call-team-para-2 = Quel centro elenca altri segni di infezione: una tosse nuova, fiato corto, sudorazione, brividi, mal di gola, diarrea ed eruzioni sulla pelle. Elenca anche piaghe in bocca, dolore o bruciore quando urina, e arrossamento, gonfiore o secrezioni intorno a un catetere venoso centrale. Chiami anche per questi segni. Segua le istruzioni della sua équipe e la temperatura che le ha indicato, se sono diverse da quelle di quel centro.

## Section: timeline
timeline-heading = Che cosa succede durante l’aHSCT, fase per fase?
timeline-in-short = Le fasi del trattamento di solito durano da diverse settimane a qualche mese. Il recupero continua per molti mesi dopo, e per alcune persone un anno o più.
timeline-para-1 = L’aHSCT è un trattamento che si fa una sola volta. È composto da diverse fasi, distribuite nell’arco di diverse settimane.
timeline-para-2 = Non esiste un unico piano standard. I farmaci, i tempi e i ricoveri variano da un centro all’altro. La sua équipe le spiegherà il proprio programma.

## Section: stem-cells
stem-cells-heading = Che cosa sono le cellule staminali che producono il sangue?
stem-cells-in-short = Sono cellule del suo midollo osseo che possono produrre ogni tipo di cellula del sangue, comprese le cellule immunitarie.
stem-cells-para-1 = Le cellule staminali che producono il sangue si chiamano anche cellule staminali [[ematopoietiche|haematopoietic-stem-cells]]. In italiano si trova anche la forma «emopoietiche». In inglese si scrive haematopoietic, e negli Stati Uniti hematopoietic.
stem-cells-para-2 = Sono un tipo di cellula staminale adulta prodotta nel midollo osseo. Il midollo osseo è il tessuto spugnoso che si trova all’interno di alcune ossa.
stem-cells-para-3 = Queste cellule staminali possono produrre le diverse cellule presenti nel sangue. Tra queste ci sono i globuli rossi, le piastrine e le cellule immunitarie, chiamate anche globuli bianchi.
stem-cells-para-4 = La maggior parte di queste cellule staminali resta nel midollo osseo. Pochissime circolano nel sangue.
stem-cells-para-5 = Questa pagina spiega un trattamento per la SM che usa queste cellule staminali. Si chiama trapianto [[autologo|autologous]] di cellule staminali ematopoietiche (aHSCT).

## Section: why
why-heading = Perché i ricercatori studiano le cellule staminali per la SM?
why-in-short = Servono ancora trattamenti più efficaci per la sclerosi multipla (SM). Le terapie con cellule staminali vengono studiate come un modo possibile per rispondere a questo bisogno.
why-para-1 = Le cellule staminali hanno proprietà uniche. Per questo sono candidate promettenti per trattamenti che possono rallentare l’attività della SM.
why-para-2 = Per attività della malattia si intendono i segni che la SM è attiva. Alcuni esempi sono le [[ricadute|relapse]], il peggioramento della disabilità e nuove infiammazioni viste con la risonanza magnetica. Una ricaduta è un attacco di sintomi nuovi o che peggiorano, seguito da un recupero completo o parziale.

## Section: availability
availability-heading = Dove si può fare l’aHSCT?
availability-in-short = Dipende dal Paese, e a volte dalla zona del Paese in cui vive.
availability-para-1 = In alcuni Paesi l’aHSCT è considerato un trattamento per la SM molto attiva. Le condizioni per riceverlo possono essere diverse da un Paese all’altro, o anche all’interno dello stesso Paese.
availability-para-2 = Anche dove l’aHSCT è approvato, potrebbe non essere disponibile. Questo può succedere perché mancano competenze specialistiche o risorse sufficienti.
availability-para-3 = Nel 2019, un registro europeo (un archivio dei trapianti) ha registrato più di 1.400 trattamenti con aHSCT per la SM. La maggior parte è stata fatta nel Regno Unito, in Italia, in Svezia e in Polonia.
availability-para-4 = Secondo uno studio svedese pubblicato nel 2024, la maggior parte dei Paesi non aveva ancora inserito l’aHSCT nelle proprie linee guida nazionali sulla SM. Secondo lo stesso studio, la Svezia usa l’aHSCT nelle cure di routine.
availability-para-5 = A febbraio 2019, le regole del servizio sanitario pubblico inglese (NHS England) permettevano l’aHSCT come opzione per alcune persone con SM. I criteri usati dai medici lo limitano a un piccolo gruppo con SM molto attiva nonostante almeno una [[DMT|dmt]] approvata. Lo permettono anche per la SM «maligna», che è molto rara.
availability-para-6 = La MS Society (Regno Unito) dice che i centri del Regno Unito devono essere accreditati da [[JACIE|jacie]]. JACIE ispeziona i centri trapianti secondo standard di qualità e sicurezza.
availability-para-7 = Alcuni resoconti dal 2017 al 2020 descrivono persone che vanno all’estero in cliniche private, per esempio in Messico o in Russia. Prima di rivolgersi a una clinica privata o all’estero, la MS Society (Regno Unito) consiglia di verificare:
availability-para-8 = che cosa viene offerto esattamente
availability-para-9 = se la clinica rispetta gli standard internazionali, come JACIE
availability-para-10 = quanta esperienza ha con la SM
availability-para-11 = quale assistenza offre dopo il trattamento (follow-up)
availability-para-12 = che cosa comprende il prezzo, perché viaggio e alloggio potrebbero non essere inclusi
availability-para-13 = La MS Society incoraggia vivamente a parlare prima con un neurologo.

## Section: evidence
evidence-heading = Che cosa hanno mostrato finora gli studi?
evidence-in-short = Negli studi fatti finora, molte persone non hanno avuto nuovi segni di attività della SM per anni dopo l’aHSCT. I risultati variano da uno studio all’altro, e sono stati migliori nella SM recidivante.
evidence-para-1 = Questi sono i risultati principali riportati dalle fonti. Gli studi sono diversi per le persone coinvolte, per i farmaci usati e per quanto tempo le persone sono state seguite. Per questo i loro numeri non si possono confrontare direttamente.
evidence-para-2 = Molti studi riportano la [[NEDA|neda]], sigla inglese che significa «nessuna evidenza di attività di malattia». Vuol dire nessuna [[ricaduta|relapse]], nessun peggioramento della disabilità e nessuna nuova attività alla risonanza magnetica.
evidence-para-3 = Una revisione del 2017 ha combinato 15 studi su 764 persone. A 5 anni, il 67% non aveva segni di attività della malattia, e la disabilità era peggiorata nel 23,3%.
evidence-para-4 = Una revisione del 2022 ha combinato 50 studi su 4.831 persone, molto diversi tra loro. Nel complesso, il 68% non aveva segni di attività della malattia, e il 73% non aveva avuto un peggioramento della disabilità.
evidence-para-5 = In Svezia, 174 persone con [[SM recidivante-remittente|ms-types]] sono state trattate nelle cure di routine. A 5 anni, il 73% non aveva segni di attività della malattia. A 10 anni, il 65%.
evidence-para-6 = In quello studio svedese, 149 persone avevano una certa disabilità all’inizio. Dopo il trattamento, il 54% era migliorato, il 37% era stabile e il 9% era peggiorato.
evidence-para-7 = Un centro degli Stati Uniti ha trattato 507 persone. A 4 anni, la disabilità non era peggiorata nel 95% delle persone con SM recidivante-remittente. Non era peggiorata nel 66% delle persone con SM secondariamente progressiva.
evidence-para-8 = Uno studio di registro più vecchio (basato sugli archivi dei trapianti) ha seguito 281 persone trattate dal 1995 al 2006. La maggior parte aveva la SM progressiva. A 5 anni, il 46% non aveva avuto un peggioramento della disabilità.
evidence-para-9 = Uno studio clinico canadese, pubblicato nel 2016, ha dato a 24 persone un trattamento molto intensivo. A 3 anni, il 69,6% non aveva attività della SM. Delle 24 persone, trattate dal 2001 al 2009, una è morta per complicazioni del trattamento.
evidence-para-10 = Diversi studi hanno trovato risultati migliori nella SM recidivante. Uno studio ha trovato risultati migliori anche nelle persone più giovani che avevano la SM da meno tempo.
evidence-para-11 = La revisione del 2017 ha trovato il miglior equilibrio tra benefici e rischi nella SM recidivante-remittente aggressiva (molto attiva). L’equilibrio era migliore prima che si accumulasse una disabilità elevata.
evidence-para-12 = Nel 2019 una società americana dei trapianti ha esaminato le prove. Ha rilevato che l’aHSCT può prevenire ricadute, nuova attività alla risonanza magnetica e peggioramento della disabilità nella SM recidivante attiva.

## Section: research
research-heading = Che cosa deve ancora dimostrare la ricerca?
research-in-short = Soprattutto, servono altri grandi studi randomizzati controllati (il tipo di studio più affidabile) dedicati proprio alla SM. Dovrebbero confrontare l’aHSCT con i trattamenti per la SM disponibili oggi.
research-para-1 = Un precedente studio randomizzato, chiamato MIST, ha confrontato l’aHSCT con il passaggio a un’altra [[DMT|dmt]]. Era il caso a decidere quale trattamento riceveva ciascuna persona. Lo studio ha incluso 110 persone con [[SM recidivante-remittente|ms-types]], entrate nello studio dal 2005 al 2016.
research-para-2 = Nel MIST, la disabilità è peggiorata in 3 persone dopo l’aHSCT e in 34 persone che avevano cambiato DMT. Ogni gruppo era formato da 55 persone.
research-para-3 = Metà delle persone del MIST è stata seguita per 2 anni o più, e la media è stata di 2,8 anni. Solo 23 persone sono state controllate ogni anno per 5 anni.
research-para-4 = Gli autori del MIST lo definiscono uno studio preliminare, che va ripetuto. Inoltre il MIST non ha confrontato l’aHSCT con molte delle DMT più efficaci di oggi.
research-para-5 = Studi più recenti confrontano l’aHSCT con quei farmaci. Tra questi ci sono StarMS nel Regno Unito, BEAT-MS negli Stati Uniti e RAM-MS, coordinato dalla Norvegia.

## Section: questions
questions-heading = Che cosa potrei chiedere all’équipe del mio centro SM?
questions-in-short = Ecco alcune domande che potrebbe voler fare prima di decidere, sul trattamento e sul recupero. Spunti quelle che le interessano, aggiunga le sue, poi stampi o copi la sua lista.
questions-para-1 = Il suo neurologo o l’équipe del suo centro SM conoscono la sua situazione e il programma del loro centro. Queste domande possono aiutarla a iniziare quella conversazione.

## Section: read-more
read-more-heading = Dove posso saperne di più?
read-more-in-short = Le associazioni per la SM pubblicano guide dettagliate sull’aHSCT. Anche l’équipe del suo centro SM può darle altre informazioni.

## Section: glossary
glossary-heading = Che cosa significano le parole mediche?
glossary-in-short = Ecco le parole mediche usate in questa pagina, spiegate in parole semplici. Può anche selezionare una parola nel testo per vederne il significato proprio lì.

## Section: sources
sources-heading = Da dove vengono queste informazioni?
sources-in-short = I fatti seguiti da un numero vengono dalle fonti elencate qui sotto. Una parte del resto viene dal testo generale su cui si basa questa guida, che non cita fonti. Un’altra parte riassume fatti riportati con le loro fonti in altre parti della pagina.
sources-para-1 = Lo stato degli studi e le pagine delle associazioni sono riportati come li davano le fonti, e da allora potrebbero essere cambiati. Molte affermazioni qui riportano la data indicata dalla fonte. Alcune pagine non hanno una data, quindi non possiamo dire quanto siano aggiornate.
sources-para-2 = La data di revisione qui sotto indica quando questo testo è stato confrontato l’ultima volta con i nostri appunti tratti dalle fonti. Non significa che ogni fonte sia stata ricontrollata quel giorno.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = Che cosa cerca di fare l’aHSCT
aims-can-1 = Cerca di «riformattare», cioè di resettare, il suo sistema immunitario.
aims-can-2 = Mira a fermare l’infiammazione che contribuisce alla SM recidivante attiva o alla SM progressiva attiva.
aims-can-3 = La chemioterapia elimina tutto il sistema immunitario o gran parte di esso, comprese le cellule che si pensa alimentino la SM.
aims-can-4 = Con il tempo, le cellule staminali restituite producono nuove cellule del sangue e del sistema immunitario.
aims-cannot-heading = Che cosa l’aHSCT non può fare
aims-cannot-1 = Queste cellule staminali non possono rigenerare i nervi danneggiati.
aims-cannot-2 = Non possono nemmeno riparare altre parti danneggiate del cervello e del midollo spinale.
aims-cannot-3 = Quando la disabilità migliora dopo il trattamento, il miglioramento non sempre dura.
aims-cannot-4 = Non è adatto a tutte le persone con SM, né a tutti i tipi di SM.

## The randomised trials (after the section "research")
trials-heading = Studi randomizzati più recenti
trials-where-label = Dove
trials-compared-with-label = Confrontato con
trials-status-label = Stato, secondo le ultime informazioni
trial-starms-name = StarMS
trial-starms-country = Nel Regno Unito, in 19 ospedali.
trial-starms-comparison = Le DMT più efficaci (ad alta efficacia): alemtuzumab, ocrelizumab, ofatumumab o cladribina.
trial-starms-status = Previsto per 198 persone. Secondo l’associazione MS Trust, il reclutamento si è concluso a novembre 2024 con 94 persone, e i risultati erano attesi per luglio 2027. Non sappiamo quando la pagina dell’associazione MS Trust sia stata aggiornata l’ultima volta.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = Negli Stati Uniti. La parte dello studio nel Regno Unito è registrata presso la NHS Health Research Authority, l’autorità britannica per la ricerca sanitaria.
trial-beat-ms-comparison = Il miglior trattamento disponibile: le DMT più efficaci (ad alta efficacia).
trial-beat-ms-status = Previsto per 156 persone, ciascuna seguita per 6 anni, e un elenco ne indica la fine a ottobre 2029. A marzo 2023, la scheda dello studio su ClinicalTrials.gov, un elenco pubblico di studi, diceva che il reclutamento era in corso. Una versione successiva della scheda è datata gennaio 2024, quindi la situazione potrebbe essere cambiata.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Coordinato dalla Norvegia, con partecipanti in Danimarca, Paesi Bassi, Norvegia e Svezia.
trial-ram-ms-comparison = Alemtuzumab, cladribina o ocrelizumab.
trial-ram-ms-status = Previsto per 100 persone. A giugno 2025, un elenco diceva che lo studio non reclutava più partecipanti, ma era ancora in corso. Elenchi diversi ne indicavano la fine a marzo 2026 o a marzo 2028.
