### As seções da página, em ordem de leitura
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Uma unidade de texto por
### mensagem.
### - [[palavras mostradas|term-id]] marca um termo do glossário: traduzem-se as
###   palavras mostradas e mantém-se o term-id depois da | como está.
### - { $name } é preenchido pela página: mantém-se como está.

## Section: notice
notice-heading = Isto é uma orientação médica?
notice-in-short = Não. São apenas informações gerais.
notice-para-1 = Estas informações não devem servir de base para sugerir um tratamento para nenhuma pessoa em particular. Elas não substituem uma visita, uma ligação ou uma consulta com um médico ou outro profissional de saúde qualificado. Também não substituem a orientação desses profissionais.
notice-para-2 = Para receber orientação sobre o seu próprio tratamento, converse com seu neurologista ou com a equipe que cuida da sua esclerose múltipla.

## Section: what-is-ahsct
what-is-ahsct-heading = O que é o aHSCT?
what-is-ahsct-in-short = O transplante autólogo de [[células-tronco hematopoéticas|haematopoietic-stem-cells]] (aHSCT, sigla em inglês) é outro tipo de tratamento para a esclerose múltipla (EM). A quimioterapia reduz grande parte do seu sistema imunológico. Depois, suas próprias células-tronco armazenadas são devolvidas a você para reconstruí-lo.
what-is-ahsct-para-1 = Autólogo quer dizer que o tratamento usa suas próprias células. Ele não usa células de um doador. Na EM, não se costuma usar células de doadores.
what-is-ahsct-para-2 = No aHSCT, células-tronco da sua própria medula óssea são coletadas e armazenadas. Depois, medicamentos de quimioterapia reduzem uma grande parte do restante das suas células imunes.
what-is-ahsct-para-3 = Hoje, na maioria dos centros, a coleta é feita em duas fases. Primeiro, medicamentos fazem as células-tronco saírem da medula óssea e passarem para o sangue. Depois, as células-tronco são coletadas do sangue.
what-is-ahsct-para-4 = Depois da quimioterapia, as células-tronco armazenadas são colocadas de volta no seu corpo. Com o tempo, elas produzem novas células. Essas novas células repõem, no seu corpo, todos os tipos de células do sangue, incluindo as células imunes.
what-is-ahsct-para-5 = A quimioterapia faz o trabalho principal de reiniciar o sistema imunológico. As células-tronco devolvidas ajudam seu sangue e seu sistema imunológico a se recuperarem mais rápido e com mais segurança.

## Section: aims
aims-heading = O que o aHSCT pode fazer, e o que ele não pode fazer?
aims-in-short = O aHSCT tenta reiniciar o sistema imunológico, para parar a inflamação que contribui para a EM ativa. Ele não pode reparar nervos que já estão danificados.
aims-para-1 = A EM recorrente tem [[surtos|relapse]], e depois de cada um há alguma recuperação. A EM progressiva piora de forma contínua com o tempo, desde o início ou depois de uma fase anterior com surtos.

