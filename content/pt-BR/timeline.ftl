### A linha do tempo: cada etapa do tratamento
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Uma unidade de texto por
### mensagem.
### - [[palavras mostradas|term-id]] marca um termo do glossário: traduzem-se as
###   palavras mostradas e mantém-se o term-id depois da | como está.
### - { $name } é preenchido pela página: mantém-se como está.

## Step: assessment
step-assessment-title = Encaminhamento e avaliação
# The step in one sentence, for the short version of the page.
step-assessment-in-short = Uma equipe especializada avalia você antes de qualquer outra coisa.
step-assessment-medical-name = avaliação
step-assessment-what-happens-1 = Geralmente, um neurologista encaminha você para um centro de tratamento especializado. Lá, a equipe especializada avalia você antes de qualquer outra coisa.
step-assessment-what-happens-2 = Uma diretriz europeia publicada em 2020 recomenda que neurologistas especializados em EM e hematologistas de transplante cuidem de você juntos. Hematologistas são médicos especializados em sangue. A diretriz diz que isso deve acontecer em centros de transplante acreditados.
step-assessment-what-happens-3 = Dois outros artigos, de 2017 e de cerca de 2019, dizem o mesmo.
step-assessment-what-happens-4 = Você pode fazer exames de sangue, exames do coração e dos pulmões, e exames de imagem como a ressonância magnética. Os exames exatos variam de um centro para outro.
step-assessment-why-1 = Especialistas em EM e em transplante avaliam se o aHSCT pode ser uma opção para você.
step-assessment-why-2 = Antes de você concordar, sua equipe deve explicar os efeitos graves a longo prazo. O tratamento pode causar problemas de fertilidade, que podem ser permanentes. Por isso, recomenda-se uma orientação sobre fertilidade antes do tratamento.
step-assessment-why-3 = As opções para preservar a fertilidade incluem congelar óvulos, embriões ou tecido ovariano, e armazenar sêmen.
step-assessment-why-4 = Diretrizes de reabilitação publicadas em 2020 recomendam fisioterapia antes do tratamento, e também depois dele.
step-assessment-timing-1 = O tempo que isso leva varia. Em um grande ensaio clínico dos EUA (BEAT-MS), as consultas de triagem podem levar até 3 meses.
step-assessment-may-notice-1 = Em um centro do NHS (o serviço público de saúde do Reino Unido), cada pessoa tem um contato principal durante todo o processo. Esse contato é um enfermeiro especializado, designado para ela. Um farmacêutico e um nutricionista também participam.
step-assessment-scene-text = Suas células-tronco estão na medula óssea, como de costume.
step-assessment-immune-text = Antes do tratamento, seus glóbulos brancos estão no nível habitual.

## Step: mobilisation
step-mobilisation-title = Passagem das células-tronco para o sangue
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Medicamentos fazem as células-tronco saírem da medula óssea e passarem para a corrente sanguínea.
step-mobilisation-medical-name = [[mobilização|mobilisation]]
step-mobilisation-what-happens-1 = Medicamentos fazem as células-tronco saírem da medula óssea e passarem para a corrente sanguínea.
step-mobilisation-what-happens-2 = Muitos planos de tratamento combinam uma dose de um medicamento de quimioterapia, a [[ciclofosfamida|cyclophosphamide]], com injeções diárias de [[G-CSF|g-csf]]. Alguns usam só o G-CSF, junto com um corticoide.
step-mobilisation-what-happens-3 = O G-CSF é uma cópia, fabricada em laboratório, de um fator de crescimento natural, uma substância que o corpo produz. O G-CSF aumenta a produção de glóbulos brancos e ajuda a liberar células-tronco no sangue.
step-mobilisation-why-1 = Normalmente, pouquíssimas células-tronco circulam no sangue. Esta etapa faz sair uma quantidade suficiente delas para a coleta.
step-mobilisation-why-2 = Uma organização de apoio à EM dos EUA diz que a quimioterapia desta etapa também ajuda a diminuir a chance de [[surtos|relapse]] durante essa fase.
step-mobilisation-timing-1 = A MS Society (Reino Unido) diz que a coleta acontece cerca de 10 dias depois do início desta etapa.
step-mobilisation-timing-2 = A National MS Society, dos EUA, diz que esta etapa, a coleta e o congelamento, juntos, levam de 5 a 15 dias.
step-mobilisation-may-notice-1 = Seus sintomas de EM podem piorar por um tempo durante esta etapa.
step-mobilisation-may-notice-2 = As injeções de G-CSF podem causar dor nos ossos em algumas pessoas.
step-mobilisation-may-notice-3 = O relato de um paciente descreve uma queda dos glóbulos brancos por um tempo depois da ciclofosfamida, com risco de febre e infecção. Dois dias depois da ciclofosfamida, esse paciente estava com os glóbulos brancos muito baixos e com febre.
step-mobilisation-may-notice-4 = Em um estudo com 39 pessoas, 8 tiveram efeitos colaterais nesta etapa. Foram febre sem causa conhecida (3 pessoas), diarreia (3), dor de cabeça (1) e uma infecção na corrente sanguínea (1). Ninguém morreu.
step-mobilisation-scene-text = Medicamentos levam as células-tronco da sua medula óssea para o sangue, para que uma quantidade suficiente possa ser coletada.
step-mobilisation-immune-text = Se a quimioterapia for usada nesta etapa, os glóbulos brancos podem baixar por um tempo.

