### Les sections de la page, dans l'ordre de lecture
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/sections.ftl.

## Section: notice
notice-heading = Est-ce un avis médical ?
notice-in-short = Non. Ce sont seulement des informations générales.
notice-para-1 = Ces informations ne doivent pas servir de base pour proposer un traitement à une personne en particulier. Elles ne remplacent pas une visite, un appel ou une consultation avec un médecin ou un autre professionnel de santé qualifié. Elles ne remplacent pas non plus leurs conseils.
notice-para-2 = Pour un avis sur votre propre traitement, parlez-en à votre neurologue ou à votre équipe SEP.

## Section: what-is-ahsct
what-is-ahsct-heading = Qu’est-ce que l’aHSCT ?
what-is-ahsct-in-short = L’autogreffe de [[cellules souches hématopoïétiques|haematopoietic-stem-cells]] (aHSCT) est un autre type de traitement de la SEP. Une chimiothérapie réduit une grande partie de votre système immunitaire. Ensuite, vos propres cellules souches, mises en réserve, vous sont redonnées pour le reconstruire.
what-is-ahsct-para-1 = Une autogreffe (greffe autologue) utilise vos propres cellules. Elle n’utilise pas de cellules d’un donneur. Dans la SEP, on n’utilise généralement pas de cellules de donneur.
what-is-ahsct-para-2 = Lors de l’aHSCT, des cellules souches issues de votre propre moelle osseuse sont recueillies et conservées. Plus tard, des médicaments de chimiothérapie réduisent une grande partie du reste de vos cellules immunitaires.
what-is-ahsct-para-3 = Aujourd’hui, dans la plupart des centres, le recueil se fait en deux temps. D’abord, des médicaments font passer les cellules souches de la moelle osseuse dans le sang. Ensuite, les cellules souches sont recueillies dans le sang.
what-is-ahsct-para-4 = Après la chimiothérapie, les cellules souches conservées sont remises dans votre corps. Avec le temps, elles fabriquent de nouvelles cellules. Celles-ci remplissent à nouveau votre corps de tous les types de cellules du sang, y compris les cellules immunitaires.
what-is-ahsct-para-5 = C’est la chimiothérapie qui fait l’essentiel du travail pour réinitialiser le système immunitaire. Les cellules souches réinjectées aident votre sang et votre système immunitaire à se rétablir plus vite et avec moins de risques.

## Section: aims
aims-heading = Que peut faire l’aHSCT, et que ne peut-elle pas faire ?
aims-in-short = L’aHSCT cherche à réinitialiser le système immunitaire, pour arrêter l’inflammation qui contribue à une SEP active. Elle ne peut pas réparer les nerfs déjà endommagés.
aims-para-1 = La SEP récurrente se manifeste par des [[poussées|relapse]], chacune suivie d’une certaine récupération. La SEP progressive s’aggrave régulièrement avec le temps, soit dès le début, soit après une première phase avec poussées.

