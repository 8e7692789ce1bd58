### The glossary: each term, its definition, and the forms it takes in running text
###
### English (UK) source text of "aHSCT for MS, explained". One text unit a
### message: `key = words`, on one line (a long line is fine; a translator may
### wrap it onto indented lines that follow).
### - Every medical statement comes from content/seed.txt or content/facts.md
###   and keeps their meaning, numbers, dates and hedges ("may", "about").
###   A translation says the same, nothing more (content/style.md).
### - [[words shown|term-id]] marks a glossary term where it is used: translate
###   the words shown, keep the term-id after the | as it is.
### - { $name } is filled in by the page: keep it, move it where your
###   language needs it.

## Term: autologous
term-autologous = Autologous
term-autologous-definition = Uses your own cells. The opposite, allogeneic, uses cells from a donor, which is not the usual approach for MS.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-autologous-forms = autologous

## Term: haematopoietic-stem-cells
term-haematopoietic-stem-cells = Haematopoietic stem cells (US spelling: hematopoietic)
term-haematopoietic-stem-cells-definition = Early ‘parent’ cells that live mainly in the bone marrow, the spongy tissue inside some bones. They can develop into every type of blood cell, including red cells, platelets and immune (white) cells.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-haematopoietic-stem-cells-forms = haematopoietic, hematopoietic

## Term: mobilisation
term-mobilisation = Mobilisation
term-mobilisation-definition = Using medicines to move stem cells out of the bone marrow into the blood, so that they can be collected.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-mobilisation-forms = mobilisation, mobilised

## Term: g-csf
term-g-csf = G-CSF (filgrastim)
term-g-csf-definition = A man-made version of a natural growth factor, given as injections. It boosts the making of white cells and helps release stem cells into the blood.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-g-csf-forms = g-csf, filgrastim

## Term: apheresis
term-apheresis = Apheresis (leukapheresis, or ‘harvest’)
term-apheresis-definition = Collecting stem cells by passing blood through a machine. The machine keeps the stem cells and returns the rest of the blood.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-apheresis-forms = apheresis, leukapheresis

## Term: cd34
term-cd34 = CD34+ cells
term-cd34-definition = The laboratory marker used to count collected stem cells. Teams aim for a minimum number for each kilogram of body weight.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cd34-forms = cd34

## Term: cryopreservation
term-cryopreservation = Cryopreservation
term-cryopreservation-definition = Freezing cells under controlled conditions, so that they survive storage and can be thawed later.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cryopreservation-forms = cryopreservation

## Term: conditioning
term-conditioning = Conditioning
term-conditioning-definition = The high-dose chemotherapy given before the stem cells are returned, sometimes with antibody medicines such as ATG. It removes all or much of the existing immune system.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-conditioning-forms = conditioning

## Term: myeloablative
term-myeloablative = Myeloablative and non-myeloablative
term-myeloablative-definition = Myeloablative conditioning removes the bone marrow and immune system completely. Non-myeloablative, or less intensive, conditioning does this only in part.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-myeloablative-forms = myeloablative, non-myeloablative

## Term: cyclophosphamide
term-cyclophosphamide = Cyclophosphamide
term-cyclophosphamide-definition = A chemotherapy drug used in many MS treatment plans. It is used both to move stem cells into the blood and for conditioning.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-cyclophosphamide-forms = cyclophosphamide

## Term: atg
term-atg = ATG (anti-thymocyte globulin)
term-atg-definition = An antibody medicine, often made in rabbits, that removes T-cells. T-cells are a type of immune cell. ATG is often combined with cyclophosphamide.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-atg-forms = atg, anti-thymocyte globulin

## Term: beam
term-beam = BEAM
term-beam-definition = A more intensive combination of four chemotherapy drugs: carmustine (BCNU), etoposide, cytarabine and melphalan.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-beam-forms = beam

## Term: day-0
term-day-0 = Day 0
term-day-0-definition = The day the stem cells are given back. Days before it are counted as minus days, and days after it as plus days.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-day-0-forms = day 0, day zero

## Term: engraftment
term-engraftment = Engraftment
term-engraftment-definition = When the returned stem cells have settled in the marrow and new blood cells start to appear in the blood. White cells appear first.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-engraftment-forms = engraftment

## Term: neutropenia
term-neutropenia = Neutropenia and febrile neutropenia
term-neutropenia-definition = A very low level of neutrophils, the white cells that fight infection. Febrile means with a fever, which needs urgent treatment.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neutropenia-forms = neutropenia, neutropenic

## Term: immune-reconstitution
term-immune-reconstitution = Immune reconstitution
term-immune-reconstitution-definition = The gradual rebuilding of the immune system over the months after the transplant.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-immune-reconstitution-forms = immune reconstitution

## Term: dmt
term-dmt = Disease-modifying therapy (DMT)
term-dmt-definition = A medicine taken long-term to reduce MS relapses and slow MS activity. High-efficacy DMTs include natalizumab, alemtuzumab, ocrelizumab, ofatumumab and cladribine.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-dmt-forms = dmt, dmts, disease-modifying therapy, disease-modifying therapies

## Term: relapse
term-relapse = Relapse
term-relapse-definition = A distinct episode of new or worsening MS symptoms, caused by inflammation. It is followed by full or partial recovery.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-relapse-forms = relapse, relapses

## Term: ms-types
term-ms-types = RRMS, SPMS and PPMS
term-ms-types-definition = Relapsing-remitting MS (RRMS) has attacks followed by recovery. Secondary progressive MS (SPMS) steadily worsens after an earlier relapsing phase. Primary progressive MS (PPMS) steadily worsens from the start.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-ms-types-forms = rrms, spms, ppms, relapsing-remitting, secondary progressive, primary progressive

## Term: edss
term-edss = EDSS (Expanded Disability Status Scale)
term-edss-definition = The standard 0 to 10 scale doctors use to score MS disability. Higher scores mean more disability.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-edss-forms = edss, expanded disability status scale

## Term: neda
term-neda = NEDA (no evidence of disease activity)
term-neda-definition = A treatment goal: no relapses, no worsening of disability and no new MRI activity over a given time.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-neda-forms = neda, no evidence of disease activity

## Term: secondary-autoimmunity
term-secondary-autoimmunity = Secondary autoimmunity
term-secondary-autoimmunity-definition = A new autoimmune condition, such as thyroid disease, that appears after treatment.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-secondary-autoimmunity-forms = secondary autoimmunity, new autoimmune condition, new autoimmune conditions

## Term: jacie
term-jacie = JACIE
term-jacie-definition = An accreditation body that inspects transplant centres against quality and safety standards. Two groups run it jointly. One of them is EBMT, which keeps a record of transplants in Europe.
# The forms the term takes in running text, lower case, separated by commas (for the content tests).
term-jacie-forms = jacie
