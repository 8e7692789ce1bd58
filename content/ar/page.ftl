### The page around the content: header, controls, labels, footer
### الصفحة المحيطة بالمحتوى: الترويسة وأدوات التحكم والتسميات والتذييل

glossary-more = المزيد في مسرد المصطلحات
glossary-about = عن
glossary-close = إغلاق
glossary-close-about = تعريف
site-title = شرح aHSCT لعلاج التصلب المتعدد
site-tagline = الزراعة الذاتية للخلايا الجذعية المكوِّنة للدم (aHSCT): علاج بالخلايا الجذعية للتصلب العصبي المتعدد، خطوة بخطوة.
skip-link = انتقل إلى المحتوى الرئيسي
notice-link = ليست نصيحة طبية
notice-line = لا ينبغي الاعتماد على هذه المعلومات لاقتراح مسار علاج لأي شخص بعينه. وهي ليست بديلًا عن زيارة الطبيب أو غيره من المختصين الصحيين المؤهلين، ولا عن الاتصال بهم أو استشارتهم. ولا تحل محل نصيحتهم.
opens-in-new-tab = (يُفتح في علامة تبويب جديدة)
contents-heading = المحتويات
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = النسخة المختصرة
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = اقرأ النسخة المختصرة ({ $minutes ->
    [two] نحو دقيقتين
    [few] نحو { $minutes } دقائق
   *[other] نحو { $minutes } دقيقة
})
short-version-intro = في كل جزء رابط إلى نصه الكامل.
short-questions-link = افتح الأسئلة لتختار منها وتضيف أسئلتك
# { $minutes } is worked out from the words when the page is built.
full-page-link = اقرأ الصفحة كاملة ({ $minutes ->
    [two] نحو دقيقتين
    [few] نحو { $minutes } دقائق
   *[other] نحو { $minutes } دقيقة
})
in-short = باختصار:
source-word = المصدر
timeline-label = الجدول الزمني لعلاج aHSCT
steps-list-label = جميع الخطوات
steps-list-toggle = قائمة جميع الخطوات
# { $n } is the step shown, { $total } the number of steps.
step-count = الخطوة { $n } من { $total }
all-steps-count = جميع الخطوات بالترتيب
previous = السابق
next = التالي
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = الخطوة السابقة
next-button-name = الخطوة التالية
previous-step = الخطوة السابقة:
next-step = الخطوة التالية:
show-all = اعرض جميع الخطوات
show-one = اعرض خطوة واحدة في كل مرة
keys-hint = تلميح: يمكنك أيضًا استخدام مفتاحَي السهمين الأيسر والأيمن.
medical-name = الاسم الطبي:
what-happens = ماذا يحدث
why = لماذا
timing = كم يستغرق
may-notice = ما قد تلاحظه
picture-heading = أين توجد خلاياك الجذعية
marrow = نخاع العظم
blood = الدم
store = المُجمِّد
picture-zone-empty = (لا شيء في الرسم)
curve-title = جهازك المناعي على مدى العلاج
curve-disclaimer = رسم توضيحي للنمط العام، وليس بيانات مرضى.
curve-summary = إذا استُخدم العلاج الكيميائي في الخطوة 2، فقد تنخفض خلايا الدم البيضاء لفترة. وتنخفض بشدة في الخطوة 5، وتكون في أدنى مستوياتها في وقت الخطوة 6 وبعدها. وتبدأ خلايا بيضاء جديدة بالظهور في الخطوة 7، ويُعاد بناء الجهاز المناعي كله ببطء، على مدى أشهر كثيرة.
curve-usual = المعتاد
curve-low = منخفض جدًا
curve-you-are-here = هذه الخطوة
reviewed = آخر مراجعة للمحتوى مقارنةً بملاحظاتنا من المصادر:
next-review = موعد المراجعة القادمة:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = آخر مراجعة للنص مقارنةً بملاحظاتنا من المصادر كانت في { $date }. وقد تغيّر النص منذ ذلك الحين، ولم تُراجع التغييرات بعد.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = راجع أحد المختصين الصحيين هذه النسخة بتكليف من { $publisher }، في { $date }.
published-by = الناشر:
back-to-top = العودة إلى أعلى الصفحة
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = العودة إلى النص
embed-sources = المصادر
open-full-page = افتح الصفحة كاملة (علامة تبويب جديدة)
shared-by = مشاركة من
copy-link = انسخ رابطًا إلى هذه الخطوة
link-copied = نُسخ الرابط.
copy-link-yourself = انسخ هذا الرابط لمشاركة هذه الخطوة:
settings-open = حجم النص والمسافات
settings-text-size = حجم النص
settings-size-1 = عادي
settings-size-2 = أكبر
settings-size-3 = الأكبر
settings-more-line-spacing = مسافة أكبر بين الأسطر
settings-reset = العودة إلى الوضع العادي
settings-kept-here = يُحفظ اختيارك في هذا المتصفح فقط، ولا يُحفظ في أي مكان آخر.
settings-not-kept = هذا المتصفح لا يسمح للصفحة بحفظ اختيارك، لذلك يبقى لهذه الزيارة فقط.