## Section: suitability
suitability-heading = Pour qui l’aHSCT pourrait-elle convenir ?
suitability-in-short = La SEP est une maladie très variable. Ce traitement ne convient donc pas à toutes les personnes, ni à toutes les formes de SEP. Votre neurologue ou votre équipe SEP peut voir avec vous s’il pourrait être une option.
suitability-para-1 = Une société savante américaine de greffe a publié des recommandations en 2019. Elles préconisent l’aHSCT dans la SEP récurrente avec des signes qui prédisent un futur handicap. Elles citent en particulier des [[poussées|relapse]] ou une activité à l’IRM qui persistent malgré les [[traitements de fond|dmt]] les plus efficaces (de haute efficacité). Les traitements de fond sont des médicaments pris au long cours pour réduire les poussées et ralentir l’activité de la SEP.
suitability-para-2 = Des recommandations européennes ont été publiées en 2020. Selon elles, les preuves s’accumulent pour la [[SEP rémittente-récurrente|ms-types]] très active, non contrôlée par les traitements de fond. Elles indiquent que l’aHSCT pourrait avoir une place dans la SEP progressive avec une inflammation importante.
suitability-para-3 = Au Royaume-Uni, la MS Society indique qu’il doit y avoir des signes d’inflammation active. Parmi ces signes figurent de nouvelles zones d’inflammation visibles sur les IRM. Selon elle, les meilleures preuves concernent les personnes atteintes de SEP récurrente qui :
suitability-para-4 = ont moins de 45 ans
suitability-para-5 = ont la SEP depuis moins de 10 ans
suitability-para-6 = ont un score de handicap de 5,5 ou moins
suitability-para-7 = Ce score vient de l’échelle [[EDSS|edss]] (échelle de cotation du handicap ; en anglais Expanded Disability Status Scale). C’est l’échelle de 0 à 10 que les médecins utilisent pour évaluer le handicap dû à la SEP. Plus le score est élevé, plus le handicap est important. Votre équipe SEP peut vous dire votre score.
suitability-para-8 = Selon MS Australia, les données internationales suggèrent que les personnes atteintes de SEP progressive en tirent moins de bénéfice. Elles courraient aussi un plus grand risque de problèmes graves. Pour MS Australia, il est peu probable que l’aHSCT soit recommandée dans la SEP secondairement progressive ou primaire progressive.
suitability-para-9 = Les personnes atteintes de SEP progressive sans inflammation active s’améliorent rarement après une aHSCT. Dans les premiers essais de traitement intensif, les personnes atteintes de SEP secondairement progressive ne se sont pas améliorées. Leur SEP a continué de s’aggraver.
suitability-para-10 = Au Royaume-Uni, l’aHSCT peut être envisagée chez les personnes atteintes de SEP progressive précoce qui présentent encore une inflammation active.
suitability-para-11 = Les critères varient quelque peu d’un centre à l’autre, et ils évoluent avec le temps. C’est à votre neurologue ou à votre équipe SEP qu’il faut demander si ce traitement pourrait vous convenir.

## Section: risks
risks-heading = Quels sont les risques et les effets secondaires ?
risks-in-short = Il est important de savoir que l’aHSCT est un traitement intensif, avec des risques importants. Pour certaines personnes, ces risques mettent la vie en danger. Dans des études de 1995 à 2016, environ 2 personnes sur 100 sont décédées à cause du traitement. L’infection est l’un des principaux risques.
risks-para-1 = Par rapport à d’autres traitements de la SEP qui agissent sur le système immunitaire, l’aHSCT comporte des risques plus élevés à court terme.
risks-para-2 = La chimiothérapie elle-même a plusieurs effets secondaires connus. Il s’agit notamment de saignements ou de bleus plus faciles, de fatigue, de perte d’appétit et de chute des cheveux.
risks-para-3 = Pendant le traitement et peu après, les risques comprennent :
risks-para-4 = un nombre très bas de cellules du sang
risks-para-5 = des infections, qui peuvent être graves
risks-para-6 = des atteintes des organes
risks-para-7 = une faiblesse physique générale (déconditionnement)
risks-para-8 = Le risque d’infection reste plus élevé longtemps après le traitement, et pas seulement pendant. Dans une étude suédoise publiée en 2024, 68 % des personnes ont eu de la fièvre pendant que leurs globules blancs étaient bas. Cela fait environ 7 personnes sur 10.
risks-para-10 = À plus long terme, les risques comprennent un risque plus élevé de cancer. Ils comprennent aussi de [[nouvelles maladies auto-immunes|secondary-autoimmunity]] (comme des problèmes de thyroïde), une ménopause prématurée et des problèmes de fertilité. La perte de fertilité peut être définitive. Dans une étude, les règles ne sont pas revenues chez 13 femmes sur 43 (environ 3 sur 10).
risks-para-11 = Une étude européenne a porté sur des personnes traitées de 1995 à 2009 pour des maladies auto-immunes, pas seulement la SEP. Au bout de 5 ans, environ 1 personne sur 10 avait une nouvelle maladie auto-immune (9,8 %). L’inflammation de la thyroïde était la plus fréquente.
risks-para-12 = Dans un centre américain, des personnes atteintes de SEP ont été traitées de 2003 à 2019. Parmi elles, 16 ont eu ensuite une thyroïde qui fonctionne au ralenti (3,5 %). Et 15 autres (3,3 %) ont eu une thyroïde trop active. Cela fait environ 1 personne sur 30 pour chacun de ces deux problèmes.
risks-para-13 = Une étude suédoise a été publiée en 2014. Selon elle, le zona et les maladies de la thyroïde étaient les effets secondaires à long terme les plus fréquents. Le zona a touché 15 % des personnes, soit environ 1 sur 7.
risks-para-14 = Certaines personnes sont décédées à cause du traitement. Dans les études publiées de 1995 à 2016, environ 2 personnes sur 100 sont décédées à cause du traitement (2,1 %).
risks-para-15 = Les taux de décès étaient plus élevés dans les études plus anciennes. Ils l’étaient aussi dans les études portant sur des personnes plus handicapées, ou comptant moins de personnes atteintes de [[SEP rémittente-récurrente|ms-types]].
risks-para-16 = Les taux de décès ont baissé avec le temps. Dans les centres expérimentés qui utilisent les méthodes actuelles, les taux de décès rapportés sont bien plus bas. Mais le risque n’est pas nul.
risks-para-21 = Par exemple, aucune des 55 personnes ayant reçu une aHSCT dans un essai appelé MIST (2005 à 2016) n’est décédée. Aucun décès n’a été constaté dans une étude suédoise portant sur 48 personnes, publiée en 2014. Dans un centre américain, sur 507 personnes traitées de 2003 à 2019, 1 est décédée à cause du traitement.
risks-para-17 = L’expérience d’un centre compte. Un registre européen (une liste des greffes réalisées pour des maladies auto-immunes) a couvert la période de 1994 à 2015. Il a associé de meilleurs résultats à l’expérience du centre et à son accréditation par [[JACIE|jacie]].
risks-para-18 = JACIE est un organisme qui inspecte les centres de greffe selon des normes de qualité et de sécurité.
risks-para-19 = Une étude menée en Amérique du Nord et du Sud a couvert la période de 1996 à 2009. Elle portait sur des greffes pour des maladies auto-immunes, pas seulement la SEP. Les centres qui avaient réalisé peu de greffes pour des maladies auto-immunes avaient un risque de décès plus élevé.
risks-para-20 = Dans les centres ayant fait moins de 5 greffes, le risque était 3,5 fois plus élevé que dans ceux ayant fait plus de 15. Dans ceux ayant fait de 5 à 15 greffes, il était 4,2 fois plus élevé.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = Quand appeler votre équipe
call-team-para-1 = Une fois à la maison, appelez immédiatement votre équipe de greffe ou un médecin près de chez vous si vous avez de la fièvre. Un centre de greffe indique : appelez si votre température est de 38,0 °C (100,5 °F) ou plus, même si vous vous sentez bien. Utilisez le numéro que votre équipe vous a donné.
call-team-para-2 = Ce centre cite d’autres signes d’infection : nouvelle toux, essoufflement, sueurs, frissons, mal de gorge, diarrhée et éruption sur la peau. Il cite aussi : plaies dans la bouche, douleur ou brûlure en urinant, rougeur, gonflement ou écoulement autour d’un cathéter central. Appelez également pour ces signes. Suivez les consignes de votre propre équipe, et la température qu’elle vous a indiquée, si elles diffèrent de celles de ce centre.

