### O explorador das células do sangue
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Uma unidade de texto por
### mensagem.
### - [[palavras mostradas|term-id]] marca um termo do glossário: traduzem-se as
###   palavras mostradas e mantém-se o term-id depois da | como está.
### - { $name } é preenchido pela página: mantém-se como está.

cells-heading = Conheça as células que suas células-tronco produzem
cells-intro = Escolha uma célula para ver o que ela é e o que o aHSCT significa para ela.
cells-in-ahsct-heading = O que o aHSCT significa para ela
cells-show-all = Mostrar todas as células em uma lista
cells-show-one = Mostrar uma célula por vez
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Mostrando: { $name }
cells-marrow-label = Medula óssea
cells-blood-label = Sangue

## Cell: stem-cell
cell-stem-cell-name = Célula-tronco que forma o sangue
cell-stem-cell-about-1 = Uma [[célula-tronco que forma o sangue|haematopoietic-stem-cells]] vive principalmente na medula óssea. Ela pode produzir todos os tipos de células do sangue.
cell-stem-cell-in-ahsct-1 = Na maioria dos centros, medicamentos fazem essas células-tronco passarem para o sangue, onde elas são coletadas. Depois, elas geralmente são congeladas e armazenadas.
cell-stem-cell-in-ahsct-2 = Depois da quimioterapia, elas são devolvidas a você. Elas se instalam na medula e reconstroem suas células do sangue e suas células imunes.

## Cell: red-cells
cell-red-cells-name = Glóbulos vermelhos
cell-red-cells-about-1 = Os glóbulos vermelhos são um dos tipos de células do sangue que as células-tronco produzem.
cell-red-cells-in-ahsct-1 = Depois da quimioterapia em altas doses, o número de células do sangue pode ficar muito baixo por um tempo.
cell-red-cells-in-ahsct-2 = Sua equipe examina seu sangue com frequência. Se for necessário, a equipe pode fazer uma transfusão de sangue em você.

## Cell: platelets
cell-platelets-name = Plaquetas
cell-platelets-about-1 = As plaquetas são outro tipo de célula do sangue que as células-tronco produzem.
cell-platelets-in-ahsct-1 = Durante a quimioterapia, você pode sangrar ou ficar com manchas roxas com mais facilidade.
cell-platelets-in-ahsct-2 = Sua equipe examina seu sangue com frequência e pode fazer transfusões, se forem necessárias.
cell-platelets-in-ahsct-3 = Algumas pessoas desenvolvem, mais tarde, uma PTI, uma doença com plaquetas baixas. Em um centro dos EUA, de 2003 a 2019, ela afetou 14% das pessoas tratadas com um plano que incluía alentuzumabe. Com outros planos, ela afetou até 2,8%.

## Cell: white-cells
cell-white-cells-name = Glóbulos brancos (células imunes)
cell-white-cells-about-1 = Os glóbulos brancos também são chamados de células imunes. As células-tronco também produzem essas células.
cell-white-cells-about-2 = Na EM, acredita-se que algumas células imunes estejam por trás da doença.
cell-white-cells-in-ahsct-1 = A quimioterapia elimina todo o seu sistema imunológico ou grande parte dele, incluindo as células que se acredita estarem por trás da EM.
cell-white-cells-in-ahsct-2 = Depois, as células-tronco devolvidas reconstroem esse sistema devagar, ao longo de muitos meses. Isso se chama [[reconstituição imunológica|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = A proteção das vacinas tomadas antes diminui depois do tratamento. Por isso, as equipes de transplante aplicam algumas vacinas de novo.

## Cell: neutrophils
cell-neutrophils-name = Neutrófilos
cell-neutrophils-about-1 = Os neutrófilos são glóbulos brancos que combatem infecções.
cell-neutrophils-in-ahsct-1 = Depois da quimioterapia, o nível deles fica muito baixo. Isso se chama [[neutropenia|neutropenia]], e o risco de infecção é alto.
cell-neutrophils-in-ahsct-2 = Febre nesse período precisa de tratamento com urgência.
cell-neutrophils-in-ahsct-3 = Os glóbulos brancos são as primeiras células novas do sangue a aparecer de novo. Isso faz parte da [[pega do enxerto|engraftment]].

## Cell: t-cells
cell-t-cells-name = Linfócitos T
cell-t-cells-about-1 = Os linfócitos T são um tipo de célula imune.
cell-t-cells-in-ahsct-1 = Alguns planos de tratamento acrescentam a [[ATG|atg]], um medicamento à base de anticorpos que elimina os linfócitos T.
cell-t-cells-in-ahsct-2 = Como outras células imunes, eles são reconstruídos devagar, nos meses depois do tratamento.
