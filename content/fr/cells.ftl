### L'explorateur des cellules du sang
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/cells.ftl.

cells-heading = Découvrez les cellules que fabriquent vos cellules souches
cells-intro = Choisissez une cellule pour voir ce qu’elle est et ce que l’aHSCT change pour elle.
cells-in-ahsct-heading = Ce que l’aHSCT change
cells-show-all = Afficher toutes les cellules sous forme de liste
cells-show-one = Afficher une cellule à la fois
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Affichage : { $name }
cells-marrow-label = Moelle osseuse
cells-blood-label = Sang

## Cell: stem-cell
cell-stem-cell-name = Cellule souche hématopoïétique
cell-stem-cell-about-1 = Une [[cellule souche qui fabrique le sang|haematopoietic-stem-cells]] vit surtout dans la moelle osseuse. Elle peut fabriquer tous les types de cellules du sang.
cell-stem-cell-in-ahsct-1 = Dans la plupart des centres, des médicaments font passer ces cellules souches dans le sang, où elles sont recueillies. Elles sont ensuite en général congelées et conservées.
cell-stem-cell-in-ahsct-2 = Après la chimiothérapie, on vous les redonne. Elles s’installent dans la moelle et reconstituent vos cellules du sang et vos cellules immunitaires.

## Cell: red-cells
cell-red-cells-name = Globules rouges
cell-red-cells-about-1 = Les globules rouges sont l’un des types de cellules du sang que fabriquent les cellules souches.
cell-red-cells-in-ahsct-1 = Après une chimiothérapie à fortes doses, le nombre de cellules du sang peut devenir très bas pendant un temps.
cell-red-cells-in-ahsct-2 = Votre équipe contrôle souvent votre sang. Elle peut vous faire une transfusion sanguine si c’est nécessaire.

## Cell: platelets
cell-platelets-name = Plaquettes
cell-platelets-about-1 = Les plaquettes sont un autre type de cellules du sang que fabriquent les cellules souches.
cell-platelets-in-ahsct-1 = Pendant la chimiothérapie, vous pouvez saigner ou avoir des bleus plus facilement.
cell-platelets-in-ahsct-2 = Votre équipe contrôle souvent votre sang, et peut vous faire des transfusions si besoin.
cell-platelets-in-ahsct-3 = Certaines personnes ont plus tard un PTI, une maladie où le taux de plaquettes est bas. Dans un centre américain, de 2003 à 2019, il a touché 14 % des personnes traitées avec un protocole comprenant de l’alemtuzumab. Avec d’autres protocoles, il a touché jusqu’à 2,8 %.

## Cell: white-cells
cell-white-cells-name = Globules blancs (cellules immunitaires)
cell-white-cells-about-1 = Les globules blancs sont aussi appelés cellules immunitaires. Les cellules souches les fabriquent également.
cell-white-cells-about-2 = Dans la SEP, on pense que certaines cellules immunitaires alimentent la maladie.
cell-white-cells-in-ahsct-1 = La chimiothérapie élimine tout ou une grande partie de votre système immunitaire, y compris les cellules qui alimenteraient la SEP.
cell-white-cells-in-ahsct-2 = Les cellules souches réinjectées le reconstruisent ensuite lentement, sur de nombreux mois. C’est ce qu’on appelle la [[reconstitution immunitaire|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = La protection apportée par les vaccins reçus avant diminue après le traitement. Les équipes de greffe refont donc certains vaccins.

## Cell: neutrophils
cell-neutrophils-name = Neutrophiles
cell-neutrophils-about-1 = Les neutrophiles sont des globules blancs qui combattent les infections.
cell-neutrophils-in-ahsct-1 = Après la chimiothérapie, leur nombre devient très bas. C’est ce qu’on appelle la [[neutropénie|neutropenia]], et le risque d’infection est élevé.
cell-neutrophils-in-ahsct-2 = Une fièvre pendant cette période doit être traitée en urgence.
cell-neutrophils-in-ahsct-3 = Les globules blancs sont les premières nouvelles cellules du sang à réapparaître. Cela fait partie de la [[prise de greffe|engraftment]].

## Cell: t-cells
cell-t-cells-name = Lymphocytes T
cell-t-cells-about-1 = Les lymphocytes T sont un type de cellules immunitaires.
cell-t-cells-in-ahsct-1 = Certains protocoles de traitement ajoutent l’[[ATG|atg]], un médicament à base d’anticorps qui élimine les lymphocytes T.
cell-t-cells-in-ahsct-2 = Comme les autres cellules immunitaires, ils se reconstituent lentement au cours des mois qui suivent le traitement.
