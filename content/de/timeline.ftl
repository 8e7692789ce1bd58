### Der Ablauf: jeder Schritt der Behandlung
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

## Step: assessment
step-assessment-title = Überweisung und Abklärung
# The step in one sentence, for the short version of the page.
step-assessment-in-short = Ein spezialisiertes Team beurteilt Sie, bevor etwas anderes geschieht.
step-assessment-medical-name = Abklärung
step-assessment-what-happens-1 = Meist überweist Sie eine Neurologin oder ein Neurologe an ein spezialisiertes Behandlungszentrum. Dort beurteilt Sie das Fachteam, bevor etwas anderes geschieht.
step-assessment-what-happens-2 = Eine 2020 veröffentlichte europäische Leitlinie empfiehlt, dass MS-Fachleute aus der Neurologie und Transplantationsfachleute aus der Hämatologie Sie gemeinsam betreuen. Die Hämatologie ist das medizinische Fachgebiet für das Blut. Laut der Leitlinie soll das in akkreditierten Transplantationszentren geschehen.
step-assessment-what-happens-3 = Zwei weitere Fachartikel, von 2017 und von etwa 2019, sagen dasselbe.
step-assessment-what-happens-4 = Vielleicht bekommen Sie Blutuntersuchungen, Untersuchungen von Herz und Lunge und bildgebende Untersuchungen wie ein MRT. Welche Untersuchungen genau, ist von Zentrum zu Zentrum verschieden.
step-assessment-why-1 = Fachleute für MS und für Transplantation prüfen, ob die aHSZT für Sie infrage kommen könnte.
step-assessment-why-2 = Bevor Sie zustimmen, sollte Ihr Team Ihnen ernste Langzeitfolgen erklären. Die Behandlung kann Probleme mit der Fruchtbarkeit verursachen, die dauerhaft sein können. Deshalb wird vorher eine Beratung zur Fruchtbarkeit empfohlen.
step-assessment-why-3 = Zu den Möglichkeiten, die Fruchtbarkeit zu schützen, gehören das Einfrieren von Eizellen, Embryonen oder Eierstockgewebe und das Einlagern von Spermien.
step-assessment-why-4 = 2020 veröffentlichte Leitlinien zur Rehabilitation empfehlen Physiotherapie vor der Behandlung und auch danach.
step-assessment-timing-1 = Wie lange das dauert, ist unterschiedlich. In einer großen US-Studie (BEAT-MS) können die Termine zur Voruntersuchung bis zu 3 Monate dauern.
step-assessment-may-notice-1 = In einem NHS-Zentrum hat jede Person die ganze Zeit über eine feste Fachpflegekraft als Hauptansprechperson. Auch eine Apothekerin oder ein Apotheker und eine Ernährungsfachkraft (Diätassistenz) sind beteiligt.
step-assessment-scene-text = Ihre Stammzellen sind wie üblich in Ihrem Knochenmark.
step-assessment-immune-text = Vor der Behandlung sind Ihre weißen Blutkörperchen auf ihrem üblichen Stand.

