### Словарь терминов: каждый термин, его определение и формы, в которых он встречается в тексте
###
### Перевод на русский язык (обращение на «вы») исходного английского (Великобритания)
### текста "aHSCT for MS, explained".

## Term: autologous
term-autologous = Аутологичный
term-autologous-definition = Использующий ваши собственные клетки. Противоположный вариант — аллогенный: при нём используют клетки донора. При РС так обычно не делают.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = аутологичный, аутологичная, аутологичной, аутологичную, аутологичного, аутологичным, аутологичные

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Гемопоэтические стволовые клетки (по-английски haematopoietic, в США — hematopoietic)
term-haematopoietic-stem-cells-definition = Ранние «родительские» клетки. Они живут в основном в костном мозге — губчатой ткани внутри некоторых костей. Из них могут развиться все виды клеток крови, в том числе эритроциты, тромбоциты и иммунные клетки (лейкоциты).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = гемопоэтические, гемопоэтических, гемопоэтическими, гемопоэтическим, гемопоэтическая, гемопоэтической, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Мобилизация
term-mobilisation-definition = Применение лекарств, которые выводят стволовые клетки из костного мозга в кровь, чтобы их можно было собрать.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = мобилизация, мобилизации, мобилизацию, мобилизацией

## Term: g-csf
term-g-csf = Г-КСФ (G-CSF, филграстим)
term-g-csf-definition = Искусственно созданная копия природного фактора роста. Его вводят с помощью уколов. Он усиливает образование лейкоцитов и помогает выводить стволовые клетки в кровь.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = г-ксф, g-csf, филграстим

## Term: apheresis
term-apheresis = Аферез (лейкаферез, или «заготовка»)
term-apheresis-definition = Сбор стволовых клеток: кровь пропускают через аппарат. Аппарат оставляет стволовые клетки и возвращает остальную кровь.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = аферез, афереза, аферезом, аферезе, лейкаферез, лейкафереза

## Term: cd34
term-cd34 = Клетки CD34+
term-cd34-definition = Лабораторный маркер, по которому подсчитывают собранные стволовые клетки. Команды стремятся собрать не меньше определённого числа клеток на каждый килограмм массы тела.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Криоконсервация
term-cryopreservation-definition = Замораживание клеток в контролируемых условиях, чтобы они сохранились при хранении и их можно было позже разморозить.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = криоконсервация, криоконсервации, криоконсервацию

## Term: conditioning
term-conditioning = Кондиционирование
term-conditioning-definition = Высокодозная химиотерапия перед возвращением стволовых клеток, иногда вместе с препаратами антител, например АТГ. Она уничтожает всю существующую иммунную систему или значительную её часть.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = кондиционирование, кондиционирования, кондиционированию, кондиционированием

## Term: myeloablative
term-myeloablative = Миелоаблативное и немиелоаблативное кондиционирование
term-myeloablative-definition = Миелоаблативное кондиционирование полностью уничтожает костный мозг и иммунную систему. Немиелоаблативное, или менее интенсивное, кондиционирование делает это лишь частично.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = миелоаблативный, миелоаблативные, миелоаблативное, миелоаблативная, немиелоаблативный, немиелоаблативные, немиелоаблативное, немиелоаблативная

## Term: cyclophosphamide
term-cyclophosphamide = Циклофосфамид
term-cyclophosphamide-definition = Химиотерапевтический препарат, который используют во многих схемах лечения РС. Его применяют и чтобы вывести стволовые клетки в кровь, и для кондиционирования.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = циклофосфамид, циклофосфамида, циклофосфамиду, циклофосфамидом

## Term: atg
term-atg = АТГ (антитимоцитарный глобулин)
term-atg-definition = Препарат антител, который часто получают с помощью кроликов. Он уничтожает Т-клетки. Т-клетки — один из видов иммунных клеток. АТГ часто сочетают с циклофосфамидом.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = атг, антитимоцитарный глобулин, антитимоцитарного глобулина, антитимоцитарным глобулином

