### A lista de referências: como cada fonte é citada
###
### Tradução para o português do Brasil (tratamento “você”) do texto-fonte em
### inglês (Reino Unido) de "aHSCT for MS, explained".
### - `source-SNN` é a fonte como foi publicada (autores, título, revista, ano):
###   fica no idioma original, igual em todas as traduções.
### - `source-SNN-note` é a nota desta página sobre a fonte (tipo de fonte,
###   data, como foi lida), mostrada entre parênteses depois dela: é traduzida.

source-S1 = MS Society UK. HSCT: what to expect.
source-S2 = MS-UK. HSCT Choices booklet.
source-S3 = Autologous haematopoietic stem cell transplantation in MS, for the general neurologist, transplant haematologist and oncologist.
source-S3-note = uma revisão, de cerca de 2019
source-S4 = MS Trust. Star-MS trial for HSCT in MS.
source-S5 = MS Society UK. Having HSCT outside the NHS.
source-S6 = Current Opinion in Supportive and Palliative Care (EBMT Autoimmune Diseases Working Party).
source-S6-note = uma revisão sobre os cuidados de suporte no aHSCT para a EM
source-S7 = National MS Society. aHSCT in MS.
source-S7-note = Estados Unidos
source-S8 = Uhland V. What to know about autologous hematopoietic stem cell transplantation. Momentum.
source-S8-note = revista da National MS Society
source-S11 = Sharrack B, et al. Updated EBMT and JACIE guidelines on aHSCT in MS. Bone Marrow Transplantation, 2020.
source-S12 = Cohen JA, et al. Position statement from the American Society for Blood and Marrow Transplantation. Biology of Blood and Marrow Transplantation, 2019.
source-S13 = Snowden JA, et al. Evolution, trends, outcomes and economics of HSCT in severe autoimmune diseases. Blood Advances, 2017.
source-S14 = CIBMTR. Transplantation for autoimmune diseases in North and South America. Biology of Blood and Marrow Transplantation.
source-S15 = Roberts F, et al. Rehabilitation before and after aHSCT for patients with MS: consensus guidelines. Frontiers in Neurology, 2020.
source-S16 = Burt RK, et al. The MIST randomised trial. JAMA, 2019.
source-S17 = Sormani MP, et al. aHSCT in multiple sclerosis: a meta-analysis. Neurology, 2017.
source-S18 = Muraro PA, et al. Long-term outcomes after aHSCT for MS. JAMA Neurology, 2017.
source-S18-note = lido por meio de um resumo do Clinical Advisor
source-S19 = Burman J, et al. aHSCT for aggressive MS: the Swedish experience. Journal of Neurology, Neurosurgery and Psychiatry, 2014.
source-S20 = Silfverberg T, et al. HSCT for relapsing-remitting MS in Sweden: an observational cohort study. Journal of Neurology, Neurosurgery and Psychiatry, 2024.
source-S21 = MS Australia. Autologous haematopoietic stem cell transplant (AHSCT).
source-S22 = Burt RK, et al. Real-world application of aHSCT in 507 patients with MS. Journal of Neurology, 2021.
source-S24 = MS Research Australia. AHSCT FAQs.
source-S25 = Daikeler T, et al. Secondary autoimmune diseases after HSCT for an autoimmune disease. Blood, 2011.
source-S26 = Atkins HL, et al. Immunoablation and aHSCT for aggressive MS: a phase 2 trial. The Lancet, 2016.
source-S27 = High-dose immunoablation with aHSCT in aggressive MS: a single centre 10-year experience. Multiple Sclerosis, 2010.
source-S28 = Neurology and Therapy, 2022.
source-S28-note = uma revisão sistemática e metanálise sobre a eficácia e a segurança do aHSCT na EM
source-S29 = University College London Hospitals. Collecting stem cells from your blood: information for people with autoimmune conditions, including MS.
source-S30 = University College London Hospitals. Guide to autologous stem cell transplant for people with autoimmune conditions, including MS.
source-S31 = Kyrcz-Krzemień S, et al. Safety and efficacy of haematopoietic stem cell mobilization in patients with MS. Hematology, 2016.
source-S32 = ClinicalTrials.gov NCT00288626.
source-S32-note = o estudo HALT-MS, registro dos resultados
source-S33 = ClinicalTrials.gov NCT04047628.
source-S33-note = o ensaio clínico BEAT-MS
source-S34 = NCT03477500.
source-S34-note = o ensaio clínico RAM-MS, Neuro-SysMed, Noruega
source-S35 = Sheffield Clinical Trials Research Unit.
source-S35-note = o ensaio clínico StarMS
source-S36 = ClinicalTrials.gov NCT00278655. Hematopoietic stem cell therapy for patients with MS.
source-S36-note = critérios de participação
source-S37 = NCT05482542. Optimal conditioning regimen for autologous transplantation of relapsing-remitting MS.
source-S38 = Massarotti C, et al. Menstrual cycle resumption and female fertility after aHSCT for MS. Multiple Sclerosis, 2021.
source-S40 = Bone Marrow Transplantation.
source-S40-note = uma revisão sobre a preservação da fertilidade em pessoas que receberam transplante de células hematopoéticas
source-S41 = UK Parliament. Multiple Sclerosis: Stem Cells.
source-S41-note = resposta por escrito, 12 de fevereiro de 2019
source-S42 = Ljungman P, et al. Vaccination of haematopoietic cell transplant recipients. Bone Marrow Transplantation, 2009.
source-S43 = Giedraitiene N, et al. Impact of aHSCT on quality of life and fatigue in relapsing MS. Scientific Reports, 2022.
source-S45 = NCT02674217.
source-S45-note = uma série de um único centro, com 617 pessoas com EM tratadas em regime ambulatorial com células-tronco não congeladas
source-S47 = BMT InfoNet. Transplant and early recovery period.
source-S48 = OncoHealth. Collecting stem cells, and Treatment involves.
source-S48-note = informações para pacientes sobre o tratamento em altas doses com células-tronco
source-S50 = Providence Oregon Autologous Stem Cell Transplant Program. Stem cell collection.
source-S51 = UNM Comprehensive Cancer Center. Stem cell collection.
source-S52 = HCA Healthcare UK. MS stem cell transplant.
source-S52-note = um prestador de serviços particular
source-S54 = BBC News, 2020.
source-S54-note = uma reportagem sobre duas mulheres escocesas que viajaram a Moscou para fazer HSCT
source-S55 = Healthline (2017). Why Americans with MS are going to Russia for treatment.
source-S56 = MS Trust. What I wished I had known about MS and HSCT.
source-S56-note = o relato de um paciente, 2023
source-S57 = msedley.com. HSCT (Haematopoietic Stem Cell Transplantation).
source-S59 = Berz D, et al. Cryopreservation of hematopoietic stem cells. American Journal of Hematology, 2007.
source-S60 = Wohlfarth P (Medical University of Vienna). Antimicrobial prophylaxis in HSCT patients.
source-S60-note = slides de apresentação
source-S61 = University of Rochester Medical Center. Engraftment.
source-S62 = NHS. Stem cell transplant: risks.
source-S62-note = por meio de uma cópia no site de uma farmácia
source-S64 = MS Focus magazine (Multiple Sclerosis Foundation).
source-S64-note = edição de primavera (do hemisfério norte) de 2019
source-S65 = NHS National Services Scotland. FOI-000102: Scottish HSCT Network (2022).
source-S69 = Cleveland Clinic. Bone marrow transplant: preventing infections.
source-S69-note = quando ligar