## Step: collection
step-collection-title = Coleta das suas células-tronco
# The step in one sentence, for the short version of the page.
step-collection-in-short = Uma máquina retém as células-tronco do seu sangue e devolve o restante para você.
step-collection-medical-name = [[aférese|apheresis]], ou coleta de células-tronco
step-collection-what-happens-1 = Seu sangue sai de uma veia e passa por uma máquina. A máquina retém as células-tronco e devolve o restante do sangue para você.
step-collection-what-happens-2 = O sangue passa por uma agulha no braço ou por um tubo em uma veia. Esse tubo se chama cateter venoso central ou cateter PICC. Ele também pode ser usado depois, para devolver suas células-tronco.
step-collection-what-happens-3 = A equipe busca coletar um número mínimo de células-tronco. Elas são contadas com um marcador de laboratório chamado [[CD34+|cd34]].
step-collection-why-1 = Estas são as células-tronco que você vai receber de volta depois da quimioterapia.
step-collection-timing-1 = A MS Society (Reino Unido) diz que a coleta acontece cerca de 10 dias depois do início da [[mobilização|mobilisation]]. Ela acontece quando os exames de sangue mostram células-tronco suficientes no sangue.
step-collection-timing-2 = Uma sessão leva várias horas. Muitas vezes, uma sessão é suficiente. Em um estudo, 30 de 39 pessoas precisaram de uma, e as demais precisaram de duas a quatro.
step-collection-may-notice-1 = Um centro de transplante geral, não específico para EM, diz que a coleta geralmente não dói.
step-collection-may-notice-2 = Ele também diz que a máquina usa um medicamento que afina o sangue, para que o sangue não coagule dentro dela. O medicamento pode causar formigamento, dormência, calafrios ou tontura, que a equipe pode tratar.
step-collection-scene-text = Uma máquina coleta células-tronco do seu sangue, para que sejam armazenadas.
step-collection-immune-text = A imagem ainda não mostra grande mudança: a quimioterapia principal ainda não começou.

## Step: storage
step-storage-title = Congelamento e armazenamento das células
# The step in one sentence, for the short version of the page.
step-storage-in-short = Em um laboratório, suas células-tronco coletadas são congeladas e armazenadas até serem necessárias.
step-storage-medical-name = [[criopreservação|cryopreservation]]
step-storage-what-happens-1 = Em um laboratório, suas células-tronco coletadas são congeladas. Elas ficam armazenadas até serem necessárias.
step-storage-what-happens-2 = Congelar células-tronco é um procedimento de rotina. Células armazenadas congeladas por muito tempo ainda conseguem reconstruir o sistema sanguíneo.
step-storage-what-happens-3 = Um grande centro particular não congela as células. Ele as devolve sem congelar.
step-storage-why-1 = Armazenar as células as mantém prontas para depois, enquanto a quimioterapia reduz suas células imunes.
step-storage-timing-1 = O intervalo até a próxima etapa varia entre os centros. Em um estudo dos EUA (HALT-MS), a etapa seguinte começou pelo menos 7 dias depois da última injeção de [[G-CSF|g-csf]].
step-storage-timing-2 = Sua equipe vai informar os prazos que ela segue.
step-storage-may-notice-1 = Esta etapa acontece no laboratório, não no seu corpo.
step-storage-scene-text = As células-tronco coletadas são congeladas e armazenadas no laboratório.
step-storage-immune-text = A imagem ainda não mostra grande mudança: a quimioterapia principal ainda não começou.

