### Страница вокруг основного текста: шапка, элементы управления, подписи, подвал
###
### Перевод на русский язык (обращение на «вы») исходного английского (Великобритания)
### текста "aHSCT for MS, explained". Одно сообщение — одна единица текста.
### - [[показанные слова|term-id]] отмечают термин из словаря: показанные слова
###   переведены, term-id после | оставлен как есть.
### - { $name } заполняет страница: эти вставки сохранены.

glossary-more = Подробнее в словаре терминов
glossary-about = о термине
glossary-close = Закрыть
glossary-close-about = определение термина
site-title = aHSCT при РС простыми словами
site-tagline = Аутологичная трансплантация гемопоэтических стволовых клеток (aHSCT): лечение рассеянного склероза с помощью стволовых клеток, шаг за шагом.
skip-link = Перейти к основному содержанию
notice-link = Это не медицинская рекомендация
notice-line = На эту информацию нельзя опираться при выборе лечения для конкретного человека. Она не заменяет обращение к врачу или другому квалифицированному медицинскому специалисту: приём, звонок или консультацию. Не заменяет она и советов этих специалистов.
opens-in-new-tab = (открывается в новой вкладке)
contents-heading = Содержание
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = Краткая версия
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Читать краткую версию ({ $minutes ->
    [one] примерно { $minutes } минута
    [few] примерно { $minutes } минуты
   *[many] примерно { $minutes } минут
})
short-version-intro = В каждой части есть ссылка на её полный текст.
# In the short version, under the questions' part: a link to the full questions section, where the tool is.
short-questions-link = Открыть вопросы, чтобы отметить свои и добавить собственные
# { $minutes } is worked out from the words when the page is built.
full-page-link = Читать всю страницу ({ $minutes ->
    [one] примерно { $minutes } минута
    [few] примерно { $minutes } минуты
   *[many] примерно { $minutes } минут
})
in-short = Коротко:
source-word = Источник
timeline-label = Шаги лечения aHSCT
steps-list-label = Все шаги
# On a phone the list of steps starts folded behind a button with these words.
steps-list-toggle = Список всех шагов
# { $n } is the step shown, { $total } the number of steps.
step-count = Шаг { $n } из { $total }
all-steps-count = Все шаги по порядку
previous = Назад
next = Далее
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Назад, к предыдущему шагу
next-button-name = Далее, к следующему шагу
previous-step = Предыдущий шаг:
next-step = Следующий шаг:
show-all = Показать все шаги
show-one = Показывать по одному шагу
keys-hint = Подсказка: можно также пользоваться клавишами со стрелками влево и вправо.
medical-name = Медицинское название:
what-happens = Что происходит
why = Зачем это нужно
timing = Сколько это длится
may-notice = Что вы можете заметить
picture-heading = Где находятся ваши стволовые клетки
marrow = Костный мозг
blood = Кровь
store = Морозильник
# Under a box of the stem cells' picture that the drawing leaves empty at this step: none of the stem cells are drawn there.
picture-zone-empty = (здесь их нет)
curve-title = Ваша иммунная система на протяжении лечения
curve-disclaimer = Это иллюстрация общей картины, а не данные пациентов.
curve-summary = Если на шаге 2 применяют химиотерапию, число лейкоцитов может на время снизиться. На шаге 5 оно резко падает и ниже всего бывает примерно на шаге 6 и после него. Новые лейкоциты начинают появляться на шаге 7. Вся иммунная система восстанавливается медленно, в течение многих месяцев.
curve-usual = Обычный уровень
curve-low = Очень низкий
curve-you-are-here = Этот шаг
reviewed = Последняя сверка текста с нашими записями из источников:
next-review = Следующая сверка:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = Последний раз текст сверяли с нашими записями из источников { $date }. С тех пор он изменился, и изменения ещё не проверены.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = Этот текст проверил врач по просьбе издателя ({ $publisher }). Дата проверки: { $date }.
published-by = Издатель:
back-to-top = Наверх
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Вернуться к тексту
embed-sources = Источники
open-full-page = Открыть всю страницу (в новой вкладке)
shared-by = Предоставлено:
copy-link = Скопировать ссылку на этот шаг
link-copied = Ссылка скопирована.
copy-link-yourself = Скопируйте эту ссылку, чтобы поделиться этим шагом:
settings-open = Размер текста и интервалы
settings-text-size = Размер текста
settings-size-1 = Стандартный
settings-size-2 = Крупнее
settings-size-3 = Самый крупный
settings-more-line-spacing = Увеличить расстояние между строками
settings-reset = Вернуть стандартные настройки
settings-kept-here = Ваш выбор хранится только в этом браузере и больше нигде.
settings-not-kept = Этот браузер не позволяет странице сохранить ваш выбор, поэтому он действует только во время этого посещения.

