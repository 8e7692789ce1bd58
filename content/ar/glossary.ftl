### The glossary: each term, its definition, and the forms it takes in running text
### مسرد المصطلحات: كل مصطلح وتعريفه، والصيغ التي يأتي بها في النص

## Term: autologous
term-autologous = ذاتي المنشأ
term-autologous-definition = يستخدم خلاياك أنت. وعكسه الزرع الخيفي، الذي يستخدم خلايا من متبرع، وهو ليس النهج المعتاد في التصلب المتعدد.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = الزراعة الذاتية, ذاتي المنشأ, ذاتية المنشأ, autologous

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = الخلايا الجذعية المكوِّنة للدم (بالإنجليزية haematopoietic، وفي الولايات المتحدة تُكتب hematopoietic)
term-haematopoietic-stem-cells-definition = خلايا «أم» مبكرة تعيش في نخاع العظم أساسًا، وهو النسيج الإسفنجي داخل بعض العظام. ويمكنها أن تتطور إلى كل أنواع خلايا الدم، ومنها خلايا الدم الحمراء والصفائح الدموية والخلايا المناعية (البيضاء).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = المكوِّنة للدم, المكونة للدم, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = تحريك الخلايا الجذعية (Mobilisation)
term-mobilisation-definition = استخدام أدوية لنقل الخلايا الجذعية من نخاع العظم إلى الدم، حتى يمكن جمعها.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = التحريك, تحريك, mobilisation

## Term: g-csf
term-g-csf = G-CSF (فيلجراستيم)
term-g-csf-definition = نسخة مصنَّعة من عامل نمو طبيعي، تُعطى على شكل حقن. وهي تعزز صنع خلايا الدم البيضاء، وتساعد على إطلاق الخلايا الجذعية إلى الدم.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, فيلجراستيم

## Term: apheresis
term-apheresis = الفصادة (فصادة الكريات البيضاء، أو «الحصاد»)
term-apheresis-definition = جمع الخلايا الجذعية بتمرير الدم عبر جهاز. يحتفظ الجهاز بالخلايا الجذعية ويعيد بقية الدم.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = الفصادة, فصادة

## Term: cd34
term-cd34 = خلايا CD34+
term-cd34-definition = المؤشر المخبري المستخدم لعدّ الخلايا الجذعية التي جُمعت. وتهدف الفرق إلى بلوغ عدد أدنى منها لكل كيلوغرام من وزن الجسم.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = الحفظ بالتبريد
term-cryopreservation-definition = تجميد الخلايا في ظروف مضبوطة، حتى تبقى حية في أثناء التخزين، ويمكن إذابتها لاحقًا.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = الحفظ بالتبريد

## Term: conditioning
term-conditioning = العلاج التكييفي (Conditioning)
term-conditioning-definition = العلاج الكيميائي بجرعات عالية الذي يُعطى قبل إعادة الخلايا الجذعية، وأحيانًا مع أدوية من الأجسام المضادة مثل ATG. وهو يزيل الجهاز المناعي الموجود كله أو جزءًا كبيرًا منه.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = التكييفي, التكييف, conditioning

## Term: myeloablative
term-myeloablative = المستأصل للنخاع وغير المستأصل للنخاع (Myeloablative وnon-myeloablative)
term-myeloablative-definition = العلاج التكييفي المستأصل للنخاع يزيل نخاع العظم والجهاز المناعي تمامًا. أما العلاج التكييفي غير المستأصل للنخاع، أو الأقل تكثيفًا، فيفعل ذلك جزئيًا فقط.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = المستأصل للنخاع, مستأصل للنخاع, myeloablative, non-myeloablative

## Term: cyclophosphamide
term-cyclophosphamide = سيكلوفوسفاميد
term-cyclophosphamide-definition = دواء للعلاج الكيميائي يُستخدم في كثير من خطط علاج التصلب المتعدد. ويُستخدم لنقل الخلايا الجذعية إلى الدم، وفي العلاج التكييفي أيضًا.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = سيكلوفوسفاميد

## Term: atg
term-atg = ATG (الغلوبولين المضاد للخلايا التوتية)
term-atg-definition = دواء من الأجسام المضادة، يُصنع غالبًا في الأرانب، ويزيل الخلايا التائية. والخلايا التائية نوع من الخلايا المناعية. وكثيرًا ما يُجمع ATG مع سيكلوفوسفاميد.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, الغلوبولين المضاد للخلايا التوتية

