# My dates: the reader's own dates for the steps, kept on their device.
# The page works out only the day count and how far away a date is.

my-date-heading = Ваша дата для этого шага
my-date-label = Дата, которую вам назвала ваша команда
my-date-note-label = Заметка (необязательно)
# { $max } is the most characters a note may have.
my-date-note-hint = Максимальное число символов: { $max }.
my-date-save = Сохранить дату
my-date-remove = Удалить дату
my-date-saved = Ваша дата сохранена.
my-date-removed = Ваша дата удалена.
my-date-your-date = Ваша дата:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = День { $day }
# { $day } is the day count ("Day −5"), { $when } how far the date is from today ("in 12 days").
my-date-day-and-when = { $day }, { $when }
my-date-today = сегодня
my-date-tomorrow = завтра
my-date-yesterday = вчера
# { $n } is a number of days (2 or more): the noun takes the form Russian gives
# that number (CLDR: one = 21, 31…; few = 2–4, 22–24…; many = 5–20, 25–30…).
my-date-in-days = { $n ->
    [one] через { $n } день
    [few] через { $n } дня
   *[many] через { $n } дней
}
my-date-days-ago = { $n ->
    [one] { $n } день назад
    [few] { $n } дня назад
   *[many] { $n } дней назад
}
my-date-error-prefix = Ошибка:
my-date-error-not-a-date = Введите дату полностью: день, месяц и год.
my-date-error-too-early = Введите дату в 2000 году или позже.
# { $latest } is the latest date the page takes.
# The browser writes { $latest } with the weekday first and "г." at the end, which ends the sentence.
my-date-error-too-late = Самая поздняя дата — { $latest }
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Эта дата раньше вашей даты для шага «{ $step }» ({ $date }). Обычно тот шаг идёт первым. Проверьте свои даты вместе с вашей командой.
my-date-error-after-reinfusion = Эта дата позже вашей даты для шага «{ $step }» ({ $date }). Но обычно первым идёт этот шаг. Проверьте свои даты вместе с вашей командой.

my-dates-heading = Ваши даты
my-dates-intro = Если ваша команда назовёт вам даты шагов, вы можете добавить каждую дату к её шагу выше. Ваши даты остаются на этом устройстве. Страница не добавляет никаких своих дат.
my-dates-day-count = Когда вы добавите дату, в которую вам вернут стволовые клетки, у каждой даты появится и номер дня. Команды по трансплантации называют этот день [[днём 0|day-0]].
my-dates-empty = Вы ещё не добавили ни одной даты.
my-dates-download = Скачать мои даты в виде файла календаря
my-dates-print = Распечатать шаги лечения с моими датами
my-dates-clear = Удалить все мои даты
my-dates-clear-confirm = Удалить все ваши даты? Это действие нельзя отменить.
my-dates-clear-yes = Да, удалить мои даты
my-dates-clear-no = Нет, оставить мои даты
my-dates-cleared = Ваши даты удалены.
my-dates-downloaded = Файл календаря скачан. Откройте его, чтобы добавить даты в свой календарь.
my-dates-calendar-name = aHSCT: мои даты
my-dates-unreadable = Даты, сохранённые ранее в этом браузере, не удалось прочитать, поэтому они отложены в сторону без изменений. Ваши новые даты сохраняются отдельно от них.
my-dates-cannot-save = Ваши даты нельзя сохранить на этом устройстве, поэтому они будут доступны только во время этого посещения. Чтобы не потерять их, скачайте или распечатайте их, прежде чем уйти со страницы.
my-dates-changed-elsewhere = Ваши даты изменили в другой вкладке, где открыта более новая версия этой страницы. Те даты сохранены как есть, поэтому изменения здесь не сохраняются.
