### Questions for your MS team
### أسئلة لفريقك المختص بالتصلب المتعدد

questions-privacy = تبقى قائمتك في هذا المتصفح، على هذا الجهاز. ولا تُرسل إلى أي مكان أبدًا.
questions-suggested-heading = أسئلة مقترحة
questions-group-before-deciding = قبل اتخاذ القرار
question-likely-to-help = ما مدى احتمال أن تساعدني aHSCT، بالنظر إلى نوع التصلب المتعدد لديّ، و[[انتكاساتي|relapse]] الأخيرة، ونتائج الرنين المغناطيسي الأخيرة؟ هل يُحدث عمري والمدة التي مضت على إصابتي بالتصلب المتعدد فرقًا؟ وكيف تُقارن بالأدوية عالية الفعالية التي لم أجربها بعد؟
question-centre-experience = كم عدد المصابين بالتصلب المتعدد الذين عالجهم مركزكم؟ هل هو معتمد من [[JACIE|jacie]] أو من جهة مماثلة؟ وما معدلات المضاعفات والوفيات الخاصة بكم؟
question-fertility = كيف يمكن أن يؤثر هذا في خصوبتي، أو أن يسبب انقطاع الطمث المبكر؟ هل يمكن إحالتي لحفظ البويضات أو الأجنة أو نسيج المبيض أو الحيوانات المنوية قبل البدء؟
question-trial-still-open = هل توجد تجربة على aHSCT ما زالت مفتوحة ويمكنني الانضمام إليها؟ وماذا تتطلب المشاركة فيها؟
question-abroad = إذا كنت أفكر في العلاج في الخارج، فمن سيتولى رعايتي بعد ذلك؟ وماذا سيحدث إذا ظهرت مشكلات بعد عودتي إلى بلدي؟
question-expectations = ما الذي يمكنني توقعه بواقعية، بالنظر إلى ما تركه التصلب المتعدد من أثر عليّ حتى الآن؟ هل يمكن أن يبقى التصلب المتعدد لديّ مستقرًا، أو يتحسن بعض الشيء، أو لا هذا ولا ذاك؟
questions-group-about-the-treatment = عن العلاج
question-regimen = ما العلاج [[التكييفي|conditioning]] الذي يستخدمه مركزكم؟ أهو أكثر تكثيفًا أم أقل تكثيفًا، ولماذا اخترتم هذا العلاج لي؟
question-timeline = كيف يبدو جدولكم الزمني، من التقييم الأول حتى العودة إلى البيت؟ كم يومًا أو أسبوعًا سأقضي في المستشفى؟
question-mobilisation = لنقل خلاياي الجذعية إلى الدم، هل سأتلقى علاجًا كيميائيًا مع [[G-CSF|g-csf]]، أم G-CSF وحده؟ وما الآثار الجانبية التي عليّ أن أتوقعها حينها؟
question-current-medicine = هل سأحتاج إلى إيقاف دوائي الحالي للتصلب المتعدد قبل ذلك؟ وهل سأتناول أي دواء للتصلب المتعدد بعد ذلك؟
questions-group-about-recovery = عن التعافي
question-infections = ما أنواع العدوى التي سأكون أكثر عرضة لها، وإلى متى؟ وما الاحتياطات والأدوية التي سأحتاج إليها في البيت؟
question-monitoring = ما المشكلات طويلة الأمد التي ستفحصونني للكشف عنها، مثل أمراض الغدة الدرقية أو قلة الصفائح الدموية أو الهربس النطاقي (الحزام الناري)؟ وكم مرة، وعلى مدى كم سنة؟
question-vaccines = ما اللقاحات التي سأحتاج إلى أخذها مرة أخرى، ومتى؟
question-rehabilitation = ما خدمات إعادة التأهيل والدعم التي سأحصل عليها؟ ومتى قد أعود بواقعية إلى العمل أو قيادة السيارة أو رعاية الأطفال؟
question-not-working = متى سيُعدّ العلاج «غير ناجح»؟ وما خياراتي إذا عاد التصلب المتعدد لديّ نشطًا؟
questions-list-heading = قائمتك
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = عدد الأسئلة في قائمتك: { $n }
# A link from that count down to the list.
questions-go-to-list = انتقل إلى قائمتك
questions-empty = قائمتك فارغة. ضع علامة على سؤال في الأعلى، أو أضف سؤالك الخاص في الأسفل.
# Screen readers hear a button's label + " " + "question word" + " " + the number: "نقل لأعلى السؤال 2"، "حذف السؤال 2".
questions-move-up = نقل لأعلى
questions-move-down = نقل لأسفل
questions-remove = حذف
questions-reorder = تغيير الترتيب
questions-reorder-done = إنهاء تغيير الترتيب
questions-question-word = السؤال
questions-add-label = أضف سؤالك الخاص
# { $max } is the most characters a question may have.
questions-add-hint = الحد الأقصى لعدد الأحرف: { $max }.
questions-add-button = أضف إلى قائمتي
questions-add-empty-error = اكتب سؤالًا أولًا.
questions-error-prefix = خطأ:
questions-print = اطبع قائمتي
questions-copy = انسخ قائمتي
questions-clear = امسح قائمتي
questions-clear-confirm = أتريد مسح كل الأسئلة من قائمتك؟ لا يمكن التراجع عن ذلك.
questions-clear-yes = نعم، امسح قائمتي
questions-clear-no = لا، أبقِ قائمتي
questions-cleared = مُسحت قائمتك.
questions-added = أُضيف إلى قائمتك.
questions-removed = حُذف من قائمتك.
# { $n } is the question's new place in the list.
questions-moved = نُقل إلى المرتبة { $n }.
questions-copied = نُسخت قائمتك. يمكنك لصقها في رسالة بريد إلكتروني أو في ملاحظة.
questions-copy-yourself = لم يسمح هذا المتصفح للصفحة بالنسخ. حدّد هذا النص وانسخه بنفسك:
questions-printed-title = أسئلة لفريقي المختص بالتصلب المتعدد
questions-unreadable = تعذّرت قراءة قائمة سابقة محفوظة في هذا المتصفح، لذلك بدأت قائمة جديدة. وما زالت القائمة السابقة محفوظة في هذا المتصفح.
questions-show-earlier = اعرض القائمة السابقة
questions-earlier-label = القائمة السابقة كما حُفظت. يمكنك نسخ أسئلتك منها:
questions-delete-earlier = احذف القائمة السابقة
questions-cannot-save = لا يمكن حفظ قائمتك على هذا الجهاز، لذلك تبقى لهذه الزيارة فقط. للاحتفاظ بها، اطبعها أو انسخها قبل أن تغادر.
questions-changed-elsewhere = غُيّرت قائمتك في علامة تبويب أخرى بنسخة أحدث من هذه الصفحة. وتبقى تلك القائمة كما هي، لذلك لا تُحفظ التغييرات هنا.
