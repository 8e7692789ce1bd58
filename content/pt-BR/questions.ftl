### Perguntas para sua equipe de EM
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Nas perguntas, quem fala
### é o leitor, e a equipe é tratada por “vocês”.

questions-privacy = Sua lista fica neste navegador, neste dispositivo. Ela nunca é enviada para lugar nenhum.
questions-suggested-heading = Perguntas sugeridas
questions-group-before-deciding = Antes de decidir
question-likely-to-help = Qual é a chance de o aHSCT me ajudar, considerando meu tipo de EM, meus [[surtos|relapse]] recentes e meus últimos resultados de ressonância magnética? Minha idade e há quanto tempo tenho EM fazem diferença? Como ele se compara aos medicamentos de alta eficácia que ainda não usei?
question-centre-experience = Quantas pessoas com EM o centro de vocês já tratou? Ele é acreditado pelo [[JACIE|jacie]] ou por um órgão parecido? Quais são as taxas de complicações e de mortes do centro de vocês?
question-fertility = Como isso poderia afetar minha fertilidade ou causar uma menopausa precoce? Vocês podem me encaminhar para armazenar óvulos, embriões, tecido ovariano ou sêmen antes de começar?
question-trial-still-open = Existe algum ensaio clínico de aHSCT ainda aberto de que eu possa participar? O que a participação envolveria?
question-abroad = Se eu estiver pensando em fazer o tratamento no exterior, quem cuidaria de mim depois? O que aconteceria se surgissem problemas depois que eu voltasse para casa?
question-expectations = O que posso esperar, de forma realista, considerando como a EM já me afetou? Minha EM poderia ficar estável, melhorar um pouco ou nem uma coisa nem outra?
questions-group-about-the-treatment = Sobre o tratamento
question-regimen = Qual tratamento de [[condicionamento|conditioning]] o centro de vocês usa? Ele é mais ou menos intensivo, e por que escolher esse para mim?
question-timeline = Como é o cronograma de vocês, da primeira avaliação até a volta para casa? Quantos dias ou semanas vou passar no hospital?
question-mobilisation = Para levar minhas células-tronco para o sangue, vou receber quimioterapia mais [[G-CSF|g-csf]] ou só G-CSF? Que efeitos colaterais devo esperar nessa fase?
question-current-medicine = Vou precisar parar de usar meu medicamento atual para EM antes? Vou usar algum medicamento para EM depois?
questions-group-about-recovery = Sobre a recuperação
question-infections = Quais infecções eu corro mais risco de ter, e por quanto tempo? De que cuidados e medicamentos vou precisar em casa?
question-monitoring = Quais problemas de longo prazo vocês vão investigar, como doença da tireoide, plaquetas baixas ou herpes-zóster (cobreiro)? Com que frequência, e por quantos anos?
question-vaccines = Quais vacinas vou precisar tomar de novo, e quando?
question-rehabilitation = Que reabilitação e apoio vou receber? Quando eu poderia, de forma realista, voltar a trabalhar, a dirigir ou a cuidar de crianças?
question-not-working = Em que situação vocês considerariam que o tratamento “não está funcionando”? Quais são minhas opções se minha EM voltar a ficar ativa?
questions-list-heading = Sua lista
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Perguntas na sua lista: { $n }
# A link from that count down to the list.
questions-go-to-list = Ir para sua lista
questions-empty = Sua lista está vazia. Marque uma pergunta acima ou adicione a sua abaixo.
questions-move-up = Mover para cima
questions-move-down = Mover para baixo
questions-remove = Remover
# Each question shows only Remove; this button shows Move up and Move down for every question, and then finishes.
questions-reorder = Mudar a ordem
questions-reorder-done = Concluir a mudança de ordem
questions-question-word = pergunta
questions-add-label = Adicione sua própria pergunta
# { $max } is the most characters a question may have.
questions-add-hint = Até { $max } caracteres.
questions-add-button = Adicionar à minha lista
questions-add-empty-error = Digite uma pergunta primeiro.
questions-error-prefix = Erro:
questions-print = Imprimir minha lista
questions-copy = Copiar minha lista
questions-clear = Apagar minha lista
questions-clear-confirm = Apagar todas as perguntas da sua lista? Não será possível desfazer.
questions-clear-yes = Sim, apagar minha lista
questions-clear-no = Não, manter minha lista
questions-cleared = Sua lista foi apagada.
questions-added = Adicionada à sua lista.
questions-removed = Removida da sua lista.
# { $n } is the question's new place in the list.
questions-moved = Movida para a posição { $n }.
questions-copied = Sua lista foi copiada. Você pode colar a lista em um e-mail ou em uma anotação.
questions-copy-yourself = Este navegador não deixou a página copiar. Selecione este texto e faça a cópia:
questions-printed-title = Perguntas para minha equipe de EM
questions-unreadable = Não foi possível ler uma lista anterior salva neste navegador. Por isso, uma nova lista foi iniciada. A lista anterior continua guardada neste navegador.
questions-show-earlier = Mostrar a lista anterior
questions-earlier-label = A lista anterior, como foi salva. Você pode copiar suas perguntas a partir dela:
questions-delete-earlier = Excluir a lista anterior
questions-cannot-save = Não é possível salvar sua lista neste dispositivo. Por isso, ela vale só para esta visita. Para guardar a lista, imprima ou copie antes de sair.
questions-changed-elsewhere = Sua lista foi alterada em outra aba por uma versão mais nova desta página. Essa lista foi mantida como está. Por isso, as mudanças feitas aqui não são salvas.