## Section: suitability
suitability-heading = Para quem o aHSCT pode ser adequado?
suitability-in-short = A EM é uma doença muito variada. Por isso, este tratamento não é adequado para todas as pessoas, nem para todos os tipos de EM. Seu neurologista ou sua equipe de EM podem conversar com você sobre a possibilidade de ele ser uma opção.
suitability-para-1 = Uma diretriz de uma sociedade americana de transplante, publicada em 2019, recomenda o aHSCT para a EM recorrente com sinais que preveem incapacidade futura. Ela aponta em especial os [[surtos|relapse]] ou a atividade na ressonância magnética que continuam apesar das [[DMTs|dmt]] mais eficazes (de alta eficácia). DMTs (terapias modificadoras da doença) são medicamentos usados por muito tempo para reduzir os surtos e desacelerar a atividade da EM.
suitability-para-2 = Segundo uma diretriz europeia publicada em 2020, as evidências a favor do aHSCT estão aumentando na [[EM remitente-recorrente|ms-types]] altamente ativa que as DMTs não controlaram. Ela diz que o aHSCT pode ter um papel na EM progressiva com inflamação significativa.
suitability-para-3 = No Reino Unido, a MS Society diz que é preciso haver sinais de inflamação ativa. Entre eles estão novas áreas de inflamação vistas nos exames de ressonância magnética. Ela diz que as melhores evidências são de pessoas com EM recorrente que:
suitability-para-4 = têm menos de 45 anos
suitability-para-5 = têm EM há menos de 10 anos
suitability-para-6 = têm uma pontuação de incapacidade de 5,5 ou menos
suitability-para-7 = Essa pontuação vem da [[EDSS|edss]] (Escala Expandida do Estado de Incapacidade). É a escala de 0 a 10 que os médicos usam para pontuar a incapacidade na EM: quanto maior, mais incapacidade. Sua equipe de EM pode dizer qual é a sua pontuação.
suitability-para-8 = Segundo a MS Australia, as evidências internacionais sugerem que pessoas com EM progressiva se beneficiam menos e correm um risco maior de problemas graves. Ela diz que é pouco provável que o aHSCT seja recomendado para a EM secundária progressiva ou primária progressiva.
suitability-para-9 = Pessoas com EM progressiva que não têm inflamação ativa raramente melhoram depois do aHSCT. Nos primeiros ensaios clínicos com tratamento intensivo, pessoas com EM secundária progressiva não melhoraram, e a EM delas continuou piorando.
suitability-para-10 = No Reino Unido, pessoas com EM progressiva em fase inicial podem ser consideradas para o tratamento, se ainda mostrarem inflamação ativa.
suitability-para-11 = Os critérios variam um pouco entre os centros e mudam com o tempo. Seu neurologista ou sua equipe de EM são as pessoas certas a quem perguntar se o aHSCT pode ser adequado para você.

