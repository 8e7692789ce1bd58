### Les étapes du traitement
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/timeline.ftl.

## Step: assessment
step-assessment-title = Orientation et bilan
# The step in one sentence, for the short version of the page.
step-assessment-in-short = Une équipe spécialisée évalue votre situation avant toute chose.
step-assessment-medical-name = bilan pré-greffe
step-assessment-what-happens-1 = En général, un neurologue vous oriente vers un centre de traitement spécialisé. Là, l’équipe spécialisée évalue votre situation avant toute chose.
step-assessment-what-happens-2 = Des recommandations européennes ont été publiées en 2020. Elles conseillent que les neurologues spécialistes de la SEP et les hématologues de greffe partagent votre prise en charge. Les hématologues sont des médecins spécialistes du sang. Selon ces recommandations, cela devrait se faire dans des centres de greffe accrédités.
step-assessment-what-happens-3 = Deux autres articles, de 2017 et d’environ 2019, disent la même chose.
step-assessment-what-happens-4 = Vous aurez peut-être des analyses de sang, des examens du cœur et des poumons, et des examens d’imagerie comme l’IRM. Les examens exacts varient d’un centre à l’autre.
step-assessment-why-1 = Des spécialistes de la SEP et de la greffe évaluent si l’aHSCT pourrait être une option pour vous.
step-assessment-why-2 = Avant que vous donniez votre accord, votre équipe devrait vous expliquer les effets graves à long terme. Le traitement peut causer des problèmes de fertilité, qui peuvent être définitifs. Des conseils sur la fertilité avant le traitement sont donc recommandés.
step-assessment-why-3 = Pour préserver la fertilité, il est possible de congeler des ovocytes, des embryons ou du tissu ovarien, et de conserver du sperme.
step-assessment-why-4 = Des recommandations sur la rééducation, publiées en 2020, conseillent de faire de la kinésithérapie avant le traitement, et aussi après.
step-assessment-timing-1 = La durée de cette étape varie. Dans un grand essai américain (BEAT-MS), les visites de présélection peuvent prendre jusqu’à 3 mois.
step-assessment-may-notice-1 = Dans un centre du NHS, chaque personne a une infirmière spécialisée attitrée comme principal contact tout au long du parcours. Un pharmacien et un diététicien interviennent aussi.
step-assessment-scene-text = Vos cellules souches sont dans votre moelle osseuse, comme d’habitude.
step-assessment-immune-text = Avant le traitement, vos globules blancs sont à leur niveau habituel.

## Step: mobilisation
step-mobilisation-title = Passage des cellules souches dans le sang
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Des médicaments poussent les cellules souches hors de la moelle osseuse, vers la circulation sanguine.
step-mobilisation-medical-name = [[mobilisation|mobilisation]]
step-mobilisation-what-happens-1 = Des médicaments poussent les cellules souches hors de la moelle osseuse, vers la circulation sanguine.
step-mobilisation-what-happens-2 = Beaucoup de protocoles associent une dose d’un médicament de chimiothérapie, le [[cyclophosphamide|cyclophosphamide]], à des injections quotidiennes de [[G-CSF|g-csf]]. Certains utilisent le G-CSF seul, avec un corticoïde.
step-mobilisation-what-happens-3 = Le G-CSF est une copie, fabriquée en laboratoire, d’un facteur de croissance naturel, c’est-à-dire d’une substance produite par le corps. Le G-CSF stimule la fabrication des globules blancs et aide à libérer les cellules souches dans le sang.
step-mobilisation-why-1 = Normalement, très peu de cellules souches circulent dans le sang. Cette étape en fait sortir assez pour pouvoir les recueillir.
step-mobilisation-why-2 = Selon une association américaine consacrée à la SEP, la chimiothérapie de cette étape aide aussi à réduire le risque de [[poussées|relapse]] pendant cette phase.
step-mobilisation-timing-1 = Selon la MS Society (Royaume-Uni), le recueil a lieu environ 10 jours après le début de cette étape.
step-mobilisation-timing-2 = Selon la National MS Society américaine, cette étape, le recueil et la congélation prennent en tout de 5 à 15 jours.
step-mobilisation-may-notice-1 = Vos symptômes de SEP peuvent s’aggraver pendant un temps au cours de cette étape.
step-mobilisation-may-notice-2 = Chez certaines personnes, les injections de G-CSF peuvent causer des douleurs osseuses.
step-mobilisation-may-notice-3 = Le témoignage d’un patient décrit une baisse passagère des globules blancs après le cyclophosphamide, avec un risque de fièvre et d’infection. Ce patient a eu des globules blancs très bas et de la fièvre deux jours après.
step-mobilisation-may-notice-4 = Dans une étude portant sur 39 personnes, 8 ont eu des effets secondaires lors de cette étape. Il s’agissait de fièvre sans cause connue (3 personnes), de diarrhée (3), de maux de tête (1) et d’une infection du sang (1). Personne n’est décédé.
step-mobilisation-scene-text = Des médicaments font passer les cellules souches de votre moelle osseuse dans votre sang, pour qu’on puisse en recueillir assez.
step-mobilisation-immune-text = Si une chimiothérapie est utilisée lors de cette étape, les globules blancs peuvent baisser pendant un temps.