## Step: mobilisation
step-mobilisation-title = Stammzellen ins Blut bringen
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Medikamente treiben Stammzellen aus dem Knochenmark in den Blutkreislauf.
step-mobilisation-medical-name = [[Mobilisierung|mobilisation]]
step-mobilisation-what-happens-1 = Medikamente treiben Stammzellen aus dem Knochenmark in den Blutkreislauf.
step-mobilisation-what-happens-2 = Viele Behandlungspläne kombinieren eine einzelne Dosis eines Chemotherapie-Medikaments, [[Cyclophosphamid|cyclophosphamide]], mit täglichen Spritzen von [[G-CSF|g-csf]]. Manche nutzen nur G-CSF, zusammen mit einem Steroid.
step-mobilisation-what-happens-3 = G-CSF ist eine künstlich hergestellte Kopie eines natürlichen Wachstumsfaktors, also eines Stoffes, den der Körper bildet. G-CSF regt die Bildung weißer Blutkörperchen an und hilft, Stammzellen ins Blut abzugeben.
step-mobilisation-why-1 = Normalerweise sind nur sehr wenige Stammzellen im Blut unterwegs. Durch diesen Schritt gelangen genug davon ins Blut, um sie zu sammeln.
step-mobilisation-why-2 = Laut einer US-amerikanischen MS-Organisation hilft die Chemotherapie in diesem Schritt auch, [[Schübe|relapse]] in dieser Phase weniger wahrscheinlich zu machen.
step-mobilisation-timing-1 = Laut der MS Society (UK) erfolgt die Sammlung ungefähr 10 Tage nach dem Beginn dieses Schritts.
step-mobilisation-timing-2 = Laut der US-amerikanischen National MS Society dauern dieser Schritt, die Sammlung und das Einfrieren zusammen 5 bis 15 Tage.
step-mobilisation-may-notice-1 = Ihre MS-Symptome können sich in diesem Schritt eine Zeit lang verschlechtern.
step-mobilisation-may-notice-2 = G-CSF-Spritzen können bei manchen Menschen Knochenschmerzen verursachen.
step-mobilisation-may-notice-3 = Der Erfahrungsbericht einer Patientin oder eines Patienten beschreibt, dass die weißen Blutkörperchen nach Cyclophosphamid eine Zeit lang sanken, mit einem Risiko für Fieber und Infektionen. Die Person hatte zwei Tage danach sehr wenige weiße Blutkörperchen und Fieber.
step-mobilisation-may-notice-4 = In einer Studie mit 39 Menschen hatten 8 in diesem Schritt Nebenwirkungen. Das waren Fieber ohne bekannte Ursache (3 Menschen), Durchfall (3), Kopfschmerzen (1) und eine Infektion im Blut (1). Niemand ist gestorben.
step-mobilisation-scene-text = Medikamente bringen Stammzellen aus Ihrem Knochenmark in Ihr Blut, damit genug gesammelt werden können.
step-mobilisation-immune-text = Wenn in diesem Schritt eine Chemotherapie eingesetzt wird, können die weißen Blutkörperchen eine Zeit lang etwas sinken.

## Step: collection
step-collection-title = Ihre Stammzellen sammeln
# The step in one sentence, for the short version of the page.
step-collection-in-short = Ein Gerät behält die Stammzellen aus Ihrem Blut und gibt Ihnen den Rest zurück.
step-collection-medical-name = [[Apherese|apheresis]] oder Stammzellentnahme
step-collection-what-happens-1 = Ihr Blut fließt aus einer Vene durch ein Gerät. Das Gerät behält die Stammzellen und gibt Ihnen das übrige Blut zurück.
step-collection-what-happens-2 = Das Blut fließt durch eine Nadel in Ihrem Arm oder durch einen Schlauch in einer Vene. Dieser Schlauch heißt zentraler Venenkatheter oder PICC-Katheter. Er kann auch später genutzt werden, um Ihnen Ihre Stammzellen zurückzugeben.
step-collection-what-happens-3 = Das Team will eine Mindestzahl an Stammzellen sammeln. Das Team zählt sie mit einem Labormarker namens [[CD34+|cd34]].
step-collection-why-1 = Das sind die Stammzellen, die Sie nach der Chemotherapie zurückbekommen.
step-collection-timing-1 = Laut der MS Society (UK) erfolgt die Sammlung ungefähr 10 Tage nach dem Beginn der [[Mobilisierung|mobilisation]]. Sie erfolgt, sobald Bluttests genug Stammzellen im Blut zeigen.
step-collection-timing-2 = Eine Sitzung dauert mehrere Stunden. Oft reicht eine Sitzung. In einer Studie brauchten 30 von 39 Menschen eine, die übrigen zwei bis vier.
step-collection-may-notice-1 = Ein allgemeines Transplantationszentrum sagt, dass die Sammlung meist schmerzfrei ist.
step-collection-may-notice-2 = Das Zentrum sagt außerdem, dass das Gerät ein blutverdünnendes Medikament nutzt, damit das Blut darin nicht gerinnt. Das Medikament kann Kribbeln, Taubheitsgefühl, Frösteln oder Benommenheit auslösen, was das Personal behandeln kann.
step-collection-scene-text = Ein Gerät sammelt Stammzellen aus Ihrem Blut, damit sie gelagert werden können.
step-collection-immune-text = Das Bild zeigt noch keine große Veränderung: Die eigentliche Chemotherapie hat noch nicht begonnen.