## Section: risks
risks-heading = Quais são os riscos e os efeitos colaterais?
risks-in-short = É importante saber que o aHSCT é um tratamento intensivo, com riscos significativos. Para algumas pessoas, esses riscos colocam a vida em perigo. Em estudos de 1995 a 2016, cerca de 2 em cada 100 pessoas morreram por causa do tratamento. A infecção é um dos principais riscos.
risks-para-1 = Em comparação com outros tratamentos para a EM que agem no sistema imunológico, o aHSCT tem riscos maiores a curto prazo.
risks-para-2 = A própria quimioterapia tem vários efeitos colaterais conhecidos. Entre eles estão sangrar ou ficar com manchas roxas com mais facilidade, cansaço, perda de apetite e queda de cabelo.
risks-para-3 = Os riscos durante o tratamento e logo depois dele incluem:
risks-para-4 = número muito baixo de células do sangue
risks-para-5 = infecções, que podem ser graves
risks-para-6 = danos a órgãos
risks-para-7 = fraqueza física geral (descondicionamento)
risks-para-8 = O risco de infecção continua mais alto por muito tempo depois do tratamento, não só durante ele. Em um estudo sueco publicado em 2024, 68% das pessoas tiveram febre enquanto seus glóbulos brancos estavam baixos. Ou seja, cerca de 7 em cada 10.
risks-para-10 = Os riscos a mais longo prazo incluem uma chance maior de câncer, [[novas doenças autoimunes|secondary-autoimmunity]] como problemas de tireoide, menopausa precoce e problemas de fertilidade. A perda da fertilidade pode ser permanente. Em um estudo, a menstruação não voltou para 13 de 43 mulheres (cerca de 3 em cada 10).
risks-para-11 = Um estudo europeu analisou pessoas tratadas de 1995 a 2009 para doenças autoimunes, não só para EM. Em até 5 anos, cerca de 1 em cada 10 teve uma nova doença autoimune (9,8%). A inflamação da tireoide foi a mais comum.
risks-para-12 = Em um centro dos EUA, 16 pessoas com EM tratadas de 2003 a 2019 passaram a ter a tireoide pouco ativa (3,5%). Outras 15 (3,3%) passaram a ter a tireoide ativa demais. Ou seja, cerca de 1 em cada 30, em cada um desses problemas.
risks-para-13 = Em um estudo sueco publicado em 2014, o herpes-zóster (cobreiro) e as doenças da tireoide foram os efeitos colaterais de longo prazo mais comuns. O herpes-zóster afetou 15% das pessoas, cerca de 1 em cada 7.
risks-para-14 = Algumas pessoas morreram por causa do tratamento. Em estudos publicados de 1995 a 2016, cerca de 2 em cada 100 pessoas morreram por causa do tratamento (2,1%).
risks-para-15 = As taxas de mortalidade foram mais altas nos estudos mais antigos. Também foram mais altas nos estudos com pessoas com mais incapacidade, ou com menos pessoas com [[EM remitente-recorrente|ms-types]].
risks-para-16 = As taxas de mortalidade caíram com o tempo. Em centros experientes que usam os métodos atuais, as taxas de mortalidade relatadas são muito mais baixas, mas o risco não é zero.
risks-para-21 = Por exemplo, ninguém morreu entre as 55 pessoas que fizeram o aHSCT em um ensaio clínico chamado MIST (de 2005 a 2016). Ninguém morreu em um estudo sueco com 48 pessoas, publicado em 2014. Em um centro dos EUA, 1 de 507 pessoas tratadas de 2003 a 2019 morreu por causa do tratamento.
risks-para-17 = A experiência do centro faz diferença. Um registro europeu (um banco de dados de transplantes para doenças autoimunes) cobriu o período de 1994 a 2015. Ele relacionou resultados melhores à experiência do centro e à acreditação pelo [[JACIE|jacie]].
risks-para-18 = O JACIE é um órgão que inspeciona centros de transplante com base em padrões de qualidade e segurança.
risks-para-19 = Um estudo da América do Norte e da América do Sul cobriu transplantes para doenças autoimunes, não só para EM, de 1996 a 2009. Os centros que tinham feito poucos transplantes para doenças autoimunes tinham um risco maior de morte.
risks-para-20 = Nos centros que tinham feito menos de 5 transplantes, o risco foi 3,5 vezes o dos centros com mais de 15. Nos que tinham feito de 5 a 15, foi 4,2 vezes.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = Quando ligar para sua equipe
call-team-para-1 = Depois que você voltar para casa, ligue imediatamente para sua equipe de transplante ou para um médico perto de você se tiver febre. Um centro de transplante diz: ligue se sua temperatura for de 38,0 °C (100,5 °F) ou mais, mesmo que você se sinta bem. Use o número que sua equipe passou para você.
call-team-para-2 = Esse centro cita outros sinais de infecção: tosse nova, falta de ar, suores, calafrios, dor de garganta, diarreia e erupções na pele. Ele também cita feridas na boca, dor ou ardência ao urinar, e vermelhidão, inchaço ou secreção em volta de um cateter venoso central. Ligue também por causa desses sinais. Se as instruções e a temperatura da sua própria equipe forem diferentes, siga as da sua equipe.

## Section: timeline
timeline-heading = O que acontece durante o aHSCT, passo a passo?
timeline-in-short = As etapas do tratamento costumam levar de várias semanas a alguns meses. A recuperação continua por muitos meses depois e, para algumas pessoas, um ano ou mais.
timeline-para-1 = O aHSCT é um tratamento feito uma única vez. Ele é formado por várias etapas, distribuídas ao longo de várias semanas.
timeline-para-2 = Não existe um plano padrão único. Os medicamentos, os prazos e o tempo de internação variam entre os centros. Sua equipe vai explicar o cronograma que ela segue.

## Section: stem-cells
stem-cells-heading = O que são as células-tronco que formam o sangue?
stem-cells-in-short = São células da sua medula óssea que podem produzir todos os tipos de células do sangue, incluindo as células imunes.
stem-cells-para-1 = As células-tronco que formam o sangue também são chamadas de células-tronco [[hematopoéticas|haematopoietic-stem-cells]]. Em inglês, essa palavra se escreve haematopoietic no Reino Unido e hematopoietic nos Estados Unidos.
stem-cells-para-2 = Elas são um tipo de célula-tronco adulta produzida na medula óssea. A medula óssea é o tecido esponjoso que fica dentro de alguns ossos.
stem-cells-para-3 = Essas células-tronco podem produzir as diferentes células encontradas no sangue. Entre elas estão os glóbulos vermelhos, as plaquetas e as células imunes, também chamadas de glóbulos brancos.
stem-cells-para-4 = A maioria dessas células-tronco fica na medula óssea. Pouquíssimas circulam no sangue.
stem-cells-para-5 = Esta página explica um tratamento para a EM que usa essas células-tronco. Ele se chama transplante [[autólogo|autologous]] de células-tronco hematopoéticas (aHSCT).

