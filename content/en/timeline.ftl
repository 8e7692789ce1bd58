### The timeline: each step of the treatment
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

## Step: assessment
step-assessment-title = Being referred and assessed
# The step in one sentence, for the short version of the page.
step-assessment-in-short = A specialist team reviews you before anything else.
step-assessment-medical-name = assessment
step-assessment-what-happens-1 = A neurologist usually refers you to a specialist treatment centre. There, the specialist team reviews you before anything else.
step-assessment-what-happens-2 = A European guideline published in 2020 recommends that MS neurologists and transplant haematologists share your care. Haematologists are doctors who specialise in blood. The guideline says this should happen in accredited transplant centres.
step-assessment-what-happens-3 = Two other papers, from 2017 and about 2019, say the same.
step-assessment-what-happens-4 = You may have blood tests, heart and lung tests, and scans such as MRI. The exact tests vary from centre to centre.
step-assessment-why-1 = MS and transplant specialists assess whether aHSCT could be an option for you.
step-assessment-why-2 = Before you agree, your team should explain serious long-term effects. The treatment can cause fertility problems, which may be permanent. So fertility advice beforehand is recommended.
step-assessment-why-3 = Options to protect fertility include freezing eggs, embryos or ovarian tissue, and storing sperm.
step-assessment-why-4 = Rehabilitation guidelines published in 2020 recommend physiotherapy before treatment, as well as after it.
step-assessment-timing-1 = How long this takes varies. In one large US trial (BEAT-MS), the screening visits may take up to 3 months.
step-assessment-may-notice-1 = At one NHS centre, each person has a named specialist nurse as their main contact throughout. A pharmacist and a dietitian are also involved.
step-assessment-scene-text = Your stem cells are in your bone marrow, as usual.
step-assessment-immune-text = Before treatment, your white cells are at their usual level.

## Step: mobilisation
step-mobilisation-title = Moving stem cells into the blood
# The step in one sentence, for the short version of the page.
step-mobilisation-in-short = Medicines push stem cells out of the bone marrow into the bloodstream.
step-mobilisation-medical-name = [[mobilisation|mobilisation]]
step-mobilisation-what-happens-1 = Medicines push stem cells out of the bone marrow into the bloodstream.
step-mobilisation-what-happens-2 = Many treatment plans combine one dose of a chemotherapy drug, [[cyclophosphamide|cyclophosphamide]], with daily injections of [[G-CSF|g-csf]]. Some use G-CSF alone, with a steroid.
step-mobilisation-what-happens-3 = G-CSF is a man-made copy of a natural growth factor, a substance the body makes. G-CSF boosts the making of white cells and helps release stem cells into the blood.
step-mobilisation-why-1 = Normally, very few stem cells travel in the blood. This step brings out enough of them to collect.
step-mobilisation-why-2 = A US MS charity says the chemotherapy in this step also helps lower the chance of [[relapses|relapse]] during this phase.
step-mobilisation-timing-1 = The MS Society (UK) says collection happens roughly 10 days after this step begins.
step-mobilisation-timing-2 = The US National MS Society says this step, collection and freezing together take 5 to 15 days.
step-mobilisation-may-notice-1 = Your MS symptoms may get worse for a while during this step.
step-mobilisation-may-notice-2 = G-CSF injections can cause bone pain in some people.
step-mobilisation-may-notice-3 = One patient’s account describes white cells dropping for a while after cyclophosphamide, with a risk of fever and infection. That patient had very low white cells and fevers two days after it.
step-mobilisation-may-notice-4 = In one study of 39 people, 8 had side effects in this step. These were fever with no known cause (3 people), diarrhoea (3), headache (1) and a bloodstream infection (1). Nobody died.
step-mobilisation-scene-text = Medicines move stem cells from your bone marrow into your blood, so that enough can be collected.
step-mobilisation-immune-text = If chemotherapy is used in this step, white cells may dip for a while.