## Step: storage
step-storage-title = Die Zellen einfrieren und lagern
# The step in one sentence, for the short version of the page.
step-storage-in-short = Ihre gesammelten Stammzellen werden in einem Labor eingefroren und gelagert, bis sie gebraucht werden.
step-storage-medical-name = [[Kryokonservierung|cryopreservation]]
step-storage-what-happens-1 = Ihre gesammelten Stammzellen werden in einem Labor eingefroren. Dort werden sie gelagert, bis sie gebraucht werden.
step-storage-what-happens-2 = Das Einfrieren von Stammzellen ist Routine. Zellen, die lange eingefroren gelagert wurden, können das Blutsystem trotzdem wieder aufbauen.
step-storage-what-happens-3 = Ein großes privates Zentrum friert die Zellen nicht ein. Es gibt sie frisch zurück.
step-storage-why-1 = Durch die Lagerung bleiben die Zellen für später bereit, während die Chemotherapie Ihre Immunzellen verringert.
step-storage-timing-1 = Die Pause bis zum nächsten Schritt ist von Zentrum zu Zentrum verschieden. In einer US-Studie (HALT-MS) begann der nächste Schritt mindestens 7 Tage nach der letzten Spritze mit [[G-CSF|g-csf]].
step-storage-timing-2 = Ihr Team wird Ihnen seinen eigenen Zeitplan nennen.
step-storage-may-notice-1 = Dieser Schritt findet im Labor statt, nicht in Ihrem Körper.
step-storage-scene-text = Die gesammelten Stammzellen werden im Labor eingefroren und gelagert.
step-storage-immune-text = Das Bild zeigt noch keine große Veränderung: Die eigentliche Chemotherapie hat noch nicht begonnen.

## Step: conditioning
step-conditioning-title = Chemotherapie zum Neustart des Immunsystems
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = Sie bekommen eine hochdosierte Chemotherapie über einen Tropf, meist im Krankenhaus.
step-conditioning-medical-name = [[Konditionierung|conditioning]]
step-conditioning-what-happens-1 = Meist werden Sie im Krankenhaus aufgenommen. Sie bekommen eine hochdosierte Chemotherapie über einen Tropf (Infusion). Manche Pläne ergänzen die Chemotherapie um ein Antikörper-Medikament wie [[ATG|atg]], das einige Immunzellen entfernt.
step-conditioning-what-happens-2 = Das entfernt Ihr bestehendes Immunsystem ganz oder zu einem großen Teil, auch die Zellen, die vermutlich die MS antreiben.
step-conditioning-what-happens-3 = Intensivere Behandlungen entfernen das Knochenmark und das Immunsystem vollständig ([[myeloablativ|myeloablative]]). Weniger intensive Behandlungen tun das nur teilweise (nicht myeloablativ).
step-conditioning-what-happens-4 = Eine häufige Kombination ist [[Cyclophosphamid|cyclophosphamide]] mit ATG. Manche Zentren nutzen eine intensivere Kombination namens [[BEAM|beam]].
step-conditioning-why-1 = Dieser Schritt leistet die Hauptarbeit beim Neustart des Immunsystems.
step-conditioning-timing-1 = Der Tropf wird über mehrere Tage gegeben. In einer US-Studie (HALT-MS) dauerte das etwa 6 Tage.
step-conditioning-timing-2 = Laut der US-amerikanischen National MS Society bedeuten dieser und die nächsten beiden Schritte etwa 3 Wochen im Krankenhaus.
step-conditioning-may-notice-1 = Die Chemotherapie hat häufige Nebenwirkungen. Dazu gehören Übelkeit oder Erbrechen, Blutungen oder blaue Flecken, Müdigkeit, Appetitverlust und Haarausfall.
step-conditioning-may-notice-2 = Sie bekommen Medikamente gegen Übelkeit.
step-conditioning-may-notice-3 = In der allgemeinen Transplantationsversorgung klingen die meisten Nebenwirkungen innerhalb von Wochen ab. Die Haare wachsen meist innerhalb weniger Monate nach.
step-conditioning-scene-text = Die gesammelten Stammzellen bleiben eingefroren. Die Chemotherapie verringert Ihre Immunzellen und Ihr Knochenmark, teilweise oder ganz.
step-conditioning-immune-text = Die Chemotherapie entfernt das Immunsystem ganz oder zu einem großen Teil, deshalb fällt der Wert stark ab.