## Section: why
why-heading = Por que os pesquisadores estão estudando células-tronco para a EM?
why-in-short = Ainda há necessidade de tratamentos mais eficazes para a esclerose múltipla (EM). As terapias com células-tronco estão sendo estudadas como um caminho possível para atender a essa necessidade.
why-para-1 = As células-tronco têm propriedades únicas. Isso faz delas candidatas promissoras para tratamentos que podem desacelerar a atividade da doença na EM.
why-para-2 = Atividade da doença quer dizer sinais de que a EM está ativa. Exemplos são os [[surtos|relapse]], a piora da incapacidade e novas inflamações vistas nos exames de ressonância magnética. Um surto é uma crise de sintomas novos ou que pioram, seguida de recuperação total ou parcial.

## Section: availability
availability-heading = Onde o aHSCT está disponível?
availability-in-short = Depende do país e, às vezes, de onde você mora dentro dele.
availability-para-1 = Em alguns poucos países, o aHSCT é considerado um tratamento para a EM altamente ativa. As condições para ter acesso a ele podem ser diferentes entre países, ou até dentro de um mesmo país.
availability-para-2 = Mesmo onde o aHSCT é aprovado, ele pode não estar disponível. Isso pode acontecer por não haver conhecimento especializado ou recursos suficientes.
availability-para-3 = Em 2019, um registro europeu (um banco de dados de transplantes) contabilizou mais de 1.400 tratamentos com aHSCT para a EM. A maioria foi no Reino Unido, na Itália, na Suécia e na Polônia.
availability-para-4 = Um estudo sueco publicado em 2024 disse que a maioria dos países ainda não tinha incluído o aHSCT nas suas diretrizes nacionais para a EM. Segundo o estudo, a Suécia usa o aHSCT no atendimento de rotina.
availability-para-5 = Em fevereiro de 2019, a política do serviço público de saúde inglês (NHS England) permitia o aHSCT como opção para algumas pessoas com EM. Os critérios que os médicos usam limitam o tratamento a um grupo pequeno, com EM muito ativa apesar de pelo menos uma [[DMT|dmt]] aprovada. Eles também permitem o tratamento na EM “maligna”, que é muito rara.
availability-para-6 = A MS Society (Reino Unido) diz que os centros do Reino Unido precisam ser acreditados pelo [[JACIE|jacie]]. O JACIE inspeciona centros de transplante com base em padrões de qualidade e segurança.
availability-para-7 = Reportagens de 2017 a 2020 descrevem pessoas que viajaram para clínicas particulares no exterior, por exemplo no México ou na Rússia. Antes de buscar tratamento particular ou no exterior, a MS Society (Reino Unido) aconselha verificar:
availability-para-8 = o que exatamente é oferecido
availability-para-9 = se a clínica segue padrões internacionais, como os do JACIE
availability-para-10 = quanta experiência ela tem com EM
availability-para-11 = que acompanhamento ela oferece depois do tratamento
availability-para-12 = o que o preço inclui, já que a viagem e a hospedagem podem não estar incluídas
availability-para-13 = A MS Society incentiva fortemente que você converse antes com um neurologista.

