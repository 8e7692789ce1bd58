### Das Glossar: jeder Begriff, seine Erklärung und seine Formen im laufenden Text
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

## Term: autologous
term-autologous = Autolog
term-autologous-definition = Dabei werden Ihre eigenen Zellen verwendet. Das Gegenteil, allogen, verwendet Zellen von einer Spenderin oder einem Spender. Das ist bei MS nicht der übliche Weg.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autolog, autologe, autologen, autologer

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Hämatopoetische Stammzellen (englisch: haematopoietic, US-Schreibweise: hematopoietic)
term-haematopoietic-stem-cells-definition = Frühe ‚Mutterzellen‘, die vor allem im Knochenmark leben, dem schwammartigen Gewebe im Inneren mancher Knochen. Diese Zellen können sich zu jeder Art von Blutzelle entwickeln. Dazu gehören rote Blutkörperchen, Blutplättchen und Immunzellen (weiße Blutkörperchen).
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = hämatopoetisch, hämatopoetische, hämatopoetischen, haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Mobilisierung
term-mobilisation-definition = Medikamente bringen Stammzellen aus dem Knochenmark ins Blut, damit sie dort gesammelt werden können.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = mobilisierung, mobilisiert

## Term: g-csf
term-g-csf = G-CSF (Filgrastim)
term-g-csf-definition = Eine künstlich hergestellte Form eines natürlichen Wachstumsfaktors, die als Spritzen gegeben wird. G-CSF regt die Bildung weißer Blutkörperchen an und hilft, Stammzellen ins Blut abzugeben.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Apherese (Leukapherese oder „Stammzellentnahme“)
term-apheresis-definition = Stammzellen werden gesammelt, indem Blut durch ein Gerät fließt. Das Gerät behält die Stammzellen und gibt das übrige Blut zurück.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = apherese, leukapherese

## Term: cd34
term-cd34 = CD34+-Zellen
term-cd34-definition = Der Labormarker, mit dem gesammelte Stammzellen gezählt werden. Die Teams wollen eine Mindestzahl pro Kilogramm Körpergewicht erreichen.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Kryokonservierung
term-cryopreservation-definition = Zellen werden unter kontrollierten Bedingungen eingefroren. So überstehen sie die Lagerung und können später aufgetaut werden.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = kryokonservierung, kryokonserviert

## Term: conditioning
term-conditioning = Konditionierung
term-conditioning-definition = Die hochdosierte Chemotherapie, bevor die Stammzellen zurückgegeben werden, manchmal mit Antikörper-Medikamenten wie ATG. Diese Behandlung entfernt das bestehende Immunsystem ganz oder zu einem großen Teil.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = konditionierung

## Term: myeloablative
term-myeloablative = Myeloablativ und nicht myeloablativ
term-myeloablative-definition = Eine myeloablative Konditionierung entfernt das Knochenmark und das Immunsystem vollständig. Eine nicht myeloablative, also weniger intensive Konditionierung tut das nur teilweise.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = myeloablativ, myeloablative, myeloablativen, nicht myeloablativ, nicht myeloablative

## Term: cyclophosphamide
term-cyclophosphamide = Cyclophosphamid
term-cyclophosphamide-definition = Ein Chemotherapie-Medikament, das in vielen MS-Behandlungsplänen eingesetzt wird. Es dient dazu, Stammzellen ins Blut zu bringen, und auch zur Konditionierung.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = cyclophosphamid

## Term: atg
term-atg = ATG (Antithymozytenglobulin)
term-atg-definition = Ein Antikörper-Medikament, oft mithilfe von Kaninchen hergestellt, das T-Zellen entfernt. T-Zellen sind eine Art von Immunzellen. ATG wird oft mit Cyclophosphamid kombiniert.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, antithymozytenglobulin

## Term: beam
term-beam = BEAM
term-beam-definition = Eine intensivere Kombination von vier Chemotherapie-Medikamenten: Carmustin (BCNU), Etoposid, Cytarabin und Melphalan.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Tag 0
term-day-0-definition = Der Tag, an dem die Stammzellen zurückgegeben werden. Die Tage davor zählt man als Minustage, die Tage danach als Plustage.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = tag 0, tag null

