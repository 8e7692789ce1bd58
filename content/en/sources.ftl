### The reference list: how each source is cited
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
### - `source-SNN` is the source as it was published (authors, title, journal,
###   year): it stays in its own language, the same in every translation.
###   `source-SNN-note` is this page's own note on it (what kind of source it
###   is, its date, how it was read), shown in brackets after it: translate it.

source-S1 = MS Society UK. HSCT: what to expect.
source-S2 = MS-UK. HSCT Choices booklet.
source-S3 = Autologous haematopoietic stem cell transplantation in MS, for the general neurologist, transplant haematologist and oncologist.
source-S3-note = a review, about 2019
source-S4 = MS Trust. Star-MS trial for HSCT in MS.
source-S5 = MS Society UK. Having HSCT outside the NHS.
source-S6 = Current Opinion in Supportive and Palliative Care (EBMT Autoimmune Diseases Working Party).
source-S6-note = a review on supportive care in aHSCT for MS
source-S7 = National MS Society. aHSCT in MS.
source-S7-note = United States
source-S8 = Uhland V. What to know about autologous hematopoietic stem cell transplantation. Momentum.
source-S8-note = National MS Society magazine
source-S11 = Sharrack B, et al. Updated EBMT and JACIE guidelines on aHSCT in MS. Bone Marrow Transplantation, 2020.
source-S12 = Cohen JA, et al. Position statement from the American Society for Blood and Marrow Transplantation. Biology of Blood and Marrow Transplantation, 2019.
source-S13 = Snowden JA, et al. Evolution, trends, outcomes and economics of HSCT in severe autoimmune diseases. Blood Advances, 2017.
source-S14 = CIBMTR. Transplantation for autoimmune diseases in North and South America. Biology of Blood and Marrow Transplantation.
source-S15 = Roberts F, et al. Rehabilitation before and after aHSCT for patients with MS: consensus guidelines. Frontiers in Neurology, 2020.
source-S16 = Burt RK, et al. The MIST randomised trial. JAMA, 2019.
source-S17 = Sormani MP, et al. aHSCT in multiple sclerosis: a meta-analysis. Neurology, 2017.
source-S18 = Muraro PA, et al. Long-term outcomes after aHSCT for MS. JAMA Neurology, 2017.
source-S18-note = read through a Clinical Advisor summary
source-S19 = Burman J, et al. aHSCT for aggressive MS: the Swedish experience. Journal of Neurology, Neurosurgery and Psychiatry, 2014.
source-S20 = Silfverberg T, et al. HSCT for relapsing-remitting MS in Sweden: an observational cohort study. Journal of Neurology, Neurosurgery and Psychiatry, 2024.
source-S21 = MS Australia. Autologous haematopoietic stem cell transplant (AHSCT).
source-S22 = Burt RK, et al. Real-world application of aHSCT in 507 patients with MS. Journal of Neurology, 2021.
source-S24 = MS Research Australia. AHSCT FAQs.
source-S25 = Daikeler T, et al. Secondary autoimmune diseases after HSCT for an autoimmune disease. Blood, 2011.
source-S26 = Atkins HL, et al. Immunoablation and aHSCT for aggressive MS: a phase 2 trial. The Lancet, 2016.
source-S27 = High-dose immunoablation with aHSCT in aggressive MS: a single centre 10-year experience. Multiple Sclerosis, 2010.
source-S28 = Neurology and Therapy, 2022.
source-S28-note = a systematic review and meta-analysis of aHSCT efficacy and safety in MS
source-S29 = University College London Hospitals. Collecting stem cells from your blood: information for people with autoimmune conditions, including MS.
source-S30 = University College London Hospitals. Guide to autologous stem cell transplant for people with autoimmune conditions, including MS.
source-S31 = Kyrcz-Krzemień S, et al. Safety and efficacy of haematopoietic stem cell mobilization in patients with MS. Hematology, 2016.
source-S32 = ClinicalTrials.gov NCT00288626.
source-S32-note = the HALT-MS study, results record
source-S33 = ClinicalTrials.gov NCT04047628.
source-S33-note = the BEAT-MS trial
source-S34 = NCT03477500.
source-S34-note = the RAM-MS trial, Neuro-SysMed, Norway
source-S35 = Sheffield Clinical Trials Research Unit.
source-S35-note = the StarMS trial
source-S36 = ClinicalTrials.gov NCT00278655. Hematopoietic stem cell therapy for patients with MS.
source-S36-note = eligibility
source-S37 = NCT05482542. Optimal conditioning regimen for autologous transplantation of relapsing-remitting MS.
source-S38 = Massarotti C, et al. Menstrual cycle resumption and female fertility after aHSCT for MS. Multiple Sclerosis, 2021.
source-S40 = Bone Marrow Transplantation.
source-S40-note = a review of fertility preservation in haematopoietic cell transplant recipients
source-S41 = UK Parliament. Multiple Sclerosis: Stem Cells.
source-S41-note = written answer, 12 February 2019
source-S42 = Ljungman P, et al. Vaccination of haematopoietic cell transplant recipients. Bone Marrow Transplantation, 2009.
source-S43 = Giedraitiene N, et al. Impact of aHSCT on quality of life and fatigue in relapsing MS. Scientific Reports, 2022.
source-S45 = NCT02674217.
source-S45-note = a single-centre series of 617 people with MS treated with outpatient, unfrozen stem cells
source-S47 = BMT InfoNet. Transplant and early recovery period.
source-S48 = OncoHealth. Collecting stem cells, and Treatment involves.
source-S48-note = patient information on high-dose treatment with stem cells
source-S50 = Providence Oregon Autologous Stem Cell Transplant Program. Stem cell collection.
source-S51 = UNM Comprehensive Cancer Center. Stem cell collection.
source-S52 = HCA Healthcare UK. MS stem cell transplant.
source-S52-note = a private provider
source-S54 = BBC News, 2020.
source-S54-note = a report on two Scottish women who travelled to Moscow for HSCT
source-S55 = Healthline (2017). Why Americans with MS are going to Russia for treatment.
source-S56 = MS Trust. What I wished I had known about MS and HSCT.
source-S56-note = a patient’s story, 2023
source-S57 = msedley.com. HSCT (Haematopoietic Stem Cell Transplantation).
source-S59 = Berz D, et al. Cryopreservation of hematopoietic stem cells. American Journal of Hematology, 2007.
source-S60 = Wohlfarth P (Medical University of Vienna). Antimicrobial prophylaxis in HSCT patients.
source-S60-note = slides
source-S61 = University of Rochester Medical Center. Engraftment.
source-S62 = NHS. Stem cell transplant: risks.
source-S62-note = via a pharmacy copy
source-S64 = MS Focus magazine (Multiple Sclerosis Foundation).
source-S64-note = Spring 2019 issue
source-S65 = NHS National Services Scotland. FOI-000102: Scottish HSCT Network (2022).
source-S69 = Cleveland Clinic. Bone marrow transplant: preventing infections.
source-S69-note = when to call