## Dates, as the page writes them
# Russian: the genitive ("1 декабря 2026"), for a date with its day; a month
# named alone takes the nominative (month-alone-1 … 12 below).
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026"), write that form here; most languages repeat the above.
month-alone-1 = январь
month-alone-2 = февраль
month-alone-3 = март
month-alone-4 = апрель
month-alone-5 = май
month-alone-6 = июнь
month-alone-7 = июль
month-alone-8 = август
month-alone-9 = сентябрь
month-alone-10 = октябрь
month-alone-11 = ноябрь
month-alone-12 = декабрь

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1 { $month } { $year }
# { $month } is the month named alone (month-alone-1 … 12: январь … декабрь).
date-month-year = { $month } { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = Автор этого раздела: { $org }. Дата написания: { $date }. Раздел не входит в собственную проверку основного текста страницы.
country-sources-heading = Источники для этого раздела
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Проверено: { $date }.

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = aHSCT при рассеянном склерозе: шаг за шагом, простыми словами
# The page's description, for search results and links shared elsewhere.
page-description = Понятное объяснение аутологичной трансплантации гемопоэтических стволовых клеток (aHSCT) при рассеянном склерозе, с описанием всех шагов лечения по порядку. Общая информация, а не медицинская рекомендация.
startup-problem = Интерактивные части этой страницы не удалось запустить в этом браузере. Весь текст по-прежнему можно прочитать ниже.
app-problem = Извините, что-то пошло не так, и эта страница перестала работать.
# A link that reloads the page.
app-problem-reload = Перезагрузите страницу, чтобы попробовать снова.

## The languages of the page
translation-status = Перевод с английской версии от 1 декабря 2026 г. Ещё не проверен медицинским переводчиком.
# The name of this language, written in the language itself.
language-name = Русский
# Names the list of links to this page in other languages (for screen readers).
languages-label = Эта страница на других языках
# Under the page, where the reader has more than one language to choose from.
languages-kept = Язык, который вы выбираете вверху страницы, сохраняется только в этом браузере и больше нигде.

## Listen: the page read aloud by the device's own voice
listen-page = Прослушать эту страницу
listen-part = Прослушать эту часть
listen-step = Прослушать этот шаг
listen-short = Прослушать краткую версию
# The name of the group of buttons shown while the page is read aloud.
listen-controls = Управление чтением вслух
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Остановить
listen-speed = Скорость чтения
listen-speed-1 = Медленнее
listen-speed-2 = Обычная
listen-speed-3 = Быстрее
listen-reading = Идёт чтение вслух.
listen-paused = Чтение приостановлено.
listen-finished = Чтение закончено.
listen-failed = Чтение вслух остановилось из-за проблемы с голосом этого устройства. Нажмите «Продолжить», чтобы попробовать снова.
# Shown where the device has no voice of its own for this language. Name the page's own language.
listen-no-voice = На этом устройстве нет русского голоса, чтобы прочитать эту страницу вслух.
