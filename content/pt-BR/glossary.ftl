### O glossário: cada termo, sua definição e as formas que ele assume no texto
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Uma unidade de texto por
### mensagem.
### - Cada linha `term-…-forms` lista, em minúsculas e separadas por vírgulas,
###   as formas que o termo assume no texto traduzido (para os testes de conteúdo).

## Term: autologous
term-autologous = Autólogo
term-autologous-definition = Usa suas próprias células. O contrário, alogênico, usa células de um doador. Na EM, o transplante alogênico não é o caminho habitual.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autólogo

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Células-tronco hematopoéticas (em inglês: haematopoietic, ou hematopoietic nos EUA)
term-haematopoietic-stem-cells-definition = Células “de origem”, ainda jovens, que vivem principalmente na medula óssea, o tecido esponjoso que fica dentro de alguns ossos. Elas podem se transformar em todos os tipos de células do sangue, como glóbulos vermelhos, plaquetas e células imunes (glóbulos brancos).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = hematopoéticas, hematopoética, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Mobilização
term-mobilisation-definition = Uso de medicamentos para fazer as células-tronco saírem da medula óssea e passarem para o sangue, para que possam ser coletadas.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = mobilização

## Term: g-csf
term-g-csf = G-CSF (filgrastim)
term-g-csf-definition = Uma versão fabricada em laboratório de um fator de crescimento natural, aplicada em injeções. O G-CSF aumenta a produção de glóbulos brancos e ajuda a liberar células-tronco no sangue.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Aférese (leucaférese, ou “coleta”)
term-apheresis-definition = Coleta de células-tronco feita passando o sangue por uma máquina. A máquina retém as células-tronco e devolve o restante do sangue.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = aférese, leucaférese

## Term: cd34
term-cd34 = Células CD34+
term-cd34-definition = O marcador de laboratório usado para contar as células-tronco coletadas. As equipes buscam atingir um número mínimo para cada quilo de peso corporal.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Criopreservação
term-cryopreservation-definition = Congelamento de células em condições controladas, para que elas sobrevivam ao armazenamento e possam ser descongeladas depois.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = criopreservação

## Term: conditioning
term-conditioning = Condicionamento
term-conditioning-definition = A quimioterapia em altas doses dada antes da devolução das células-tronco, às vezes com medicamentos à base de anticorpos, como a ATG. Ela elimina todo o sistema imunológico existente ou grande parte dele.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = condicionamento

## Term: myeloablative
term-myeloablative = Mieloablativo e não mieloablativo
term-myeloablative-definition = O condicionamento mieloablativo elimina por completo a medula óssea e o sistema imunológico. O não mieloablativo, ou menos intensivo, faz isso só em parte.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = mieloablativo, mieloablativos, não mieloablativo, não mieloablativos

## Term: cyclophosphamide
term-cyclophosphamide = Ciclofosfamida
term-cyclophosphamide-definition = Um medicamento de quimioterapia usado em muitos planos de tratamento da EM. Ele é usado tanto para levar as células-tronco para o sangue quanto para o condicionamento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = ciclofosfamida

## Term: atg
term-atg = ATG (globulina antitimocitária)
term-atg-definition = Um medicamento à base de anticorpos, muitas vezes produzido em coelhos, que elimina os linfócitos T. Os linfócitos T são um tipo de célula imune. A ATG muitas vezes é combinada com a ciclofosfamida.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, globulina antitimocitária

## Term: beam
term-beam = BEAM
term-beam-definition = Uma combinação mais intensiva de quatro medicamentos de quimioterapia: carmustina (BCNU), etoposídeo, citarabina e melfalana.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Dia 0 (“dia zero”)
term-day-0-definition = O dia em que as células-tronco são devolvidas. Os dias antes dele são contados com sinal de menos, e os dias depois dele, com sinal de mais.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = dia 0, dia zero

## Term: engraftment
term-engraftment = Pega do enxerto
term-engraftment-definition = Quando as células-tronco devolvidas já se instalaram na medula e novas células começam a aparecer no sangue. Os glóbulos brancos aparecem primeiro.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = pega do enxerto

## Term: neutropenia
term-neutropenia = Neutropenia e neutropenia febril
term-neutropenia-definition = Um nível muito baixo de neutrófilos, os glóbulos brancos que combatem infecções. Febril quer dizer com febre, o que precisa de tratamento com urgência.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropenia

## Term: immune-reconstitution
term-immune-reconstitution = Reconstituição imunológica
term-immune-reconstitution-definition = A reconstrução gradual do sistema imunológico nos meses depois do transplante.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = reconstituição imunológica

## Term: dmt
term-dmt = Terapia modificadora da doença (DMT, sigla em inglês)
term-dmt-definition = Um medicamento usado por muito tempo para reduzir os surtos de EM e desacelerar a atividade da EM. Entre as DMTs de alta eficácia estão natalizumabe, alentuzumabe, ocrelizumabe, ofatumumabe e cladribina.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, dmts, terapia modificadora da doença, terapias modificadoras da doença

## Term: relapse
term-relapse = Surto
term-relapse-definition = Um episódio bem definido de sintomas de EM novos ou que pioram, causado por inflamação. Depois dele, há uma recuperação total ou parcial.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = surto, surtos

## Term: ms-types
term-ms-types = EMRR, EMSP e EMPP
term-ms-types-definition = A EM remitente-recorrente (EMRR) tem crises seguidas de recuperação. A EM secundária progressiva (EMSP) piora de forma contínua depois de uma fase anterior com surtos. A EM primária progressiva (EMPP) piora de forma contínua desde o início.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = emrr, emsp, empp, remitente-recorrente, secundária progressiva, primária progressiva

## Term: edss
term-edss = EDSS (Escala Expandida do Estado de Incapacidade)
term-edss-definition = A escala padrão de 0 a 10 que os médicos usam para pontuar a incapacidade na EM. Pontuações mais altas significam mais incapacidade.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, escala expandida do estado de incapacidade

## Term: neda
term-neda = NEDA (sem evidência de atividade da doença)
term-neda-definition = Um objetivo do tratamento: nenhum surto, nenhuma piora da incapacidade e nenhuma atividade nova na ressonância magnética durante um certo período.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, sem evidência de atividade da doença

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Autoimunidade secundária
term-secondary-autoimmunity-definition = Uma nova doença autoimune, como uma doença da tireoide, que aparece depois do tratamento.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = autoimunidade secundária, nova doença autoimune, novas doenças autoimunes

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Um órgão de acreditação que inspeciona centros de transplante com base em padrões de qualidade e segurança. Ele é administrado em conjunto por dois grupos. Um deles é o EBMT, que mantém um registro dos transplantes na Europa.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