## Step: reinfusion
step-reinfusion-title = Ihre Stammzellen zurückbekommen
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Ihre gelagerten Stammzellen werden aufgetaut und Ihnen über eine Vene zurückgegeben.
step-reinfusion-medical-name = Reinfusion oder [[Tag 0|day-0]]
step-reinfusion-what-happens-1 = Ihre gelagerten Stammzellen werden aufgetaut. Sie bekommen sie über eine Vene zurück, ähnlich wie bei einer Bluttransfusion.
step-reinfusion-what-happens-2 = Transplantationsteams nennen diesen Tag Tag 0. Die Tage davor zählt man als Minustage, die Tage danach als Plustage.
step-reinfusion-why-1 = Die zurückgegebenen Stammzellen bauen Ihre Blutbildung wieder auf. So helfen sie Ihnen, sich nach der Chemotherapie zu erholen.
step-reinfusion-why-2 = Geschädigte Nerven reparieren sie nicht.
step-reinfusion-timing-1 = Das ist meist ein oder zwei Tage nach dem Ende der Chemotherapie, wenn die Medikamente Ihren Körper verlassen haben.
step-reinfusion-may-notice-1 = Meist bleiben Sie im Krankenhaus. Nach der Chemotherapie haben Sie sehr wenige weiße Blutkörperchen. Deshalb achtet das Team genau auf Anzeichen einer Infektion.
step-reinfusion-scene-text = Ihre Stammzellen werden aufgetaut und in Ihr Blut zurückgegeben.
step-reinfusion-immune-text = Um diesen Schritt herum und danach sind Ihre weißen Blutkörperchen am niedrigsten, bis neue Zellen erscheinen.

## Step: hospital-recovery
step-hospital-recovery-title = Erholung im Krankenhaus
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = Die Zahl Ihrer weißen Blutkörperchen sinkt sehr stark und das Infektionsrisiko ist hoch, bis neue weiße Blutkörperchen erscheinen.
step-hospital-recovery-medical-name = [[Anwachsen|engraftment]] (Engraftment)
step-hospital-recovery-what-happens-1 = Nach der Chemotherapie sinkt die Zahl Ihrer weißen Blutkörperchen sehr stark, auch die der Neutrophilen, der weißen Blutkörperchen, die Infektionen bekämpfen. Eine sehr niedrige Zahl an Neutrophilen heißt [[Neutropenie|neutropenia]]. Das Infektionsrisiko ist dann hoch.
step-hospital-recovery-what-happens-2 = Zur Versorgung gehören Maßnahmen gegen Infektionen, Antibiotika, Transfusionen, falls nötig, und häufige Blutuntersuchungen.
step-hospital-recovery-what-happens-3 = Anwachsen bedeutet: Die zurückgegebenen Stammzellen siedeln sich im Knochenmark an, und neue weiße Blutkörperchen erscheinen.
step-hospital-recovery-why-1 = Bis neue Zellen wachsen, ist Ihr Immunsystem sehr schwach. Die Versorgung hilft, Sie vor Infektionen zu schützen, während es sich zu erholen beginnt.
step-hospital-recovery-timing-1 = In der allgemeinen Transplantationsversorgung dauert das Anwachsen einige Tage bis wenige Wochen.
step-hospital-recovery-timing-2 = Laut der US-amerikanischen National MS Society dauert der Krankenhausaufenthalt etwa 3 Wochen. Das ist von Zentrum zu Zentrum verschieden.
step-hospital-recovery-timing-3 = Ein privates Zentrum behandelte die meisten Menschen ambulant, ohne Krankenhausaufenthalt. Nur 32 der 617 behandelten Menschen mussten stationär aufgenommen werden. Der Ansatz dieses Zentrums ist ungewöhnlich. Deshalb lassen sich seine Ergebnisse vielleicht nicht auf andere Zentren übertragen.
step-hospital-recovery-may-notice-1 = Fieber, während die Zahl der weißen Blutkörperchen niedrig ist (febrile Neutropenie), muss dringend behandelt werden. In einer schwedischen Studie zur Routineversorgung hatten es 68 % der Menschen, also etwa 7 von 10.
step-hospital-recovery-may-notice-2 = Vielleicht fühlen Sie sich eine Zeit lang schwach. Diese allgemeine Schwäche (Dekonditionierung) kann alltägliche Aufgaben eine Zeit lang schwerer machen.
step-hospital-recovery-scene-text = Ihre Stammzellen siedeln sich in Ihrem Knochenmark an und beginnen, neue Blutzellen zu bilden.
step-hospital-recovery-immune-text = Die Zahl Ihrer weißen Blutkörperchen bleibt sehr niedrig, bis neue erscheinen. Dann beginnt der Wert zu steigen.