## Term: engraftment
term-engraftment = Anwachsen (Engraftment)
term-engraftment-definition = Der Zeitpunkt, an dem sich die zurückgegebenen Stammzellen im Knochenmark angesiedelt haben und neue Blutzellen im Blut erscheinen. Weiße Blutkörperchen erscheinen zuerst.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = anwachsen, engraftment

## Term: neutropenia
term-neutropenia = Neutropenie und febrile Neutropenie
term-neutropenia-definition = Ein sehr niedriger Wert an Neutrophilen, den weißen Blutkörperchen, die Infektionen bekämpfen. Febril heißt: mit Fieber, das dringend behandelt werden muss.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropenie, neutropenisch, neutropenische, febrile neutropenie

## Term: immune-reconstitution
term-immune-reconstitution = Immunrekonstitution
term-immune-reconstitution-definition = Der allmähliche Wiederaufbau des Immunsystems in den Monaten nach der Transplantation.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = immunrekonstitution

## Term: dmt
term-dmt = Verlaufsmodifizierende Therapie (DMT)
term-dmt-definition = Ein Medikament, das man langfristig nimmt, um MS-Schübe zu verringern und die MS-Aktivität zu bremsen. Zu den hochwirksamen DMT gehören Natalizumab, Alemtuzumab, Ocrelizumab, Ofatumumab und Cladribin.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, dmts, verlaufsmodifizierende therapie, verlaufsmodifizierenden therapie, verlaufsmodifizierende therapien, verlaufsmodifizierenden therapien

## Term: relapse
term-relapse = Schub
term-relapse-definition = Eine abgegrenzte Phase mit neuen oder stärker werdenden MS-Symptomen, ausgelöst durch eine Entzündung. Danach folgt eine vollständige oder teilweise Erholung.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = schub, schübe, schüben, schubs

## Term: ms-types
term-ms-types = RRMS, SPMS und PPMS
term-ms-types-definition = Die schubförmig remittierende MS (RRMS) hat Schübe, auf die eine Erholung folgt. Die sekundär progrediente MS (SPMS) verschlechtert sich stetig nach einer früheren schubförmigen Phase. Die primär progrediente MS (PPMS) verschlechtert sich von Anfang an stetig.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = rrms, spms, ppms, schubförmig remittierend, schubförmig remittierende, schubförmig remittierender, sekundär progredient, sekundär progrediente, sekundär progredienter, primär progredient, primär progrediente, primär progredienter

## Term: edss
term-edss = EDSS (Expanded Disability Status Scale: erweiterte Skala zur Beurteilung der Behinderung)
term-edss-definition = Die Standardskala von 0 bis 10, mit der Ärztinnen und Ärzte die Behinderung durch MS bewerten. Höhere Werte bedeuten mehr Behinderung.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, expanded disability status scale, erweiterte skala zur beurteilung der behinderung

## Term: neda
term-neda = NEDA (no evidence of disease activity: kein Hinweis auf Krankheitsaktivität)
term-neda-definition = Ein Behandlungsziel: keine Schübe, keine Verschlechterung der Behinderung und keine neue Aktivität im MRT über einen bestimmten Zeitraum.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, no evidence of disease activity, kein hinweis auf krankheitsaktivität, keinen hinweis auf krankheitsaktivität

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Sekundäre Autoimmunität
term-secondary-autoimmunity-definition = Eine neue Autoimmunerkrankung, zum Beispiel eine Erkrankung der Schilddrüse, die nach der Behandlung auftritt.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = sekundäre autoimmunität, neue autoimmunerkrankung, neue autoimmunerkrankungen, neuen autoimmunerkrankungen

## Term: jacie
term-jacie = JACIE
term-jacie-definition = Eine Akkreditierungsstelle, die Transplantationszentren nach Qualitäts- und Sicherheitsstandards prüft. Zwei Gruppen betreiben sie gemeinsam. Eine davon ist die EBMT, die Transplantationen in Europa in einem Register erfasst.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