## Section: timeline
timeline-heading = Que se passe-t-il pendant l’aHSCT, étape par étape ?
timeline-in-short = Les étapes du traitement durent en général de plusieurs semaines à quelques mois. La récupération se poursuit pendant de nombreux mois après, et pour certaines personnes un an ou plus.
timeline-para-1 = L’aHSCT est un traitement qui se fait une seule fois. Il comporte plusieurs étapes, réparties sur plusieurs semaines.
timeline-para-2 = Il n’existe pas de protocole standard unique. Les médicaments, les délais et la durée d’hospitalisation varient selon les centres. Votre équipe vous expliquera son propre calendrier.

## Section: stem-cells
stem-cells-heading = Que sont les cellules souches qui fabriquent le sang ?
stem-cells-in-short = Ce sont des cellules de votre moelle osseuse qui peuvent fabriquer tous les types de cellules du sang, y compris les cellules immunitaires.
stem-cells-para-1 = Les cellules souches qui fabriquent le sang sont aussi appelées cellules souches [[hématopoïétiques|haematopoietic-stem-cells]]. En anglais des États-Unis, ce mot s’écrit hematopoietic.
stem-cells-para-2 = Il s’agit d’un type de cellules souches adultes, fabriquées dans la moelle osseuse. La moelle osseuse est le tissu spongieux à l’intérieur de certains os.
stem-cells-para-3 = Ces cellules souches peuvent produire les différentes cellules présentes dans le sang. Parmi elles figurent les globules rouges, les plaquettes et les cellules immunitaires, aussi appelées globules blancs.
stem-cells-para-4 = La plupart de ces cellules souches restent dans la moelle osseuse. Très peu circulent dans le sang.
stem-cells-para-5 = Cette page explique un traitement de la SEP qui utilise ces cellules souches. On l’appelle l’[[autogreffe|autologous]] de cellules souches hématopoïétiques (aHSCT).