## Step: conditioning
step-conditioning-title = Quimioterapia para reiniciar o sistema imunológico
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = Você recebe quimioterapia em altas doses na veia, geralmente no hospital.
step-conditioning-medical-name = [[condicionamento|conditioning]]
step-conditioning-what-happens-1 = Geralmente, esta etapa é feita com internação no hospital. Você recebe quimioterapia em altas doses na veia, pelo soro (infusão). Alguns planos acrescentam um medicamento à base de anticorpos, como a [[ATG|atg]], que elimina algumas células imunes.
step-conditioning-what-happens-2 = Isso elimina todo o seu sistema imunológico existente ou grande parte dele, incluindo as células que se acredita estarem por trás da EM.
step-conditioning-what-happens-3 = Os tratamentos mais intensivos eliminam por completo a medula óssea e o sistema imunológico ([[mieloablativos|myeloablative]]). Os menos intensivos fazem isso só em parte (não mieloablativos).
step-conditioning-what-happens-4 = Uma combinação comum é a [[ciclofosfamida|cyclophosphamide]] com a ATG. Alguns centros usam uma combinação mais intensiva, chamada [[BEAM|beam]].
step-conditioning-why-1 = Esta é a etapa que faz o trabalho principal de reiniciar o sistema imunológico.
step-conditioning-timing-1 = A infusão na veia é feita ao longo de vários dias. Em um estudo dos EUA (HALT-MS), isso levou cerca de 6 dias.
step-conditioning-timing-2 = A National MS Society, dos EUA, diz que esta etapa e as duas seguintes representam cerca de 3 semanas de internação.
step-conditioning-may-notice-1 = A quimioterapia tem efeitos colaterais comuns. Eles incluem enjoo ou vômito, sangramentos ou manchas roxas, cansaço, perda de apetite e queda de cabelo.
step-conditioning-may-notice-2 = Você recebe medicamentos contra o enjoo.
step-conditioning-may-notice-3 = Nos cuidados de transplante em geral, a maioria dos efeitos colaterais melhora em semanas. O cabelo geralmente volta a crescer em alguns meses.
step-conditioning-scene-text = As células-tronco coletadas continuam congeladas. A quimioterapia reduz suas células imunes e parte da sua medula óssea, ou toda ela.
step-conditioning-immune-text = A quimioterapia elimina todo o sistema imunológico ou grande parte dele, por isso o nível cai muito.

## Step: reinfusion
step-reinfusion-title = Devolução das suas células-tronco
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Suas células-tronco armazenadas são descongeladas e devolvidas pela veia.
step-reinfusion-medical-name = reinfusão, ou [[Dia 0|day-0]]
step-reinfusion-what-happens-1 = Suas células-tronco armazenadas são descongeladas. Elas são devolvidas pela veia, de forma muito parecida com uma transfusão de sangue.
step-reinfusion-what-happens-2 = As equipes de transplante chamam esse dia de Dia 0. Os dias antes dele são contados com sinal de menos, e os dias depois dele, com sinal de mais.
step-reinfusion-why-1 = As células-tronco devolvidas reconstroem a produção do seu sangue. Elas ajudam você a se recuperar depois da quimioterapia.
step-reinfusion-why-2 = Elas não reparam nervos danificados.
step-reinfusion-timing-1 = Isso costuma acontecer um ou dois dias depois do fim da quimioterapia, quando os medicamentos já saíram do seu corpo.
step-reinfusion-may-notice-1 = Geralmente, você continua no hospital. Depois da quimioterapia, seus glóbulos brancos ficam muito baixos. Por isso, a equipe acompanha você de perto, atenta a infecções.
step-reinfusion-scene-text = Suas células-tronco são descongeladas e devolvidas ao seu sangue.
step-reinfusion-immune-text = Seus glóbulos brancos ficam no nível mais baixo perto desta etapa e depois dela, até aparecerem novas células.