## Term: beam
term-beam = BEAM
term-beam-definition = مزيج أكثر تكثيفًا من أربعة أدوية للعلاج الكيميائي: كارموستين (BCNU)، وإيتوبوسيد، وسيتارابين، وملفالان.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = اليوم 0
term-day-0-definition = اليوم الذي تُعاد فيه الخلايا الجذعية. وتُعدّ الأيام التي قبله أيامًا بالسالب، والأيام التي بعده أيامًا بالموجب.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = اليوم 0, اليوم صفر

## Term: engraftment
term-engraftment = الانغراس (Engraftment)
term-engraftment-definition = عندما تستقر الخلايا الجذعية المُعادة في النخاع، وتبدأ خلايا دم جديدة بالظهور في الدم. وتظهر خلايا الدم البيضاء أولًا.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = الانغراس, انغراس, engraftment

## Term: neutropenia
term-neutropenia = قلة العدلات وحمى قلة العدلات
term-neutropenia-definition = انخفاض شديد في مستوى العدلات، وهي خلايا الدم البيضاء التي تحارب العدوى. وحمى قلة العدلات تعني قلة العدلات مع الحمى، وهذه تحتاج إلى علاج عاجل.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = قلة العدلات

## Term: immune-reconstitution
term-immune-reconstitution = إعادة بناء المناعة (Immune reconstitution)
term-immune-reconstitution-definition = إعادة بناء الجهاز المناعي تدريجيًا على مدى الأشهر التي تلي الزراعة.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = إعادة بناء المناعة

## Term: dmt
term-dmt = العلاج المعدِّل لمسار المرض (DMT)
term-dmt-definition = دواء يُتناول على المدى الطويل لتقليل انتكاسات التصلب المتعدد وإبطاء نشاطه. ومن العلاجات المعدِّلة لمسار المرض عالية الفعالية: ناتاليزوماب، وأليمتوزوماب، وأوكريليزوماب، وأوفاتوموماب، وكلادريبين.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, dmts, العلاج المعدِّل لمسار المرض, العلاجات المعدِّلة لمسار المرض

## Term: relapse
term-relapse = الانتكاسة
term-relapse-definition = نوبة واضحة من أعراض جديدة أو متفاقمة للتصلب المتعدد، يسببها الالتهاب. ويليها تعافٍ كامل أو جزئي.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = انتكاسة, انتكاسات, الانتكاسة, الانتكاسات

## Term: ms-types
term-ms-types = RRMS وSPMS وPPMS
term-ms-types-definition = في التصلب المتعدد الانتكاسي الهاجع (RRMS) نوبات يليها تعافٍ. والتصلب المتعدد المتقدم الثانوي (SPMS) يسوء باطّراد بعد مرحلة انتكاسية سابقة. والتصلب المتعدد المتقدم الأولي (PPMS) يسوء باطّراد منذ البداية.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = rrms, spms, ppms, الانتكاسي الهاجع, المتقدم الثانوي, المتقدم الأولي

## Term: edss
term-edss = EDSS (مقياس حالة الإعاقة الموسَّع)
term-edss-definition = المقياس المعياري من 0 إلى 10 الذي يستخدمه الأطباء لتقييم الإعاقة في التصلب المتعدد. والدرجات الأعلى تعني إعاقة أكبر.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, مقياس حالة الإعاقة الموسَّع

## Term: neda
term-neda = NEDA (عدم وجود دليل على نشاط المرض)
term-neda-definition = هدف علاجي: لا انتكاسات، ولا تفاقم في الإعاقة، ولا نشاط جديد في صور الرنين المغناطيسي، خلال مدة معينة.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, عدم وجود دليل على نشاط المرض

## Term: secondary-autoimmunity
term-secondary-autoimmunity = المناعة الذاتية الثانوية
term-secondary-autoimmunity-definition = مرض مناعي ذاتي جديد، مثل أمراض الغدة الدرقية، يظهر بعد العلاج.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = المناعة الذاتية الثانوية, مرض مناعي ذاتي جديد, أمراض مناعية ذاتية جديدة

## Term: jacie
term-jacie = JACIE
term-jacie-definition = هيئة اعتماد تفتّش مراكز الزراعة وفق معايير الجودة والسلامة. وتديرها جهتان معًا. إحداهما EBMT، التي تحتفظ بسجل لعمليات الزراعة في أوروبا.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