## Section: why
why-heading = Pourquoi les chercheurs s’intéressent-ils aux cellules souches dans la SEP ?
why-in-short = On a toujours besoin de traitements plus efficaces contre la sclérose en plaques (SEP). Les thérapies par cellules souches sont étudiées comme un moyen possible de répondre à ce besoin.
why-para-1 = Les cellules souches ont des propriétés uniques. Ces propriétés en font des candidates prometteuses pour des traitements qui peuvent ralentir l’activité de la SEP.
why-para-2 = L’activité de la maladie, ce sont les signes qui montrent que la SEP est active. Ce sont par exemple des [[poussées|relapse]], une aggravation du handicap et une nouvelle inflammation visible sur les IRM. Une poussée est une crise de symptômes nouveaux ou qui s’aggravent, suivie d’une récupération complète ou partielle.

## Section: availability
availability-heading = Où l’aHSCT est-elle disponible ?
availability-in-short = Cela dépend du pays, et parfois de l’endroit où vous vivez dans ce pays.
availability-para-1 = Dans quelques pays, l’aHSCT est considérée comme un traitement de la SEP très active. Les conditions pour y avoir accès peuvent varier d’un pays à l’autre, ou même à l’intérieur d’un même pays.
availability-para-2 = Même là où l’aHSCT est approuvée, elle peut ne pas être disponible. Cela peut venir d’un manque d’expertise spécialisée ou de moyens.
availability-para-3 = En 2019, un registre européen (une liste des greffes) a enregistré plus de 1 400 traitements par aHSCT pour la SEP. La plupart ont eu lieu au Royaume-Uni, en Italie, en Suède et en Pologne.
availability-para-4 = Une étude suédoise a été publiée en 2024. Selon elle, la plupart des pays n’avaient pas encore intégré l’aHSCT à leurs recommandations nationales sur la SEP. La Suède, d’après cette étude, utilise l’aHSCT dans les soins courants.
availability-para-5 = En février 2019, la politique de NHS England permettait l’aHSCT comme option pour certaines personnes atteintes de SEP. Les critères des médecins la limitent à un petit groupe ayant une SEP très active malgré au moins un [[traitement de fond|dmt]] autorisé. Ils la permettent aussi pour la très rare SEP dite « maligne ».
availability-para-6 = La MS Society (Royaume-Uni) indique que les centres britanniques doivent être accrédités par [[JACIE|jacie]]. JACIE inspecte les centres de greffe selon des normes de qualité et de sécurité.
availability-para-7 = Des reportages de 2017 à 2020 décrivent des personnes parties à l’étranger dans des cliniques privées, par exemple au Mexique ou en Russie. Avant tout choix du privé ou de l’étranger, la MS Society (Royaume-Uni) conseille de vérifier :
availability-para-8 = ce qui est proposé exactement
availability-para-9 = si la clinique respecte les normes internationales, comme JACIE
availability-para-10 = quelle expérience elle a de la SEP
availability-para-11 = quels soins de suivi elle assure
availability-para-12 = ce que comprend le prix, car le voyage et l’hébergement peuvent ne pas être inclus
availability-para-13 = La MS Society encourage vivement à en parler d’abord à un neurologue.

