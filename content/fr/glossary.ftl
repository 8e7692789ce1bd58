### Le glossaire : chaque terme, sa définition et les formes qu'il prend dans le texte
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/glossary.ftl.

## Term: autologous
term-autologous = Autologue (autogreffe)
term-autologous-definition = Qui utilise vos propres cellules. À l’inverse, une greffe allogénique utilise les cellules d’un donneur. Ce n’est pas l’approche habituelle dans la SEP.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autologue, autogreffe

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Cellules souches hématopoïétiques (en anglais : haematopoietic, ou hematopoietic aux États-Unis)
term-haematopoietic-stem-cells-definition = Des cellules « mères » précoces, qui vivent surtout dans la moelle osseuse, le tissu spongieux à l’intérieur de certains os. Elles peuvent devenir tous les types de cellules du sang, dont les globules rouges, les plaquettes et les cellules immunitaires (globules blancs).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = hématopoïétique, hématopoïétiques, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Mobilisation
term-mobilisation-definition = L’utilisation de médicaments pour faire sortir les cellules souches de la moelle osseuse vers le sang, afin de pouvoir les recueillir.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = mobilisation

## Term: g-csf
term-g-csf = G-CSF (filgrastim)
term-g-csf-definition = Une version fabriquée en laboratoire d’un facteur de croissance naturel, donnée en injections. Le G-CSF stimule la fabrication des globules blancs et aide à libérer les cellules souches dans le sang.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Cytaphérèse (aphérèse, leucaphérèse ou « recueil »)
term-apheresis-definition = Le recueil des cellules souches en faisant passer le sang dans une machine. La machine garde les cellules souches et rend le reste du sang.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = cytaphérèse, aphérèse, leucaphérèse

## Term: cd34
term-cd34 = Cellules CD34+
term-cd34-definition = Le marqueur de laboratoire utilisé pour compter les cellules souches recueillies. Les équipes visent un nombre minimum pour chaque kilo de poids du corps.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Cryoconservation
term-cryopreservation-definition = La congélation de cellules dans des conditions contrôlées, pour qu’elles survivent à la conservation et puissent être décongelées plus tard.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = cryoconservation

## Term: conditioning
term-conditioning = Conditionnement
term-conditioning-definition = La chimiothérapie à fortes doses donnée avant de redonner les cellules souches, parfois avec des médicaments à base d’anticorps comme l’ATG. Elle élimine tout ou une grande partie du système immunitaire existant.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = conditionnement

## Term: myeloablative
term-myeloablative = Myéloablatif et non myéloablatif
term-myeloablative-definition = Un conditionnement myéloablatif élimine complètement la moelle osseuse et le système immunitaire. Un conditionnement non myéloablatif, ou moins intensif, ne le fait qu’en partie.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = myéloablatif, myéloablatifs, non myéloablatif, non myéloablatifs

## Term: cyclophosphamide
term-cyclophosphamide = Cyclophosphamide
term-cyclophosphamide-definition = Un médicament de chimiothérapie utilisé dans de nombreux protocoles de traitement de la SEP. Il sert à la fois à faire passer les cellules souches dans le sang et au conditionnement.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = cyclophosphamide

## Term: atg
term-atg = ATG (globulines antithymocytaires)
term-atg-definition = Un médicament à base d’anticorps, souvent produit chez le lapin, qui élimine les lymphocytes T. Les lymphocytes T sont un type de cellules immunitaires. L’ATG est souvent associé au cyclophosphamide.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, globulines antithymocytaires

## Term: beam
term-beam = BEAM
term-beam-definition = Une association plus intensive de quatre médicaments de chimiothérapie : carmustine (BCNU), étoposide, cytarabine et melphalan.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Jour 0
term-day-0-definition = Le jour où l’on redonne les cellules souches. Les jours d’avant sont comptés en jours « moins », et les jours d’après en jours « plus ».
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = jour 0, jour zéro

## Term: engraftment
term-engraftment = Prise de greffe
term-engraftment-definition = Le moment où les cellules souches réinjectées se sont installées dans la moelle. De nouvelles cellules du sang commencent alors à apparaître dans le sang. Les globules blancs apparaissent en premier.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = prise de greffe

## Term: neutropenia
term-neutropenia = Neutropénie et neutropénie fébrile
term-neutropenia-definition = Un taux très bas de neutrophiles, les globules blancs qui combattent les infections. « Fébrile » veut dire avec de la fièvre, ce qui doit être traité en urgence.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropénie, neutropénique

## Term: immune-reconstitution
term-immune-reconstitution = Reconstitution immunitaire
term-immune-reconstitution-definition = La reconstruction progressive du système immunitaire au cours des mois qui suivent la greffe.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = reconstitution immunitaire

## Term: dmt
term-dmt = Traitement de fond (en anglais : DMT)
term-dmt-definition = Un médicament pris au long cours pour réduire les poussées de SEP et ralentir l’activité de la SEP. Les traitements de fond de haute efficacité comprennent le natalizumab, l’alemtuzumab, l’ocrelizumab, l’ofatumumab et la cladribine.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = traitement de fond, traitements de fond, dmt

## Term: relapse
term-relapse = Poussée
term-relapse-definition = Un épisode bien distinct de symptômes de SEP nouveaux ou qui s’aggravent, causé par une inflammation. Il est suivi d’une récupération complète ou partielle.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = poussée, poussées

## Term: ms-types
term-ms-types = SEP-RR, SEP-SP et SEP-PP
term-ms-types-definition = La SEP rémittente-récurrente (SEP-RR) comporte des poussées suivies d’une récupération. La SEP secondairement progressive (SEP-SP) s’aggrave régulièrement après une première phase avec poussées. La SEP primaire progressive (SEP-PP) s’aggrave régulièrement dès le début.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = sep-rr, sep-sp, sep-pp, rémittente-récurrente, secondairement progressive, primaire progressive

## Term: edss
term-edss = EDSS (échelle de cotation du handicap)
term-edss-definition = L’échelle standard de 0 à 10 que les médecins utilisent pour évaluer le handicap dû à la SEP. Plus le score est élevé, plus le handicap est important.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, expanded disability status scale

## Term: neda
term-neda = NEDA (aucun signe d’activité de la maladie)
term-neda-definition = Un objectif de traitement : aucune poussée, aucune aggravation du handicap et aucune nouvelle activité à l’IRM sur une période donnée.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, aucun signe d’activité de la maladie

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Auto-immunité secondaire
term-secondary-autoimmunity-definition = Une nouvelle maladie auto-immune, comme une maladie de la thyroïde, qui apparaît après le traitement.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = auto-immunité secondaire, nouvelle maladie auto-immune, nouvelles maladies auto-immunes

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Un organisme d’accréditation qui inspecte les centres de greffe selon des normes de qualité et de sécurité. Deux groupes le gèrent ensemble. L’un d’eux est l’EBMT, qui tient un registre des greffes en Europe.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