## Step: collection
step-collection-title = Recueil de vos cellules souches
# The step in one sentence, for the short version of the page.
step-collection-in-short = Une machine garde les cellules souches de votre sang et vous rend le reste.
step-collection-medical-name = [[cytaphérèse|apheresis]], ou recueil de cellules souches
step-collection-what-happens-1 = Votre sang passe d’une veine dans une machine. La machine garde les cellules souches et vous rend le reste de votre sang.
step-collection-what-happens-2 = Le sang circule par une aiguille dans votre bras, ou par un fin tuyau placé dans une veine. Ce tuyau s’appelle un cathéter central ou PICC line. Il peut aussi servir plus tard, pour vous redonner vos cellules souches.
step-collection-what-happens-3 = L’équipe cherche à recueillir un nombre minimum de cellules souches. Elle les compte grâce à un marqueur de laboratoire appelé [[CD34+|cd34]].
step-collection-why-1 = Ce sont les cellules souches qui vous seront redonnées après la chimiothérapie.
step-collection-timing-1 = Selon la MS Society (Royaume-Uni), le recueil a lieu environ 10 jours après le début de la [[mobilisation|mobilisation]]. Il se fait une fois que les analyses de sang montrent assez de cellules souches dans le sang.
step-collection-timing-2 = Une séance dure plusieurs heures. Une seule séance suffit souvent. Dans une étude, 30 personnes sur 39 ont eu besoin d’une séance, et les autres de deux à quatre.
step-collection-may-notice-1 = Selon un centre de greffe généraliste, le recueil est en général sans douleur.
step-collection-may-notice-2 = Ce centre indique aussi que la machine utilise un médicament qui fluidifie le sang, pour que le sang ne coagule pas à l’intérieur. Ce médicament peut causer des picotements, un engourdissement, des frissons ou des étourdissements, que le personnel peut traiter.
step-collection-scene-text = Une machine recueille les cellules souches de votre sang, pour qu’elles soient conservées.
step-collection-immune-text = L’image ne montre pas encore de grand changement : la chimiothérapie principale n’a pas commencé.

## Step: storage
step-storage-title = Congélation et conservation des cellules
# The step in one sentence, for the short version of the page.
step-storage-in-short = Vos cellules souches recueillies sont congelées dans un laboratoire et conservées jusqu’à ce qu’on en ait besoin.
step-storage-medical-name = [[cryoconservation|cryopreservation]]
step-storage-what-happens-1 = Vos cellules souches recueillies sont congelées dans un laboratoire. Elles sont conservées jusqu’à ce qu’on en ait besoin.
step-storage-what-happens-2 = La congélation des cellules souches est une pratique courante. Des cellules conservées congelées longtemps peuvent encore reconstituer le système sanguin.
step-storage-what-happens-3 = Un grand centre privé ne congèle pas les cellules. Il les redonne fraîches.
step-storage-why-1 = La conservation garde les cellules prêtes pour plus tard, pendant que la chimiothérapie réduit vos cellules immunitaires.
step-storage-timing-1 = Le délai avant l’étape suivante varie selon les centres. Dans une étude américaine (HALT-MS), l’étape suivante a commencé au moins 7 jours après la dernière injection de [[G-CSF|g-csf]].
step-storage-timing-2 = Votre équipe vous indiquera son propre calendrier.
step-storage-may-notice-1 = Cette étape se passe au laboratoire, pas dans votre corps.
step-storage-scene-text = Les cellules souches recueillies sont congelées et conservées au laboratoire.
step-storage-immune-text = L’image ne montre pas encore de grand changement : la chimiothérapie principale n’a pas commencé.