## Dates, as the page writes them
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = يناير
month-alone-2 = فبراير
month-alone-3 = مارس
month-alone-4 = أبريل
month-alone-5 = مايو
month-alone-6 = يونيو
month-alone-7 = يوليو
month-alone-8 = أغسطس
month-alone-9 = سبتمبر
month-alone-10 = أكتوبر
month-alone-11 = نوفمبر
month-alone-12 = ديسمبر

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1 { $month } { $year }
date-month-year = { $month } { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = هذا القسم من كتابة { $org }، بتاريخ { $date }. وهو ليس جزءًا من مراجعة هذا الشرح نفسه.
country-sources-heading = مصادر هذا القسم
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
# Arabic: م (for مصدر, "source"), giving م1، م2.
country-source-prefix = م

# { $date } is when the publisher last checked the source.
country-source-checked = تاريخ التحقق: { $date }.

translation-status = تُرجم هذا المحتوى من النص الإنجليزي الصادر في 1 ديسمبر 2026. ولم يراجعه مترجم طبي بعد.
language-name = العربية

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = شرح aHSCT لعلاج التصلب المتعدد، خطوة بخطوة
# The page's description, for search results and links shared elsewhere.
page-description = شرح بلغة بسيطة للزراعة الذاتية للخلايا الجذعية المكوِّنة للدم (aHSCT) لعلاج التصلب العصبي المتعدد، مع جدول زمني خطوة بخطوة. معلومات عامة، وليست نصيحة طبية.
startup-problem = تعذّر تشغيل الأجزاء التفاعلية من هذه الصفحة في هذا المتصفح. وما زال كل المحتوى هنا لتقرأه في الأسفل.
app-problem = عذرًا، حدث خطأ ما وتوقفت هذه الصفحة عن العمل.
# A link that reloads the page.
app-problem-reload = أعد تحميل الصفحة لتحاول مرة أخرى.

## The languages of the page
# Names the list of links to this page in other languages (for screen readers).
languages-label = هذه الصفحة بلغات أخرى
# Under the page, where the reader has more than one language to choose from.
languages-kept = اللغة التي تختارها في أعلى الصفحة تُحفظ في هذا المتصفح فقط، ولا تُحفظ في أي مكان آخر.

## Listen: the page read aloud by the device's own voice
listen-page = استمع إلى هذه الصفحة
listen-part = استمع إلى هذا الجزء
listen-step = استمع إلى هذه الخطوة
listen-short = استمع إلى النسخة المختصرة
listen-controls = أدوات التحكم في القراءة بصوت عالٍ
listen-pause = إيقاف مؤقت
listen-resume = متابعة
listen-stop = إيقاف
listen-speed = سرعة القراءة
listen-speed-1 = أبطأ
listen-speed-2 = عادية
listen-speed-3 = أسرع
listen-reading = تجري القراءة بصوت عالٍ.
listen-paused = القراءة متوقفة مؤقتًا.
listen-finished = انتهت القراءة.
listen-failed = توقفت القراءة بصوت عالٍ بسبب مشكلة في صوت هذا الجهاز. اضغط على متابعة للمحاولة مرة أخرى.
listen-no-voice = لا يوجد في هذا الجهاز صوت عربي لقراءة هذه الصفحة بصوت عالٍ.
