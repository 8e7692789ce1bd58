### L’elenco delle fonti: come viene citata ogni fonte
###
### Traduzione italiana (registro formale, «lei») del testo sorgente in inglese
### (Regno Unito) di "aHSCT for MS, explained". Un messaggio per unità di testo.
### - [[parole mostrate|term-id]] segna un termine del glossario: si traducono
###   le parole mostrate e si conserva il term-id dopo la | così com’è.
### - { $name } viene riempito dalla pagina: si conserva.
### - `source-SNN` è la fonte come è stata pubblicata (autori, titolo, rivista,
###   anno): resta nella sua lingua, uguale in ogni traduzione.
###   `source-SNN-note` è la nota di questa pagina sulla fonte (che tipo di fonte è,
###   la sua data, come è stata letta), mostrata tra parentesi dopo la fonte: si traduce.

source-S1 = MS Society UK. HSCT: what to expect.
source-S2 = MS-UK. HSCT Choices booklet.
source-S3 = Autologous haematopoietic stem cell transplantation in MS, for the general neurologist, transplant haematologist and oncologist.
source-S3-note = una revisione, del 2019 circa
source-S4 = MS Trust. Star-MS trial for HSCT in MS.
source-S5 = MS Society UK. Having HSCT outside the NHS.
source-S6 = Current Opinion in Supportive and Palliative Care (EBMT Autoimmune Diseases Working Party).
source-S6-note = una revisione sulle cure di supporto nell’aHSCT per la SM
source-S7 = National MS Society. aHSCT in MS.
source-S7-note = Stati Uniti
source-S8 = Uhland V. What to know about autologous hematopoietic stem cell transplantation. Momentum.
source-S8-note = rivista della National MS Society
source-S11 = Sharrack B, et al. Updated EBMT and JACIE guidelines on aHSCT in MS. Bone Marrow Transplantation, 2020.
source-S12 = Cohen JA, et al. Position statement from the American Society for Blood and Marrow Transplantation. Biology of Blood and Marrow Transplantation, 2019.
source-S13 = Snowden JA, et al. Evolution, trends, outcomes and economics of HSCT in severe autoimmune diseases. Blood Advances, 2017.
source-S14 = CIBMTR. Transplantation for autoimmune diseases in North and South America. Biology of Blood and Marrow Transplantation.
source-S15 = Roberts F, et al. Rehabilitation before and after aHSCT for patients with MS: consensus guidelines. Frontiers in Neurology, 2020.
source-S16 = Burt RK, et al. The MIST randomised trial. JAMA, 2019.
source-S17 = Sormani MP, et al. aHSCT in multiple sclerosis: a meta-analysis. Neurology, 2017.
source-S18 = Muraro PA, et al. Long-term outcomes after aHSCT for MS. JAMA Neurology, 2017.
source-S18-note = letto tramite una sintesi di Clinical Advisor
source-S19 = Burman J, et al. aHSCT for aggressive MS: the Swedish experience. Journal of Neurology, Neurosurgery and Psychiatry, 2014.
source-S20 = Silfverberg T, et al. HSCT for relapsing-remitting MS in Sweden: an observational cohort study. Journal of Neurology, Neurosurgery and Psychiatry, 2024.
source-S21 = MS Australia. Autologous haematopoietic stem cell transplant (AHSCT).
source-S22 = Burt RK, et al. Real-world application of aHSCT in 507 patients with MS. Journal of Neurology, 2021.
source-S24 = MS Research Australia. AHSCT FAQs.
source-S25 = Daikeler T, et al. Secondary autoimmune diseases after HSCT for an autoimmune disease. Blood, 2011.
source-S26 = Atkins HL, et al. Immunoablation and aHSCT for aggressive MS: a phase 2 trial. The Lancet, 2016.
source-S27 = High-dose immunoablation with aHSCT in aggressive MS: a single centre 10-year experience. Multiple Sclerosis, 2010.
source-S28 = Neurology and Therapy, 2022.
source-S28-note = una revisione sistematica e meta-analisi sull’efficacia e la sicurezza dell’aHSCT nella SM
source-S29 = University College London Hospitals. Collecting stem cells from your blood: information for people with autoimmune conditions, including MS.
source-S30 = University College London Hospitals. Guide to autologous stem cell transplant for people with autoimmune conditions, including MS.
source-S31 = Kyrcz-Krzemień S, et al. Safety and efficacy of haematopoietic stem cell mobilization in patients with MS. Hematology, 2016.
source-S32 = ClinicalTrials.gov NCT00288626.
source-S32-note = lo studio HALT-MS, scheda dei risultati
source-S33 = ClinicalTrials.gov NCT04047628.
source-S33-note = lo studio BEAT-MS
source-S34 = NCT03477500.
source-S34-note = lo studio RAM-MS, Neuro-SysMed, Norvegia
source-S35 = Sheffield Clinical Trials Research Unit.
source-S35-note = lo studio StarMS
source-S36 = ClinicalTrials.gov NCT00278655. Hematopoietic stem cell therapy for patients with MS.
source-S36-note = criteri di ammissione
source-S37 = NCT05482542. Optimal conditioning regimen for autologous transplantation of relapsing-remitting MS.
source-S38 = Massarotti C, et al. Menstrual cycle resumption and female fertility after aHSCT for MS. Multiple Sclerosis, 2021.
source-S40 = Bone Marrow Transplantation.
source-S40-note = una revisione sulla conservazione della fertilità nelle persone che ricevono un trapianto di cellule ematopoietiche
source-S41 = UK Parliament. Multiple Sclerosis: Stem Cells.
source-S41-note = risposta scritta, 12 febbraio 2019
source-S42 = Ljungman P, et al. Vaccination of haematopoietic cell transplant recipients. Bone Marrow Transplantation, 2009.
source-S43 = Giedraitiene N, et al. Impact of aHSCT on quality of life and fatigue in relapsing MS. Scientific Reports, 2022.
source-S45 = NCT02674217.
source-S45-note = una serie di casi di un solo centro: 617 persone con SM trattate in ambulatorio con cellule staminali non congelate
source-S47 = BMT InfoNet. Transplant and early recovery period.
source-S48 = OncoHealth. Collecting stem cells, and Treatment involves.
source-S48-note = informazioni per i pazienti sul trattamento ad alte dosi con cellule staminali
source-S50 = Providence Oregon Autologous Stem Cell Transplant Program. Stem cell collection.
source-S51 = UNM Comprehensive Cancer Center. Stem cell collection.
source-S52 = HCA Healthcare UK. MS stem cell transplant.
source-S52-note = una struttura privata
source-S54 = BBC News, 2020.
source-S54-note = un servizio su due donne scozzesi che sono andate a Mosca per l’HSCT
source-S55 = Healthline (2017). Why Americans with MS are going to Russia for treatment.
source-S56 = MS Trust. What I wished I had known about MS and HSCT.
source-S56-note = la testimonianza di un paziente, 2023
source-S57 = msedley.com. HSCT (Haematopoietic Stem Cell Transplantation).
source-S59 = Berz D, et al. Cryopreservation of hematopoietic stem cells. American Journal of Hematology, 2007.
source-S60 = Wohlfarth P (Medical University of Vienna). Antimicrobial prophylaxis in HSCT patients.
source-S60-note = diapositive
source-S61 = University of Rochester Medical Center. Engraftment.
source-S62 = NHS. Stem cell transplant: risks.
source-S62-note = tramite la copia di una farmacia
source-S64 = MS Focus magazine (Multiple Sclerosis Foundation).
source-S64-note = numero della primavera 2019
source-S65 = NHS National Services Scotland. FOI-000102: Scottish HSCT Network (2022).
source-S69 = Cleveland Clinic. Bone marrow transplant: preventing infections.
source-S69-note = quando chiamare