## Step: conditioning
step-conditioning-title = Chimiothérapie pour réinitialiser le système immunitaire
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = Vous recevez une chimiothérapie à fortes doses par perfusion, en général à l’hôpital.
step-conditioning-medical-name = [[conditionnement|conditioning]]
step-conditioning-what-happens-1 = En général, vous êtes hospitalisé(e). Vous recevez une chimiothérapie à fortes doses par goutte-à-goutte (perfusion). Certains protocoles ajoutent un médicament à base d’anticorps, comme l’[[ATG|atg]], qui élimine certaines cellules immunitaires.
step-conditioning-what-happens-2 = Cela élimine tout ou une grande partie de votre système immunitaire existant, y compris les cellules qui alimenteraient la SEP.
step-conditioning-what-happens-3 = Les traitements plus intensifs éliminent complètement la moelle osseuse et le système immunitaire ([[myéloablatifs|myeloablative]]). Ceux qui sont moins intensifs ne le font qu’en partie (non myéloablatifs).
step-conditioning-what-happens-4 = Une association courante est le [[cyclophosphamide|cyclophosphamide]] avec l’ATG. Certains centres utilisent une association plus intensive appelée [[BEAM|beam]].
step-conditioning-why-1 = C’est l’étape qui fait l’essentiel du travail pour réinitialiser le système immunitaire.
step-conditioning-timing-1 = La perfusion est donnée sur plusieurs jours. Dans une étude américaine (HALT-MS), elle a duré environ 6 jours.
step-conditioning-timing-2 = Selon la National MS Society américaine, cette étape et les deux suivantes représentent environ 3 semaines d’hôpital.
step-conditioning-may-notice-1 = La chimiothérapie a des effets secondaires fréquents. Il s’agit notamment de nausées ou de vomissements, de saignements ou de bleus, de fatigue, de perte d’appétit et de chute des cheveux.
step-conditioning-may-notice-2 = On vous donne des médicaments contre les nausées.
step-conditioning-may-notice-3 = Dans les soins de greffe en général, la plupart des effets secondaires s’atténuent en quelques semaines. Les cheveux repoussent en général en quelques mois.
step-conditioning-scene-text = Les cellules souches recueillies restent congelées. La chimiothérapie réduit vos cellules immunitaires, et une partie ou la totalité de votre moelle osseuse.
step-conditioning-immune-text = La chimiothérapie élimine tout ou une grande partie du système immunitaire : le niveau chute donc fortement.

## Step: reinfusion
step-reinfusion-title = Retour de vos cellules souches
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Vos cellules souches conservées sont décongelées et vous sont redonnées par une veine.
step-reinfusion-medical-name = réinjection, ou [[Jour 0|day-0]]
step-reinfusion-what-happens-1 = Vos cellules souches conservées sont décongelées. Elles vous sont redonnées par une veine, un peu comme une transfusion sanguine.
step-reinfusion-what-happens-2 = Les équipes de greffe appellent ce jour le Jour 0. Les jours d’avant sont comptés en jours « moins », et les jours d’après en jours « plus ».
step-reinfusion-why-1 = Les cellules souches réinjectées reconstituent la production de votre sang. Elles vous aident à récupérer après la chimiothérapie.
step-reinfusion-why-2 = Elles ne réparent pas les nerfs endommagés.
step-reinfusion-timing-1 = Cela se fait en général un jour ou deux après la fin de la chimiothérapie, une fois que votre corps a éliminé les médicaments.
step-reinfusion-may-notice-1 = En général, vous restez à l’hôpital. Après la chimiothérapie, vos globules blancs sont très bas : l’équipe vous surveille donc de près pour repérer toute infection.
step-reinfusion-scene-text = Vos cellules souches sont décongelées et redonnées dans votre sang.
step-reinfusion-immune-text = Vos globules blancs sont au plus bas autour de cette étape et après, jusqu’à l’apparition de nouvelles cellules.