## Section: evidence
evidence-heading = Qu’ont montré les études jusqu’ici ?
evidence-in-short = Dans les études menées jusqu’ici, beaucoup de personnes n’avaient aucun nouveau signe d’activité de la SEP pendant des années après l’aHSCT. Les résultats varient selon les études, et étaient meilleurs dans la SEP récurrente.
evidence-para-1 = Voici les principaux résultats rapportés par les sources. Les études diffèrent par les personnes incluses, les médicaments utilisés et la durée du suivi. Leurs chiffres ne peuvent donc pas être comparés directement.
evidence-para-2 = Beaucoup d’études rapportent le [[NEDA|neda]], de l’anglais « no evidence of disease activity » : aucun signe d’activité de la maladie. Cela signifie qu’il n’y a aucune [[poussée|relapse]], aucune aggravation du handicap et aucune nouvelle activité sur les IRM.
evidence-para-3 = Une synthèse de 2017 a regroupé 15 études, portant sur 764 personnes. À 5 ans, 67 % n’avaient aucun signe d’activité de la maladie, et le handicap s’était aggravé chez 23,3 %.
evidence-para-4 = Une synthèse de 2022 a regroupé 50 études, très différentes les unes des autres, portant sur 4 831 personnes. Au total, 68 % n’avaient aucun signe d’activité de la maladie, et 73 % n’avaient pas d’aggravation du handicap.
evidence-para-5 = En Suède, 174 personnes atteintes de [[SEP rémittente-récurrente|ms-types]] ont été traitées dans le cadre des soins courants. À 5 ans, 73 % n’avaient aucun signe d’activité de la maladie. À 10 ans, c’était le cas de 65 %.
evidence-para-6 = Dans cette étude suédoise, 149 personnes avaient un certain handicap au départ. Après le traitement, 54 % s’étaient améliorées, 37 % étaient stables et 9 % allaient moins bien.
evidence-para-7 = Un centre américain a traité 507 personnes. À 4 ans, le handicap ne s’était pas aggravé chez 95 % des personnes atteintes de SEP rémittente-récurrente. Il ne s’était pas aggravé chez 66 % des personnes atteintes de SEP secondairement progressive.
evidence-para-8 = Une étude de registre plus ancienne (basée sur des dossiers de greffe) a suivi 281 personnes traitées de 1995 à 2006. La plupart avaient une SEP progressive. À 5 ans, 46 % n’avaient pas d’aggravation du handicap.
evidence-para-9 = Un essai canadien, publié en 2016, a donné un traitement très intensif à 24 personnes. À 3 ans, 69,6 % n’avaient aucune activité de la SEP. Sur ces 24 personnes, traitées de 2001 à 2009, une personne est décédée de complications du traitement.
evidence-para-10 = Plusieurs études ont trouvé de meilleurs résultats dans la SEP récurrente. Une étude a aussi trouvé de meilleurs résultats chez les personnes plus jeunes, atteintes de SEP depuis moins longtemps.
evidence-para-11 = La synthèse de 2017 a trouvé le meilleur rapport bénéfice-risque dans la SEP rémittente-récurrente agressive (très active). Ce rapport était le meilleur avant l’installation d’un handicap important.
evidence-para-12 = En 2019, une société savante américaine de greffe a examiné les données. Elle a conclu que l’aHSCT peut prévenir les poussées, la nouvelle activité à l’IRM et l’aggravation du handicap dans la SEP récurrente active.

## Section: research
research-heading = Que doit encore montrer la recherche ?
research-in-short = Point essentiel : il faut d’autres grands essais randomisés contrôlés, la méthode de référence, menés spécifiquement dans la SEP. Ils devraient comparer l’aHSCT aux traitements de la SEP disponibles aujourd’hui.
research-para-1 = Un essai randomisé plus ancien, appelé MIST, a comparé l’aHSCT au passage à un autre [[traitement de fond|dmt]]. Le hasard décidait quel traitement recevait chaque personne. Il a inclus 110 personnes atteintes de [[SEP rémittente-récurrente|ms-types]], entrées dans l’essai de 2005 à 2016.
research-para-2 = Dans l’essai MIST, le handicap s’est aggravé chez 3 personnes après l’aHSCT, et chez 34 personnes qui avaient changé de traitement de fond. Chaque groupe comptait 55 personnes.
research-para-3 = Dans l’essai MIST, la moitié des personnes ont été suivies 2 ans ou plus, et le suivi moyen était de 2,8 ans. Seules 23 personnes ont été examinées chaque année pendant 5 ans.
research-para-4 = Ses auteurs décrivent MIST comme une étude préliminaire, dont les résultats doivent être confirmés par d’autres études. Elle n’a pas non plus comparé l’aHSCT à beaucoup des traitements de fond les plus efficaces d’aujourd’hui.
research-para-5 = Des essais plus récents comparent l’aHSCT à ces médicaments. Parmi eux figurent StarMS au Royaume-Uni, BEAT-MS aux États-Unis et RAM-MS, mené depuis la Norvège.

## Section: questions
questions-heading = Que pourrais-je demander à mon équipe SEP ?
questions-in-short = Voici des questions que vous pourriez poser avant de décider, sur le traitement et sur la récupération. Cochez celles que vous voulez, ajoutez les vôtres, puis imprimez ou copiez votre liste.
questions-para-1 = Votre neurologue ou votre équipe SEP connaît votre situation et le protocole de son propre centre. Ces questions peuvent vous aider à lancer cette conversation.