## Term: beam
term-beam = BEAM
term-beam-definition = Более интенсивное сочетание четырёх химиотерапевтических препаратов: кармустин (BCNU), этопозид, цитарабин и мелфалан.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = День 0
term-day-0-definition = День, когда стволовые клетки возвращают. Дни до него считают со знаком минус, а дни после него — со знаком плюс.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = день 0, дня 0, днём 0, день ноль

## Term: engraftment
term-engraftment = Приживление
term-engraftment-definition = Момент, когда возвращённые стволовые клетки заселили костный мозг и в крови начинают появляться новые клетки крови. Первыми появляются лейкоциты.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = приживление, приживления, приживлению, приживлением

## Term: neutropenia
term-neutropenia = Нейтропения и фебрильная нейтропения
term-neutropenia-definition = Очень низкий уровень нейтрофилов — лейкоцитов, которые борются с инфекцией. «Фебрильная» означает «с повышенной температурой». Такое состояние требует срочного лечения.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = нейтропения, нейтропении, нейтропению, нейтропенией, фебрильная, фебрильной

## Term: immune-reconstitution
term-immune-reconstitution = Иммунная реконституция
term-immune-reconstitution-definition = Постепенное восстановление иммунной системы в течение месяцев после трансплантации.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = иммунная реконституция, иммунной реконституции, иммунную реконституцию, иммунной реконституцией, реконституция, реконституции, реконституцией

## Term: dmt
term-dmt = Препараты, изменяющие течение РС (ПИТРС)
term-dmt-definition = Лекарство, которое принимают долгое время, чтобы уменьшить число обострений РС и замедлить активность болезни. К высокоэффективным ПИТРС относятся натализумаб, алемтузумаб, окрелизумаб, офатумумаб и кладрибин.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = питрс, изменяющий течение рс, изменяющие течение рс, изменяющих течение рс, изменяющими течение рс

## Term: relapse
term-relapse = Обострение
term-relapse-definition = Отдельный эпизод новых или усиливающихся симптомов РС, вызванный воспалением. После него наступает полное или частичное восстановление.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = обострение, обострения, обострений, обострению, обострением, обострении, обострениям, обострениями, обострениях

## Term: ms-types
term-ms-types = РРС, ВПРС и ППРС
term-ms-types-definition = При ремиттирующем РС (РРС) бывают обострения, после которых наступает восстановление. Вторично-прогрессирующий РС (ВПРС) неуклонно ухудшается после более раннего периода с обострениями. Первично-прогрессирующий РС (ППРС) неуклонно ухудшается с самого начала.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = ррс, впрс, ппрс, ремиттирующий, ремиттирующего, ремиттирующему, ремиттирующим, ремиттирующем, вторично-прогрессирующий, вторично-прогрессирующего, вторично-прогрессирующему, вторично-прогрессирующим, вторично-прогрессирующем, первично-прогрессирующий, первично-прогрессирующего, первично-прогрессирующему, первично-прогрессирующим, первично-прогрессирующем

## Term: edss
term-edss = EDSS (расширенная шкала оценки степени инвалидизации)
term-edss-definition = Стандартная шкала от 0 до 10, по которой врачи оценивают инвалидизацию при РС. Чем выше балл, тем сильнее выражена инвалидизация.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, расширенная шкала оценки степени инвалидизации, расширенной шкалы оценки степени инвалидизации, расширенной шкале оценки степени инвалидизации

## Term: neda
term-neda = NEDA (нет признаков активности заболевания)
term-neda-definition = Цель лечения: за определённый период нет обострений, нет нарастания инвалидизации и нет новой активности на МРТ.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, нет признаков активности заболевания

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Вторичный аутоиммунитет
term-secondary-autoimmunity-definition = Новое аутоиммунное заболевание, например болезнь щитовидной железы, которое появляется после лечения.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = вторичный аутоиммунитет, вторичного аутоиммунитета, новое аутоиммунное заболевание, нового аутоиммунного заболевания, новые аутоиммунные заболевания, новых аутоиммунных заболеваний

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Организация по аккредитации, которая проверяет центры трансплантации на соответствие стандартам качества и безопасности. Ею совместно руководят две организации. Одна из них — EBMT, которая ведёт регистр трансплантаций в Европе.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
