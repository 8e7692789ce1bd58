### Список источников: как указан каждый источник
###
### Перевод на русский язык (обращение на «вы») исходного английского (Великобритания)
### текста "aHSCT for MS, explained".
### - `source-SNN` — источник в том виде, в каком он опубликован (авторы, название,
###   журнал, год): он остаётся на своём языке, одинаковым во всех переводах.
###   `source-SNN-note` — собственное примечание этой страницы к источнику (что это
###   за источник, его дата, как его прочитали): оно переведено.

source-S1 = MS Society UK. HSCT: what to expect.
source-S2 = MS-UK. HSCT Choices booklet.
source-S3 = Autologous haematopoietic stem cell transplantation in MS, for the general neurologist, transplant haematologist and oncologist.
source-S3-note = обзор, примерно 2019 год
source-S4 = MS Trust. Star-MS trial for HSCT in MS.
source-S5 = MS Society UK. Having HSCT outside the NHS.
source-S6 = Current Opinion in Supportive and Palliative Care (EBMT Autoimmune Diseases Working Party).
source-S6-note = обзор о поддерживающем лечении при aHSCT у людей с РС
source-S7 = National MS Society. aHSCT in MS.
source-S7-note = США
source-S8 = Uhland V. What to know about autologous hematopoietic stem cell transplantation. Momentum.
source-S8-note = журнал National MS Society
source-S11 = Sharrack B, et al. Updated EBMT and JACIE guidelines on aHSCT in MS. Bone Marrow Transplantation, 2020.
source-S12 = Cohen JA, et al. Position statement from the American Society for Blood and Marrow Transplantation. Biology of Blood and Marrow Transplantation, 2019.
source-S13 = Snowden JA, et al. Evolution, trends, outcomes and economics of HSCT in severe autoimmune diseases. Blood Advances, 2017.
source-S14 = CIBMTR. Transplantation for autoimmune diseases in North and South America. Biology of Blood and Marrow Transplantation.
source-S15 = Roberts F, et al. Rehabilitation before and after aHSCT for patients with MS: consensus guidelines. Frontiers in Neurology, 2020.
source-S16 = Burt RK, et al. The MIST randomised trial. JAMA, 2019.
source-S17 = Sormani MP, et al. aHSCT in multiple sclerosis: a meta-analysis. Neurology, 2017.
source-S18 = Muraro PA, et al. Long-term outcomes after aHSCT for MS. JAMA Neurology, 2017.
source-S18-note = прочитано по краткому изложению в Clinical Advisor
source-S19 = Burman J, et al. aHSCT for aggressive MS: the Swedish experience. Journal of Neurology, Neurosurgery and Psychiatry, 2014.
source-S20 = Silfverberg T, et al. HSCT for relapsing-remitting MS in Sweden: an observational cohort study. Journal of Neurology, Neurosurgery and Psychiatry, 2024.
source-S21 = MS Australia. Autologous haematopoietic stem cell transplant (AHSCT).
source-S22 = Burt RK, et al. Real-world application of aHSCT in 507 patients with MS. Journal of Neurology, 2021.
source-S24 = MS Research Australia. AHSCT FAQs.
source-S25 = Daikeler T, et al. Secondary autoimmune diseases after HSCT for an autoimmune disease. Blood, 2011.
source-S26 = Atkins HL, et al. Immunoablation and aHSCT for aggressive MS: a phase 2 trial. The Lancet, 2016.
source-S27 = High-dose immunoablation with aHSCT in aggressive MS: a single centre 10-year experience. Multiple Sclerosis, 2010.
source-S28 = Neurology and Therapy, 2022.
source-S28-note = систематический обзор и метаанализ эффективности и безопасности aHSCT при РС
source-S29 = University College London Hospitals. Collecting stem cells from your blood: information for people with autoimmune conditions, including MS.
source-S30 = University College London Hospitals. Guide to autologous stem cell transplant for people with autoimmune conditions, including MS.
source-S31 = Kyrcz-Krzemień S, et al. Safety and efficacy of haematopoietic stem cell mobilization in patients with MS. Hematology, 2016.
source-S32 = ClinicalTrials.gov NCT00288626.
source-S32-note = исследование HALT-MS, запись о результатах
source-S33 = ClinicalTrials.gov NCT04047628.
source-S33-note = исследование BEAT-MS
source-S34 = NCT03477500.
source-S34-note = исследование RAM-MS, Neuro-SysMed, Норвегия
source-S35 = Sheffield Clinical Trials Research Unit.
source-S35-note = исследование StarMS
source-S36 = ClinicalTrials.gov NCT00278655. Hematopoietic stem cell therapy for patients with MS.
source-S36-note = критерии включения
source-S37 = NCT05482542. Optimal conditioning regimen for autologous transplantation of relapsing-remitting MS.
source-S38 = Massarotti C, et al. Menstrual cycle resumption and female fertility after aHSCT for MS. Multiple Sclerosis, 2021.
source-S40 = Bone Marrow Transplantation.
source-S40-note = обзор о сохранении фертильности у людей, получивших трансплантацию гемопоэтических клеток
source-S41 = UK Parliament. Multiple Sclerosis: Stem Cells.
source-S41-note = письменный ответ, 12 февраля 2019 г.
source-S42 = Ljungman P, et al. Vaccination of haematopoietic cell transplant recipients. Bone Marrow Transplantation, 2009.
source-S43 = Giedraitiene N, et al. Impact of aHSCT on quality of life and fatigue in relapsing MS. Scientific Reports, 2022.
source-S45 = NCT02674217.
source-S45-note = серия случаев одного центра: 617 человек с РС, которых лечили амбулаторно незамороженными стволовыми клетками
source-S47 = BMT InfoNet. Transplant and early recovery period.
source-S48 = OncoHealth. Collecting stem cells, and Treatment involves.
source-S48-note = информация для пациентов о высокодозном лечении со стволовыми клетками
source-S50 = Providence Oregon Autologous Stem Cell Transplant Program. Stem cell collection.
source-S51 = UNM Comprehensive Cancer Center. Stem cell collection.
source-S52 = HCA Healthcare UK. MS stem cell transplant.
source-S52-note = частная медицинская компания
source-S54 = BBC News, 2020.
source-S54-note = репортаж о двух женщинах из Шотландии, которые ездили в Москву на HSCT
source-S55 = Healthline (2017). Why Americans with MS are going to Russia for treatment.
source-S56 = MS Trust. What I wished I had known about MS and HSCT.
source-S56-note = рассказ пациента, 2023 год
source-S57 = msedley.com. HSCT (Haematopoietic Stem Cell Transplantation).
source-S59 = Berz D, et al. Cryopreservation of hematopoietic stem cells. American Journal of Hematology, 2007.
source-S60 = Wohlfarth P (Medical University of Vienna). Antimicrobial prophylaxis in HSCT patients.
source-S60-note = слайды
source-S61 = University of Rochester Medical Center. Engraftment.
source-S62 = NHS. Stem cell transplant: risks.
source-S62-note = по копии на сайте аптеки
source-S64 = MS Focus magazine (Multiple Sclerosis Foundation).
source-S64-note = весенний выпуск 2019 года
source-S65 = NHS National Services Scotland. FOI-000102: Scottish HSCT Network (2022).
source-S69 = Cleveland Clinic. Bone marrow transplant: preventing infections.
source-S69-note = когда звонить врачу