## Step: follow-up
step-follow-up-title = Die Monate danach und die Nachsorge
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Ihr Immunsystem baut sich über Monate allmählich wieder auf, und Ihr Infektionsrisiko bleibt noch lange erhöht.
step-follow-up-medical-name = [[Immunrekonstitution|immune-reconstitution]]
step-follow-up-what-happens-1 = Ihr Immunsystem baut sich über Monate allmählich wieder auf. Ihr Infektionsrisiko bleibt noch lange erhöht.
step-follow-up-what-happens-2 = Nach dieser Behandlung lässt der Schutz durch Ihre Impfungen aus der Kindheit nach. Deshalb folgen Transplantationszentren einem Plan, um Sie erneut zu impfen.
step-follow-up-what-happens-3 = Bei den Kontrollen wird auf [[neue Autoimmunerkrankungen|secondary-autoimmunity]] geachtet, besonders auf solche der Schilddrüse. Bei diesen Erkrankungen greift das Immunsystem einen Teil des Körpers an. Bei den Kontrollen wird auch auf Gürtelrose geachtet.
step-follow-up-what-happens-4 = Die Nachsorgetermine sind regelmäßig und gehen über Jahre. Die Zeitpläne sind verschieden: In einer US-Studie gibt es 6 Jahre lang alle 6 Monate einen Termin.
step-follow-up-what-happens-5 = Wer außerhalb des eigenen nationalen Gesundheitssystems behandelt wird, muss dafür sorgen, dass die Nachsorge im Heimatland organisiert ist.
step-follow-up-why-1 = Eine gute Nachsorge und unterstützende Versorgung nach der Behandlung sind unerlässlich, um Risiken zu verringern.
step-follow-up-why-2 = Empfohlen wird Rehabilitation durch Therapeutinnen und Therapeuten im Krankenhaus und wohnortnah. Das soll helfen, dass sich Ihre Alltagsfähigkeiten und Ihre Lebensqualität erholen.
step-follow-up-timing-1 = Die Erholung dauert länger als die Behandlung selbst. Viele Monate geht sie weiter, bei manchen Menschen ein Jahr oder länger.
step-follow-up-timing-2 = In einer kleinen Studie mit 18 Menschen hatte sich die Lebensqualität nach 3 Monaten verbessert. Bei der Müdigkeit (Fatigue) dauerte es 12 Monate, bis sie sich besserte.
step-follow-up-may-notice-4 = In einer Studie mit 43 Frauen kam bei 30 von ihnen die Periode zurück, im Durchschnitt nach 6,8 Monaten. Bei den anderen 13 Frauen kam die Periode nicht zurück.
step-follow-up-may-notice-5 = Bei älteren Frauen war es weniger wahrscheinlich, dass die Periode zurückkam. Das galt auch für Frauen, die vor der aHSZT schon einmal mit [[Cyclophosphamid|cyclophosphamide]] behandelt worden waren.
step-follow-up-scene-text = Ihre Stammzellen bilden neue Blut- und Immunzellen, die Ihren Körper über viele Monate wieder auffüllen.
step-follow-up-immune-text = Neue weiße Blutkörperchen sind erschienen. Ihr Immunsystem als Ganzes baut sich über viele Monate allmählich wieder auf.