## Section: evidence
evidence-heading = O que os estudos mostraram até agora?
evidence-in-short = Nos estudos feitos até agora, muitas pessoas ficaram anos sem novos sinais de atividade da EM depois do aHSCT. Os resultados variam entre os estudos e foram melhores na EM recorrente.
evidence-para-1 = Estes são os principais resultados que as fontes relatam. Os estudos diferem em quem participou, nos medicamentos usados e no tempo de acompanhamento das pessoas. Por isso, os números deles não podem ser comparados diretamente.
evidence-para-2 = Muitos estudos relatam a [[NEDA|neda]], sigla em inglês para “sem evidência de atividade da doença”. Isso quer dizer: nenhum [[surto|relapse]], nenhuma piora da incapacidade e nenhuma atividade nova nos exames de ressonância magnética.
evidence-para-3 = Uma revisão de 2017 reuniu 15 estudos com 764 pessoas. Após 5 anos, 67% estavam sem evidência de atividade da doença, e a incapacidade tinha piorado em 23,3%.
evidence-para-4 = Uma revisão de 2022 reuniu 50 estudos, muito diferentes entre si, com 4.831 pessoas. No total, 68% estavam sem evidência de atividade da doença, e 73% não tiveram piora da incapacidade.
evidence-para-5 = Na Suécia, 174 pessoas com [[EM remitente-recorrente|ms-types]] foram tratadas no atendimento de rotina. Após 5 anos, 73% estavam sem evidência de atividade da doença. Após 10 anos, eram 65%.
evidence-para-6 = Nesse estudo sueco, 149 pessoas tinham alguma incapacidade no início. Depois, 54% tinham melhorado, 37% estavam estáveis e 9% tinham piorado.
evidence-para-7 = Um centro dos EUA tratou 507 pessoas. Após 4 anos, a incapacidade não tinha piorado em 95% das pessoas com EM remitente-recorrente. Não tinha piorado em 66% das pessoas com EM secundária progressiva.
evidence-para-8 = Um estudo de registro mais antigo (com dados de transplantes registrados) acompanhou 281 pessoas tratadas de 1995 a 2006, a maioria com EM progressiva. Após 5 anos, 46% não tiveram piora da incapacidade.
evidence-para-9 = Um ensaio clínico canadense, publicado em 2016, deu um tratamento muito intensivo a 24 pessoas. Após 3 anos, 69,6% não tinham atividade da EM. Das 24 pessoas, tratadas de 2001 a 2009, uma morreu por complicações do tratamento.
evidence-para-10 = Vários estudos encontraram resultados melhores na EM recorrente. Um estudo também encontrou resultados melhores em pessoas mais jovens, que tinham EM havia menos tempo.
evidence-para-11 = A revisão de 2017 encontrou o melhor equilíbrio entre benefício e risco na EM remitente-recorrente agressiva (muito ativa). Esse equilíbrio era melhor antes de a pessoa acumular muita incapacidade.
evidence-para-12 = Em 2019, uma sociedade americana de transplante revisou as evidências. Ela concluiu que o aHSCT pode prevenir surtos, nova atividade na ressonância magnética e piora da incapacidade na EM recorrente ativa.

## Section: research
research-heading = O que a pesquisa ainda precisa mostrar?
research-in-short = É fundamental haver mais ensaios clínicos randomizados e controlados, grandes e de padrão-ouro, específicos para a EM. Eles devem comparar o aHSCT com os tratamentos para EM disponíveis hoje.
research-para-1 = Um ensaio randomizado anterior, chamado MIST, comparou o aHSCT com a troca para outra [[DMT|dmt]]. O acaso decidiu o que cada pessoa recebeu. Ele incluiu 110 pessoas com [[EM remitente-recorrente|ms-types]], que entraram no ensaio de 2005 a 2016.
research-para-2 = No MIST, a incapacidade piorou em 3 pessoas depois do aHSCT e em 34 pessoas que trocaram de DMT. Cada grupo tinha 55 pessoas.
research-para-3 = Metade das pessoas no MIST foi acompanhada por 2 anos ou mais, e a média foi de 2,8 anos. Só 23 pessoas foram avaliadas todos os anos durante 5 anos.
research-para-4 = Os autores do MIST dizem que ele é um estudo preliminar, que precisa ser repetido. Ele também não comparou o aHSCT com muitas das DMTs mais eficazes de hoje.
research-para-5 = Ensaios mais recentes comparam o aHSCT com esses medicamentos. Entre eles estão o StarMS, no Reino Unido, o BEAT-MS, nos EUA, e o RAM-MS, coordenado a partir da Noruega.

## Section: questions
questions-heading = O que posso perguntar à minha equipe de EM?
questions-in-short = Aqui estão perguntas que você pode querer fazer antes de decidir, sobre o tratamento e sobre a recuperação. Marque as que quiser, adicione as suas e depois imprima ou copie sua lista.
questions-para-1 = Seu neurologista ou sua equipe de EM conhecem sua situação e o plano do centro onde trabalham. Estas perguntas podem ajudar você a começar essa conversa.

