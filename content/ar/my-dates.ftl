# My dates: the reader's own dates for the steps, kept on their device.
# The page works out only the day count and how far away a date is.

my-date-heading = موعدك لهذه الخطوة
my-date-label = التاريخ الذي أعطاك إياه فريقك
my-date-note-label = ملاحظة (اختيارية)
# { $max } is the most characters a note may have.
my-date-note-hint = الحد الأقصى لعدد الأحرف: { $max }.
my-date-save = احفظ تاريخي
my-date-remove = احذف تاريخي
my-date-saved = حُفظ تاريخك.
my-date-removed = حُذف تاريخك.
my-date-your-date = تاريخك:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = اليوم { $day }
my-date-day-and-when = { $day }، { $when }
my-date-today = تاريخ اليوم
my-date-tomorrow = غدًا
my-date-yesterday = أمس
# { $n } is a number of days (2 or more): the noun takes the form Arabic gives that number.
my-date-in-days = { $n ->
    [two] بعد يومين
    [few] بعد { $n } أيام
    [many] بعد { $n } يومًا
   *[other] بعد { $n } يوم
}
my-date-days-ago = { $n ->
    [two] قبل يومين
    [few] قبل { $n } أيام
    [many] قبل { $n } يومًا
   *[other] قبل { $n } يوم
}
my-date-error-prefix = خطأ:
my-date-error-not-a-date = أدخل التاريخ كاملًا: اليوم والشهر والسنة.
my-date-error-too-early = أدخل تاريخًا في سنة 2000 أو بعدها.
# { $latest } is the latest date the page takes.
my-date-error-too-late = أدخل تاريخًا لا يتجاوز { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = هذا التاريخ يسبق تاريخك لخطوة «{ $step }» ({ $date })، وهي تأتي أولًا في العادة. راجع تواريخك مع فريقك.
my-date-error-after-reinfusion = هذا التاريخ يأتي بعد تاريخك لخطوة «{ $step }» ({ $date })، لكن هذه الخطوة تأتي أولًا في العادة. راجع تواريخك مع فريقك.

my-dates-heading = تواريخك
my-dates-intro = إذا أعطاك فريقك تواريخ للخطوات، يمكنك إضافة كل تاريخ إلى خطوته في الأعلى. تبقى تواريخك على هذا الجهاز. ولا تضيف الصفحة أي تواريخ من عندها.
my-dates-day-count = عندما تضيف تاريخ استعادة خلاياك الجذعية، يُظهر كل تاريخ أيضًا رقم يومه. وتسمي فرق الزراعة ذلك اليوم [[اليوم 0|day-0]].
my-dates-empty = لم تُضف أي تواريخ بعد.
my-dates-download = نزّل تواريخي في ملف تقويم
my-dates-print = اطبع الجدول الزمني مع تواريخي
my-dates-clear = امسح تواريخي
my-dates-clear-confirm = أتريد مسح جميع تواريخك؟ لا يمكن التراجع عن ذلك.
my-dates-clear-yes = نعم، امسح تواريخي
my-dates-clear-no = لا، أبقِ تواريخي
my-dates-cleared = مُسحت تواريخك.
my-dates-downloaded = نُزّل ملف التقويم. افتحه لإضافة التواريخ إلى تقويمك.
my-dates-calendar-name = تواريخي في علاج aHSCT
my-dates-unreadable = تعذّرت قراءة تواريخ حُفظت سابقًا في هذا المتصفح، لذلك وُضعت جانبًا دون تغيير. وتُحفظ تواريخك الجديدة منفصلة عنها.
my-dates-cannot-save = لا يمكن حفظ تواريخك على هذا الجهاز، لذلك تبقى لهذه الزيارة فقط. للاحتفاظ بها، نزّلها أو اطبعها قبل أن تغادر.
my-dates-changed-elsewhere = غُيّرت تواريخك في علامة تبويب أخرى بنسخة أحدث من هذه الصفحة. وتبقى تلك التواريخ كما هي، لذلك لا تُحفظ التغييرات هنا.