## Step: hospital-recovery
step-hospital-recovery-title = Récupération à l’hôpital
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = Vos globules blancs chutent très bas et le risque d’infection est élevé, jusqu’à ce que de nouveaux globules blancs commencent à apparaître.
step-hospital-recovery-medical-name = [[prise de greffe|engraftment]]
step-hospital-recovery-what-happens-1 = Après la chimiothérapie, vos globules blancs chutent très bas, y compris les neutrophiles, les globules blancs qui combattent les infections. Un taux très bas de neutrophiles s’appelle la [[neutropénie|neutropenia]]. Le risque d’infection est alors élevé.
step-hospital-recovery-what-happens-2 = Les soins comprennent des mesures pour prévenir les infections, des antibiotiques, des transfusions si besoin et des analyses de sang fréquentes.
step-hospital-recovery-what-happens-3 = On parle de prise de greffe quand les cellules souches réinjectées s’installent dans la moelle osseuse. De nouveaux globules blancs commencent alors à apparaître.
step-hospital-recovery-why-1 = Votre système immunitaire est très faible tant que de nouvelles cellules ne se sont pas développées. Les soins aident à vous protéger des infections pendant qu’il commence à se rétablir.
step-hospital-recovery-timing-1 = Dans les soins de greffe en général, la prise de greffe prend de plusieurs jours à quelques semaines.
step-hospital-recovery-timing-2 = Selon la National MS Society américaine, l’hospitalisation dure environ 3 semaines. Cela varie d’un centre à l’autre.
step-hospital-recovery-timing-3 = Un centre privé a traité la plupart des personnes en ambulatoire, sans hospitalisation. Seuls 32 de ses 617 patients ont dû être hospitalisés. L’approche de ce centre est inhabituelle : ses résultats ne s’appliquent donc peut-être pas aux autres centres.
step-hospital-recovery-may-notice-1 = Une fièvre pendant que les globules blancs sont bas (neutropénie fébrile) doit être traitée en urgence. Dans une étude suédoise sur les soins courants, 68 % des personnes en ont eu une : environ 7 sur 10.
step-hospital-recovery-may-notice-2 = Vous pouvez vous sentir faible pendant un temps. Cette faiblesse générale (déconditionnement) peut rendre les tâches de tous les jours plus difficiles pendant un moment.
step-hospital-recovery-scene-text = Vos cellules souches s’installent dans votre moelle osseuse et commencent à fabriquer de nouvelles cellules du sang.
step-hospital-recovery-immune-text = Vos globules blancs restent très bas jusqu’à l’apparition de nouveaux globules blancs. Puis le niveau commence à remonter.

## Step: follow-up
step-follow-up-title = Les mois suivants et le suivi
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Votre système immunitaire se reconstruit peu à peu au fil des mois, et votre risque d’infection reste plus élevé pendant longtemps.
step-follow-up-medical-name = [[reconstitution immunitaire|immune-reconstitution]]
step-follow-up-what-happens-1 = Votre système immunitaire se reconstruit peu à peu, au fil des mois. Votre risque d’infection reste plus élevé pendant longtemps.
step-follow-up-what-happens-2 = La protection apportée par vos vaccins d’enfance diminue après ce traitement. Les services de greffe suivent donc un programme pour vous vacciner à nouveau.
step-follow-up-what-happens-3 = Les contrôles recherchent de [[nouvelles maladies auto-immunes|secondary-autoimmunity]], en particulier de la thyroïde. Dans ces maladies, le système immunitaire attaque une partie du corps. Les contrôles recherchent aussi le zona.
step-follow-up-what-happens-4 = Les visites de suivi sont régulières et durent des années. Les calendriers varient : dans un essai américain, les visites ont lieu tous les 6 mois pendant 6 ans.
step-follow-up-what-happens-5 = Les personnes traitées en dehors de leur système de santé national doivent s’assurer que leurs soins de suivi sont organisés chez elles.
step-follow-up-why-1 = Un bon suivi et des soins de support après le traitement sont essentiels pour réduire les risques.
step-follow-up-why-2 = Une rééducation par des thérapeutes de l’hôpital et de ville est recommandée. Le but est d’aider vos capacités au quotidien et votre qualité de vie à se rétablir.
step-follow-up-timing-1 = La récupération prend plus de temps que le traitement lui-même. Elle se poursuit pendant de nombreux mois, et pour certaines personnes un an ou plus.
step-follow-up-timing-2 = Dans une petite étude portant sur 18 personnes, la qualité de vie s’était améliorée à 3 mois. La fatigue a mis 12 mois à s’améliorer.
step-follow-up-may-notice-4 = Dans une étude portant sur 43 femmes, les règles sont revenues chez 30 d’entre elles, au bout de 6,8 mois en moyenne. Chez les 13 autres femmes, les règles ne sont pas revenues.
step-follow-up-may-notice-5 = Les règles avaient moins de chances de revenir chez les femmes plus âgées. C’était aussi le cas chez les femmes qui avaient reçu du [[cyclophosphamide|cyclophosphamide]] comme traitement antérieur, avant l’aHSCT.
step-follow-up-scene-text = Vos cellules souches fabriquent de nouvelles cellules du sang et du système immunitaire, qui remplissent à nouveau votre corps sur de nombreux mois.
step-follow-up-immune-text = De nouveaux globules blancs sont apparus. Votre système immunitaire dans son ensemble se reconstruit peu à peu, sur de nombreux mois.