## Section: read-more
read-more-heading = Où trouver plus d’informations ?
read-more-in-short = Des associations consacrées à la SEP publient des guides détaillés sur l’aHSCT. Votre équipe SEP peut aussi vous en dire plus.

## Section: glossary
glossary-heading = Que veulent dire les mots médicaux ?
glossary-in-short = Voici les mots médicaux utilisés sur cette page, expliqués simplement. Vous pouvez aussi sélectionner un mot dans le texte pour voir sa définition à cet endroit.

## Section: sources
sources-heading = D’où viennent ces informations ?
sources-in-short = Les faits suivis d’un numéro viennent des sources listées ci-dessous. Une partie du reste vient du texte général sur lequel repose ce guide, qui ne cite aucune source. Une autre partie résume des faits donnés avec leurs sources ailleurs sur la page.
sources-para-1 = L’état des essais et les pages des associations sont présentés tels que les sources les donnaient. Ils ont pu changer depuis. Beaucoup d’affirmations ici indiquent la date donnée par leur source. Certaines pages n’ont pas de date : nous ne pouvons donc pas dire si elles sont à jour.
sources-para-2 = La date de relecture ci-dessous indique quand ce texte a été comparé pour la dernière fois à nos notes tirées des sources. Elle ne veut pas dire que chaque source a été revérifiée ce jour-là.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = Ce que l’aHSCT cherche à faire
aims-can-1 = Elle tente de « reformater », c’est-à-dire de réinitialiser, votre système immunitaire.
aims-can-2 = Elle vise à arrêter l’inflammation qui contribue à une SEP récurrente active ou à une SEP progressive active.
aims-can-3 = La chimiothérapie élimine tout ou une grande partie du système immunitaire, y compris les cellules qui alimenteraient la SEP.
aims-can-4 = Avec le temps, les cellules souches réinjectées fabriquent de nouvelles cellules du sang et du système immunitaire.
aims-cannot-heading = Ce que l’aHSCT ne peut pas faire
aims-cannot-1 = Ces cellules souches ne peuvent pas régénérer les nerfs endommagés.
aims-cannot-2 = Elles ne peuvent pas non plus réparer d’autres parties endommagées du cerveau et de la moelle épinière.
aims-cannot-3 = Quand le handicap s’améliore après le traitement, cette amélioration ne dure pas toujours.
aims-cannot-4 = L’aHSCT ne convient pas à toutes les personnes atteintes de SEP, ni à toutes les formes de SEP.

## The randomised trials (after the section "research")
trials-heading = Essais randomisés plus récents
trials-where-label = Où
trials-compared-with-label = Comparaison avec
trials-status-label = État, selon les dernières informations
trial-starms-name = StarMS
trial-starms-country = Le Royaume-Uni, dans 19 hôpitaux.
trial-starms-comparison = Les traitements de fond les plus efficaces (de haute efficacité) : alemtuzumab, ocrelizumab, ofatumumab ou cladribine.
trial-starms-status = Prévu pour 198 personnes. Selon le MS Trust, le recrutement s’est terminé en novembre 2024, avec 94 personnes, et les résultats étaient attendus en juillet 2027. Nous ne savons pas quand la page du MS Trust a été mise à jour pour la dernière fois.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = Les États-Unis. Sa partie britannique est enregistrée auprès de la NHS Health Research Authority.
trial-beat-ms-comparison = Le meilleur traitement disponible : les traitements de fond les plus efficaces (de haute efficacité).
trial-beat-ms-status = Prévu pour 156 personnes, chacune suivie pendant 6 ans, et une fiche donne octobre 2029 comme date de fin. En mars 2023, sa fiche sur ClinicalTrials.gov, une liste publique d’essais, indiquait qu’il recrutait. Une version plus récente de cette fiche est datée de janvier 2024 : cela a donc pu changer.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Mené depuis la Norvège, avec des participants au Danemark, aux Pays-Bas, en Norvège et en Suède.
trial-ram-ms-comparison = Alemtuzumab, cladribine ou ocrelizumab.
trial-ram-ms-status = Prévu pour 100 personnes. En juin 2025, une fiche indiquait qu’il ne recrutait plus, mais qu’il était toujours en cours. Différentes fiches donnaient comme date de fin mars 2026 ou mars 2028.
