# Minhas datas: as datas do próprio leitor para as etapas, guardadas no dispositivo dele.
# A página calcula apenas a contagem de dias e quanto falta para uma data.

my-date-heading = Sua data para esta etapa
my-date-label = A data que sua equipe informou
my-date-note-label = Uma anotação (opcional)
# { $max } is the most characters a note may have.
my-date-note-hint = Até { $max } caracteres.
my-date-save = Salvar minha data
my-date-remove = Remover minha data
my-date-saved = Sua data foi salva.
my-date-removed = Sua data foi removida.
my-date-your-date = Sua data:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Dia { $day }
# { $day } is the day count ("Day −5"), { $when } how far the date is from today ("in 12 days").
my-date-day-and-when = { $day }, { $when }
my-date-today = hoje
my-date-tomorrow = amanhã
my-date-yesterday = ontem
# { $n } is a number of days (2 or more). Portuguese (CLDR pt): [one] is 0 and 1,
# [other] everything else; never [many].
my-date-in-days = { $n ->
    [one] em { $n } dia
   *[other] em { $n } dias
}
my-date-days-ago = { $n ->
    [one] há { $n } dia
   *[other] há { $n } dias
}
my-date-error-prefix = Erro:
my-date-error-not-a-date = Informe a data completa: dia, mês e ano.
my-date-error-too-early = Informe uma data a partir do ano 2000.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Informe uma data que não seja posterior a { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Esta data é anterior à sua data para “{ $step }” ({ $date }), que normalmente vem antes. Confira suas datas com sua equipe.
my-date-error-after-reinfusion = Esta data é posterior à sua data para “{ $step }” ({ $date }), mas esta etapa normalmente vem antes. Confira suas datas com sua equipe.

my-dates-heading = Suas datas
my-dates-intro = Se sua equipe informar datas para as etapas, você pode adicionar cada uma à etapa correspondente, acima. Suas datas ficam neste dispositivo. A página não adiciona nenhuma data por conta própria.
my-dates-day-count = Depois que você adicionar a data em que vai receber suas células-tronco de volta, cada data também mostra a contagem de dias. As equipes de transplante chamam esse dia de [[Dia 0|day-0]].
my-dates-empty = Você ainda não adicionou nenhuma data.
my-dates-download = Baixar minhas datas como arquivo de calendário
my-dates-print = Imprimir a linha do tempo com minhas datas
my-dates-clear = Apagar minhas datas
my-dates-clear-confirm = Apagar todas as suas datas? Não será possível desfazer.
my-dates-clear-yes = Sim, apagar minhas datas
my-dates-clear-no = Não, manter minhas datas
my-dates-cleared = Suas datas foram apagadas.
my-dates-downloaded = Seu arquivo de calendário foi baixado. Abra o arquivo para adicionar as datas ao seu calendário.
my-dates-calendar-name = aHSCT: minhas datas
my-dates-unreadable = Não foi possível ler as datas salvas antes neste navegador. Por isso, elas foram guardadas à parte, sem mudanças. Suas novas datas são salvas separadamente.
my-dates-cannot-save = Não é possível salvar suas datas neste dispositivo. Por isso, elas valem só para esta visita. Para guardar as datas, baixe ou imprima antes de sair.
my-dates-changed-elsewhere = Suas datas foram alteradas em outra aba por uma versão mais nova desta página. Essas datas foram mantidas como estão. Por isso, as mudanças feitas aqui não são salvas.
