### The blood-cell explorer
### مستكشف خلايا الدم

cells-heading = استكشف الخلايا التي تصنعها خلاياك الجذعية
cells-intro = اختر خلية لترى ما هي، وماذا يعني علاج aHSCT بالنسبة إليها.
cells-in-ahsct-heading = ماذا يعني علاج aHSCT بالنسبة إليها
cells-show-all = اعرض جميع الخلايا في قائمة
cells-show-one = اعرض خلية واحدة في كل مرة
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = المعروض الآن: { $name }
cells-marrow-label = نخاع العظم
cells-blood-label = الدم

## Cell: stem-cell
cell-stem-cell-name = الخلية الجذعية الصانعة للدم
cell-stem-cell-about-1 = تعيش [[الخلية الجذعية الصانعة للدم|haematopoietic-stem-cells]] في نخاع العظم أساسًا. ويمكنها صنع كل أنواع خلايا الدم.
cell-stem-cell-in-ahsct-1 = تنقل الأدوية هذه الخلايا الجذعية إلى الدم، حيث تُجمع. وفي معظم المراكز، تُجمَّد بعد ذلك وتُحفظ.
cell-stem-cell-in-ahsct-2 = بعد العلاج الكيميائي، تُعاد إليك. فتستقر في نخاع العظم وتعيد بناء خلايا دمك وخلاياك المناعية.

## Cell: red-cells
cell-red-cells-name = خلايا الدم الحمراء
cell-red-cells-about-1 = خلايا الدم الحمراء نوع من أنواع خلايا الدم التي تصنعها الخلايا الجذعية.
cell-red-cells-in-ahsct-1 = بعد العلاج الكيميائي بجرعات عالية، قد تنخفض أعداد خلايا الدم انخفاضًا شديدًا لفترة.
cell-red-cells-in-ahsct-2 = يفحص فريقك دمك كثيرًا. وقد يعطيك نقل دم إذا لزم ذلك.

## Cell: platelets
cell-platelets-name = الصفائح الدموية
cell-platelets-about-1 = الصفائح الدموية نوع آخر من خلايا الدم التي تصنعها الخلايا الجذعية.
cell-platelets-in-ahsct-1 = في أثناء العلاج الكيميائي، قد تنزف أو تظهر عليك الكدمات بسهولة أكبر.
cell-platelets-in-ahsct-2 = يفحص فريقك دمك كثيرًا، وقد يعطيك عمليات نقل دم إذا لزم ذلك.
cell-platelets-in-ahsct-3 = يُصاب بعض الناس لاحقًا بمرض ITP، وهو حالة تقل فيها الصفائح الدموية.

## Cell: white-cells
cell-white-cells-name = خلايا الدم البيضاء (الخلايا المناعية)
cell-white-cells-about-1 = تُسمّى خلايا الدم البيضاء أيضًا الخلايا المناعية. والخلايا الجذعية تصنعها كذلك.
cell-white-cells-about-2 = في التصلب المتعدد، يُعتقد أن بعض الخلايا المناعية هي التي تحرّك المرض.
cell-white-cells-in-ahsct-1 = يزيل العلاج الكيميائي جهازك المناعي كله أو جزءًا كبيرًا منه، بما في ذلك الخلايا التي يُعتقد أنها تحرّك التصلب المتعدد.
cell-white-cells-in-ahsct-2 = ثم تعيد الخلايا الجذعية المُعادة بناءه ببطء، على مدى أشهر كثيرة. ويُسمّى هذا [[إعادة بناء المناعة|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = تتلاشى الحماية التي منحتها اللقاحات السابقة بعد العلاج. لذلك تعطي فرق الزراعة بعض اللقاحات مرة أخرى.

## Cell: neutrophils
cell-neutrophils-name = العدلات
cell-neutrophils-about-1 = العدلات خلايا دم بيضاء تحارب العدوى.
cell-neutrophils-in-ahsct-1 = بعد العلاج الكيميائي، تنخفض انخفاضًا شديدًا. ويُسمّى هذا [[قلة العدلات|neutropenia]]، ويكون خطر العدوى مرتفعًا.
cell-neutrophils-in-ahsct-2 = الحمى في هذه الفترة تحتاج إلى علاج عاجل.
cell-neutrophils-in-ahsct-3 = خلايا الدم البيضاء هي أول خلايا الدم الجديدة التي تعود إلى الظهور. وهذا جزء من [[الانغراس|engraftment]].

## Cell: t-cells
cell-t-cells-name = الخلايا التائية
cell-t-cells-about-1 = الخلايا التائية نوع من الخلايا المناعية.
cell-t-cells-in-ahsct-1 = تضيف بعض خطط العلاج دواء [[ATG|atg]]، وهو دواء من الأجسام المضادة يزيل الخلايا التائية.
cell-t-cells-in-ahsct-2 = ومثل الخلايا المناعية الأخرى، يُعاد بناؤها ببطء على مدى الأشهر التي تلي العلاج.
