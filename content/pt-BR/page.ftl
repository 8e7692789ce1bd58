### A página em torno do conteúdo: cabeçalho, controles, rótulos, rodapé
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained". Uma unidade de texto por
### mensagem: `chave = palavras`.
### - [[palavras mostradas|term-id]] marca um termo do glossário: traduzem-se as
###   palavras mostradas e mantém-se o term-id depois da | como está.
### - { $name } é preenchido pela página: mantém-se como está.

glossary-more = Saiba mais no glossário
glossary-about = sobre
glossary-close = Fechar
glossary-close-about = a definição de
site-title = Entenda o aHSCT na esclerose múltipla
site-tagline = Transplante autólogo de células-tronco hematopoéticas (aHSCT, sigla em inglês): um tratamento com células-tronco para a esclerose múltipla, passo a passo.
skip-link = Ir para o conteúdo principal
notice-link = Não é orientação médica
notice-line = Estas informações não devem servir de base para sugerir um tratamento para nenhuma pessoa em particular. Elas não substituem uma visita, uma ligação ou uma consulta com um médico ou outro profissional de saúde qualificado. Também não substituem a orientação desses profissionais.
opens-in-new-tab = (abre em uma nova aba)
contents-heading = Sumário
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = A versão resumida
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Ler a versão resumida ({ $minutes ->
    [one] cerca de { $minutes } minuto
   *[other] cerca de { $minutes } minutos
})
short-version-intro = Cada parte tem um link para o texto completo.
# In the short version, under the questions' part: a link to the full questions section, where the tool is.
short-questions-link = Abrir as perguntas, para marcar as suas e adicionar outras
# { $minutes } is worked out from the words when the page is built.
full-page-link = Ler a página completa ({ $minutes ->
    [one] cerca de { $minutes } minuto
   *[other] cerca de { $minutes } minutos
})
in-short = Em resumo:
source-word = Fonte
timeline-label = Linha do tempo do aHSCT
steps-list-label = Todas as etapas
# On a phone the list of steps starts folded behind a button with these words.
steps-list-toggle = Lista de todas as etapas
# { $n } is the step shown, { $total } the number of steps.
step-count = Etapa { $n } de { $total }
all-steps-count = Todas as etapas, em ordem
previous = Anterior
next = Próxima
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Etapa anterior
next-button-name = Próxima etapa
previous-step = Etapa anterior:
next-step = Próxima etapa:
show-all = Mostrar todas as etapas
show-one = Mostrar uma etapa por vez
keys-hint = Dica: você também pode usar as teclas de seta para a esquerda e para a direita.
medical-name = Nome médico:
what-happens = O que acontece
why = Por quê
timing = Quanto tempo leva
may-notice = O que você pode notar
picture-heading = Onde estão suas células-tronco
marrow = Medula óssea
blood = Sangue
store = Congelador
# Under a box of the stem cells' picture that the drawing leaves empty at this step: none of the stem cells are drawn there.
picture-zone-empty = (nenhuma aqui)
curve-title = Seu sistema imunológico ao longo do tratamento
curve-disclaimer = Uma ilustração do padrão geral, não dados de pacientes.
curve-summary = Se a quimioterapia for usada na etapa 2, os glóbulos brancos podem cair por um tempo. Eles caem muito na etapa 5 e ficam no nível mais baixo perto da etapa 6 e depois dela. Novos glóbulos brancos começam a aparecer na etapa 7. Todo o sistema imunológico se reconstrói devagar, ao longo de muitos meses.
curve-usual = Habitual
curve-low = Muito baixo
curve-you-are-here = Esta etapa
reviewed = Última revisão do conteúdo, comparado com nossas anotações das fontes:
next-review = Próxima revisão prevista:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = O texto foi comparado pela última vez com nossas anotações das fontes em { $date }. Ele mudou desde então, e as mudanças ainda não foram verificadas.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = Em { $date }, um profissional clínico verificou esta versão a pedido de { $publisher }.
published-by = Publicado por
back-to-top = Voltar ao topo
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Voltar ao texto
embed-sources = Fontes
open-full-page = Abrir a página completa (nova aba)
shared-by = Compartilhado por
copy-link = Copiar um link para esta etapa
link-copied = Link copiado.
copy-link-yourself = Copie este link para compartilhar esta etapa:
settings-open = Tamanho do texto e espaçamento
settings-text-size = Tamanho do texto
settings-size-1 = Padrão
settings-size-2 = Maior
settings-size-3 = Muito grande
settings-more-line-spacing = Mais espaço entre as linhas
settings-reset = Restaurar o padrão
settings-kept-here = Sua escolha fica guardada só neste navegador, e em nenhum outro lugar.
settings-not-kept = Este navegador não permite que a página guarde sua escolha. Por isso, ela vale só para esta visita.

## Dates, as the page writes them
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = janeiro
month-alone-2 = fevereiro
month-alone-3 = março
month-alone-4 = abril
month-alone-5 = maio
month-alone-6 = junho
month-alone-7 = julho
month-alone-8 = agosto
month-alone-9 = setembro
month-alone-10 = outubro
month-alone-11 = novembro
month-alone-12 = dezembro

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } de { $month } de { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1º de { $month } de { $year }
date-month-year = { $month } de { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = { $org } escreveu esta seção em { $date }. Ela não faz parte da revisão própria deste guia.
country-sources-heading = Fontes desta seção
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Verificada em { $date }.

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = Entenda o aHSCT na esclerose múltipla, passo a passo
# The page's description, for search results and links shared elsewhere.
page-description = Um guia em linguagem simples sobre o transplante autólogo de células-tronco hematopoéticas (aHSCT) na esclerose múltipla, com uma linha do tempo passo a passo. Informação geral, não orientação médica.
startup-problem = As partes interativas desta página não conseguiram iniciar neste navegador. Todo o conteúdo continua aqui embaixo para você ler.
app-problem = Desculpe, algo deu errado e esta página parou de funcionar.
# A link that reloads the page.
app-problem-reload = Recarregue a página para tentar de novo.

## The languages of the page
# The name of this language, written in the language itself.
translation-status = Traduzido da versão em inglês de 1º de dezembro de 2026. Ainda não foi revisado por um tradutor médico.
language-name = Português (Brasil)
# Names the list of links to this page in other languages (for screen readers).
languages-label = Esta página em outros idiomas
# Under the page, where the reader has more than one language to choose from.
languages-kept = O idioma que você escolher no alto da página fica guardado só neste navegador, e em nenhum outro lugar.

## Listen: the page read aloud by the device's own voice
listen-page = Ouvir esta página
listen-part = Ouvir esta parte
listen-step = Ouvir esta etapa
listen-short = Ouvir a versão resumida
# The name of the group of buttons shown while the page is read aloud.
listen-controls = Controles da leitura em voz alta
listen-pause = Pausar
listen-resume = Continuar
listen-stop = Parar
listen-speed = Velocidade da leitura
listen-speed-1 = Mais lenta
listen-speed-2 = Normal
listen-speed-3 = Mais rápida
listen-reading = Lendo em voz alta.
listen-paused = Leitura pausada.
listen-finished = Leitura concluída.
listen-failed = A leitura em voz alta parou por causa de um problema com a voz deste dispositivo. Selecione Continuar para tentar de novo.
# Shown where the device has no voice of its own for this language. Name the page's own language.
listen-no-voice = Este dispositivo não tem uma voz em português para ler esta página em voz alta.