## Step: hospital-recovery
step-hospital-recovery-title = Recuperação no hospital
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = Seus glóbulos brancos caem muito e o risco de infecção é alto, até que novos glóbulos brancos comecem a aparecer.
step-hospital-recovery-medical-name = [[pega do enxerto|engraftment]]
step-hospital-recovery-what-happens-1 = Depois da quimioterapia, seus glóbulos brancos caem muito, incluindo os neutrófilos, os glóbulos brancos que combatem infecções. Um nível muito baixo de neutrófilos se chama [[neutropenia|neutropenia]]. Nesse período, o risco de infecção é alto.
step-hospital-recovery-what-happens-2 = Os cuidados incluem medidas para prevenir infecções, antibióticos, transfusões se forem necessárias e exames de sangue frequentes.
step-hospital-recovery-what-happens-3 = A pega do enxerto é o momento em que as células-tronco devolvidas se instalam na medula óssea e novos glóbulos brancos começam a aparecer.
step-hospital-recovery-why-1 = Seu sistema imunológico fica muito fraco até novas células crescerem. Os cuidados ajudam a proteger você de infecções enquanto ele começa a se recuperar.
step-hospital-recovery-timing-1 = Nos cuidados de transplante em geral, a pega do enxerto leva de vários dias a algumas semanas.
step-hospital-recovery-timing-2 = A National MS Society, dos EUA, diz que a internação dura cerca de 3 semanas. Isso varia de um centro para outro.
step-hospital-recovery-timing-3 = Um centro particular tratou a maioria das pessoas sem internação, em regime ambulatorial. Só 32 dos seus 617 pacientes precisaram ser internados. A abordagem desse centro é incomum, então os resultados dele podem não valer para outros centros.
step-hospital-recovery-may-notice-1 = Febre enquanto os glóbulos brancos estão baixos (neutropenia febril) precisa de tratamento com urgência. Em um estudo sueco feito no atendimento de rotina, 68% das pessoas tiveram esse problema: cerca de 7 em cada 10.
step-hospital-recovery-may-notice-2 = Você pode sentir fraqueza por um tempo. Essa fraqueza geral (descondicionamento) pode deixar as tarefas do dia a dia mais difíceis por um período.
step-hospital-recovery-scene-text = Suas células-tronco se instalam na medula óssea e começam a produzir novas células do sangue.
step-hospital-recovery-immune-text = Seus glóbulos brancos continuam muito baixos até aparecerem novos. Depois, o nível começa a subir.

## Step: follow-up
step-follow-up-title = Os meses seguintes e o acompanhamento
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Seu sistema imunológico se reconstrói aos poucos ao longo de meses, e você continua com risco maior de infecção por muito tempo.
step-follow-up-medical-name = [[reconstituição imunológica|immune-reconstitution]]
step-follow-up-what-happens-1 = Seu sistema imunológico se reconstrói aos poucos ao longo de meses. Você continua com risco maior de infecção por muito tempo.
step-follow-up-what-happens-2 = A proteção das vacinas que você tomou na infância diminui depois deste tratamento. Por isso, os serviços de transplante seguem um plano para vacinar você de novo.
step-follow-up-what-happens-3 = Nas consultas de controle, a equipe procura sinais de [[novas doenças autoimunes|secondary-autoimmunity]], principalmente da tireoide. Nessas doenças, o sistema imunológico ataca uma parte do corpo. A equipe também procura sinais de herpes-zóster (cobreiro).
step-follow-up-what-happens-4 = As consultas de acompanhamento são regulares e continuam por anos. Os cronogramas variam: em um ensaio clínico dos EUA, as consultas são a cada 6 meses, durante 6 anos.
step-follow-up-what-happens-5 = Algumas pessoas se tratam fora do sistema público de saúde do seu país. Elas precisam garantir que os cuidados depois do tratamento estejam organizados perto de casa.
step-follow-up-why-1 = Um bom acompanhamento e cuidados de suporte depois do tratamento são essenciais para reduzir os riscos.
step-follow-up-why-2 = Recomenda-se reabilitação com terapeutas do hospital e de serviços perto da sua casa. O objetivo é ajudar você a recuperar suas capacidades do dia a dia e sua qualidade de vida.
step-follow-up-timing-1 = A recuperação leva mais tempo do que o próprio tratamento. Ela continua por muitos meses e, para algumas pessoas, um ano ou mais.
step-follow-up-timing-2 = Em um pequeno estudo com 18 pessoas, a qualidade de vida já tinha melhorado após 3 meses. O cansaço (fadiga) levou 12 meses para melhorar.
step-follow-up-may-notice-4 = Em um estudo com 43 mulheres, a menstruação voltou para 30 delas, em média após 6,8 meses. Nas outras 13 mulheres, a menstruação não voltou.
step-follow-up-may-notice-5 = A chance de a menstruação voltar foi menor em mulheres mais velhas. Também foi menor em mulheres que tinham recebido [[ciclofosfamida|cyclophosphamide]] como tratamento anterior, antes do aHSCT.
step-follow-up-scene-text = Suas células-tronco produzem novas células do sangue e novas células imunes, que repõem as células do seu corpo ao longo de muitos meses.
step-follow-up-immune-text = Novos glóbulos brancos já apareceram. Seu sistema imunológico como um todo se reconstrói aos poucos, ao longo de muitos meses.