## Step: collection
step-collection-title = Collecting your stem cells
# The step in one sentence, for the short version of the page.
step-collection-in-short = A machine keeps the stem cells from your blood and returns the rest to you.
step-collection-medical-name = [[apheresis|apheresis]], or stem cell harvest
step-collection-what-happens-1 = Your blood passes from a vein through a machine. The machine keeps the stem cells and returns the rest of your blood to you.
step-collection-what-happens-2 = The blood flows through a needle in your arm, or through a tube in a vein. That tube is called a central line or PICC line. It can also be used later, to give your stem cells back.
step-collection-what-happens-3 = The team aims to collect a minimum number of stem cells. They count them with a laboratory marker called [[CD34+|cd34]].
step-collection-why-1 = These are the stem cells you will get back after the chemotherapy.
step-collection-timing-1 = The MS Society (UK) says collection happens roughly 10 days after [[mobilisation|mobilisation]] begins. It happens once blood tests show enough stem cells in the blood.
step-collection-timing-2 = One session takes several hours. One session is often enough. In one study, 30 of 39 people needed one, and the rest needed two to four.
step-collection-may-notice-1 = One general transplant centre says collection is usually painless.
step-collection-may-notice-2 = It also says the machine uses a blood-thinning medicine, so that blood does not clot inside it. The medicine can cause tingling, numbness, chills or light-headedness, which staff can treat.
step-collection-scene-text = A machine collects stem cells from your blood, to be stored.
step-collection-immune-text = The picture shows no big change yet: the main chemotherapy has not started.

## Step: storage
step-storage-title = Freezing and storing the cells
# The step in one sentence, for the short version of the page.
step-storage-in-short = Your collected stem cells are frozen in a laboratory and stored until they are needed.
step-storage-medical-name = [[cryopreservation|cryopreservation]]
step-storage-what-happens-1 = Your collected stem cells are frozen in a laboratory. They are stored until they are needed.
step-storage-what-happens-2 = Freezing stem cells is routine. Cells stored frozen for a long time can still rebuild the blood system.
step-storage-what-happens-3 = One large private centre does not freeze the cells. It gives them back fresh.
step-storage-why-1 = Storing the cells keeps them ready for later, while the chemotherapy reduces your immune cells.
step-storage-timing-1 = The gap before the next step varies between centres. In one US study (HALT-MS), the next step began at least 7 days after the last [[G-CSF|g-csf]] injection.
step-storage-timing-2 = Your team will tell you their own timing.
step-storage-may-notice-1 = This step happens in the laboratory, not in your body.
step-storage-scene-text = The collected stem cells are frozen and stored in the laboratory.
step-storage-immune-text = The picture shows no big change yet: the main chemotherapy has not started.

## Step: conditioning
step-conditioning-title = Chemotherapy to reset the immune system
# The step in one sentence, for the short version of the page.
step-conditioning-in-short = You have high-dose chemotherapy through a drip, usually in hospital.
step-conditioning-medical-name = [[conditioning|conditioning]]
step-conditioning-what-happens-1 = You are usually admitted to hospital. You have high-dose chemotherapy through a drip (infusion). Some plans add an antibody medicine, such as [[ATG|atg]], which removes some immune cells.
step-conditioning-what-happens-2 = This removes all or much of your existing immune system, including the cells thought to drive MS.
step-conditioning-what-happens-3 = More intensive treatments remove the bone marrow and immune system completely ([[myeloablative|myeloablative]]). Less intensive ones do this only partly (non-myeloablative).
step-conditioning-what-happens-4 = A common combination is [[cyclophosphamide|cyclophosphamide]] with ATG. Some centres use a more intensive combination called [[BEAM|beam]].
step-conditioning-why-1 = This is the step that does the main work of resetting the immune system.
step-conditioning-timing-1 = The drip is given over several days. In one US study (HALT-MS), it took about 6 days.
step-conditioning-timing-2 = The US National MS Society says this step and the next two mean about 3 weeks in hospital.
step-conditioning-may-notice-1 = The chemotherapy has common side effects. They include feeling or being sick, bleeding or bruising, tiredness, loss of appetite and hair loss.
step-conditioning-may-notice-2 = You are given anti-sickness medicine.
step-conditioning-may-notice-3 = In general transplant care, most side effects settle within weeks. Hair usually grows back within a few months.
step-conditioning-scene-text = The collected stem cells stay frozen. Chemotherapy reduces your immune cells, and some or all of your bone marrow.
step-conditioning-immune-text = The chemotherapy removes all or much of the immune system, so the level falls steeply.

## Step: reinfusion
step-reinfusion-title = Getting your stem cells back
# The step in one sentence, for the short version of the page.
step-reinfusion-in-short = Your stored stem cells are thawed and given back through a vein.
step-reinfusion-medical-name = reinfusion, or [[Day 0|day-0]]
step-reinfusion-what-happens-1 = Your stored stem cells are thawed. They are given back through a vein, much like a blood transfusion.
step-reinfusion-what-happens-2 = Transplant teams call this day Day 0. Days before it are counted as minus days, and days after it as plus days.
step-reinfusion-why-1 = The returned stem cells rebuild your blood production. They help you recover after the chemotherapy.
step-reinfusion-why-2 = They do not repair damaged nerves.
step-reinfusion-timing-1 = This is usually a day or two after the chemotherapy ends, once the drugs have cleared from your body.
step-reinfusion-may-notice-1 = You usually stay in hospital. After the chemotherapy, your white cells are very low, so the team watches you closely for infection.
step-reinfusion-scene-text = Your stem cells are thawed and given back into your blood.
step-reinfusion-immune-text = Your white cells are at their lowest around and after this step, until new cells appear.