## Section: read-more
read-more-heading = Onde posso ler mais?
read-more-in-short = Organizações de apoio à EM publicam guias detalhados sobre o aHSCT. Sua equipe de EM também pode dar mais informações.

## Section: glossary
glossary-heading = O que significam as palavras médicas?
glossary-in-short = Aqui estão as palavras médicas usadas nesta página, explicadas em linguagem simples. Você também pode selecionar uma palavra no texto para ver o significado dela ali mesmo.

## Section: sources
sources-heading = De onde vêm estas informações?
sources-in-short = Os fatos seguidos de um número vêm das fontes listadas abaixo. Parte do restante vem do texto geral em que este guia se baseia, que não cita fontes. Outra parte resume fatos que aparecem com suas fontes em outros pontos da página.
sources-para-1 = A situação dos ensaios clínicos e as páginas das organizações de apoio estão como as fontes informaram, e podem ter mudado desde então. Muitas afirmações aqui trazem a data informada pela fonte. Algumas páginas não têm data, então não podemos dizer se estão atualizadas.
sources-para-2 = A data de revisão abaixo indica quando estes textos foram comparados pela última vez com nossas anotações das fontes. Isso não quer dizer que cada fonte foi verificada de novo nesse dia.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = O que o aHSCT busca fazer
aims-can-1 = Ele tenta “reformatar”, ou reiniciar, seu sistema imunológico.
aims-can-2 = Ele busca parar a inflamação que contribui para a EM recorrente ativa ou para a EM progressiva ativa.
aims-can-3 = A quimioterapia elimina todo o sistema imunológico ou grande parte dele, incluindo as células que se acredita estarem por trás da EM.
aims-can-4 = Com o tempo, as células-tronco devolvidas produzem novas células do sangue e novas células imunes.
aims-cannot-heading = O que o aHSCT não pode fazer
aims-cannot-1 = Essas células-tronco não podem regenerar nervos danificados.
aims-cannot-2 = Elas também não podem reparar outras partes danificadas do cérebro e da medula espinhal.
aims-cannot-3 = Quando a incapacidade melhora depois do tratamento, a melhora nem sempre dura.
aims-cannot-4 = Ele não é adequado para todas as pessoas com EM, nem para todos os tipos de EM.

## The randomised trials (after the section "research")
trials-heading = Ensaios randomizados mais recentes
trials-where-label = Onde
trials-compared-with-label = Comparado com
trials-status-label = Situação, segundo a última informação
trial-starms-name = StarMS
trial-starms-country = No Reino Unido, em 19 hospitais.
trial-starms-comparison = As DMTs mais eficazes (de alta eficácia): alentuzumabe, ocrelizumabe, ofatumumabe ou cladribina.
trial-starms-status = Planejado para 198 pessoas. O MS Trust disse que o recrutamento terminou em novembro de 2024, com 94 pessoas, e que os resultados eram esperados para julho de 2027. Não sabemos quando a página do MS Trust foi atualizada pela última vez.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = Nos Estados Unidos. A parte do estudo no Reino Unido está registrada na NHS Health Research Authority.
trial-beat-ms-comparison = O melhor tratamento disponível: as DMTs mais eficazes (de alta eficácia).
trial-beat-ms-status = Planejado para 156 pessoas, cada uma acompanhada por 6 anos. Uma listagem indica o fim do estudo em outubro de 2029. Em março de 2023, o registro do estudo no ClinicalTrials.gov, uma lista pública de ensaios clínicos, dizia que ele estava recrutando participantes. Uma versão posterior do registro tem data de janeiro de 2024, então isso pode ter mudado.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Coordenado a partir da Noruega, com participantes na Dinamarca, nos Países Baixos, na Noruega e na Suécia.
trial-ram-ms-comparison = Alentuzumabe, cladribina ou ocrelizumabe.
trial-ram-ms-status = Planejado para 100 pessoas. Em junho de 2025, uma listagem dizia que ele não estava mais recrutando participantes, mas ainda estava em andamento. Listagens diferentes indicavam o fim do estudo em março de 2026 ou em março de 2028.