## Step: hospital-recovery
step-hospital-recovery-title = Recovering in hospital
# The step in one sentence, for the short version of the page.
step-hospital-recovery-in-short = Your white cells fall very low and the risk of infection is high, until new white cells start to appear.
step-hospital-recovery-medical-name = [[engraftment|engraftment]]
step-hospital-recovery-what-happens-1 = After chemotherapy, your white cells fall very low, including neutrophils, the white cells that fight infection. A very low level of neutrophils is called [[neutropenia|neutropenia]]. The risk of infection is then high.
step-hospital-recovery-what-happens-2 = Care includes steps to prevent infection, antibiotics, transfusions if needed and frequent blood tests.
step-hospital-recovery-what-happens-3 = Engraftment is when the returned stem cells settle in the bone marrow and new white cells start to appear.
step-hospital-recovery-why-1 = Your immune system is very weak until new cells grow. The care helps protect you from infection while it starts to recover.
step-hospital-recovery-timing-1 = In general transplant care, engraftment takes from several days to a few weeks.
step-hospital-recovery-timing-2 = The US National MS Society says the hospital stay is about 3 weeks. It varies from centre to centre.
step-hospital-recovery-timing-3 = One private centre treated most people as outpatients, without a hospital stay. Only 32 of its 617 patients needed to be admitted. This centre’s approach is unusual, so its results may not apply to other centres.
step-hospital-recovery-may-notice-1 = A fever while white cells are low (febrile neutropenia) needs urgent treatment. In a Swedish study of routine care, 68% of people had it: about 7 in 10.
step-hospital-recovery-may-notice-2 = You may feel weak for a while. This general weakness (deconditioning) can make everyday tasks harder for a time.
step-hospital-recovery-scene-text = Your stem cells settle in your bone marrow and start making new blood cells.
step-hospital-recovery-immune-text = Your white cells stay very low until new ones appear. Then the level starts to rise.

## Step: follow-up
step-follow-up-title = The months after, and follow-up
# The step in one sentence, for the short version of the page.
step-follow-up-in-short = Your immune system rebuilds gradually over months, and you stay at higher risk of infection for a long time.
step-follow-up-medical-name = [[immune reconstitution|immune-reconstitution]]
step-follow-up-what-happens-1 = Your immune system rebuilds gradually over months. You stay at higher risk of infection for a long time.
step-follow-up-what-happens-2 = Protection from your childhood vaccines fades after this treatment. So transplant services follow a plan to vaccinate you again.
step-follow-up-what-happens-3 = Checks look for [[new autoimmune conditions|secondary-autoimmunity]], especially of the thyroid. In these, the immune system attacks part of the body. Checks also look for shingles.
step-follow-up-what-happens-4 = Follow-up visits are regular and go on for years. Schedules vary: in one US trial, visits are every 6 months for 6 years.
step-follow-up-what-happens-5 = People treated outside their national health system need to make sure aftercare is arranged at home.
step-follow-up-why-1 = Good follow-up and supportive care after treatment are essential to reduce risks.
step-follow-up-why-2 = Rehabilitation from hospital and community therapists is recommended, to help your everyday abilities and quality of life recover.
step-follow-up-timing-1 = Recovery takes longer than the treatment itself. It continues for many months, and for some people a year or more.
step-follow-up-timing-2 = In one small study of 18 people, quality of life improved by 3 months. Tiredness (fatigue) took 12 months to improve.
step-follow-up-may-notice-4 = In one study of 43 women, periods came back for 30 of them, after 6.8 months on average. In the other 13 women, periods did not come back.
step-follow-up-may-notice-5 = Periods were less likely to come back in older women. They were also less likely in women who had had [[cyclophosphamide|cyclophosphamide]] as an earlier treatment, before aHSCT.
step-follow-up-scene-text = Your stem cells make new blood and immune cells, which refill your body over many months.
step-follow-up-immune-text = New white cells have appeared. Your immune system as a whole rebuilds gradually, over many months.
