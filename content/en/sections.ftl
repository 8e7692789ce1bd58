### The sections of the page, in reading order
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

## Section: notice
notice-heading = Is this medical advice?
notice-in-short = No. It is general information only.
notice-para-1 = This information should not be relied on to suggest a course of treatment for any particular person. It is not a substitute for a visit, call or consultation with a doctor or other qualified healthcare professional. It does not replace their advice.
notice-para-2 = For advice about your own treatment, talk to your neurologist or MS team.

## Section: what-is-ahsct
what-is-ahsct-heading = What is aHSCT?
what-is-ahsct-in-short = Autologous [[haematopoietic stem cell|haematopoietic-stem-cells]] transplantation (aHSCT) is another type of treatment for MS. Chemotherapy reduces much of your immune system. Then your own stored stem cells are given back to rebuild it.
what-is-ahsct-para-1 = Autologous means it uses your own cells. It does not use cells from a donor. Donor cells are not usually used for MS.
what-is-ahsct-para-2 = In aHSCT, stem cells from your own bone marrow are collected and stored. Later, chemotherapy drugs reduce a large part of the rest of your immune cells.
what-is-ahsct-para-3 = In most centres today, collection is done in two stages. First, medicines move the stem cells out of the bone marrow into the blood. Then the stem cells are collected from the blood.
what-is-ahsct-para-4 = After the chemotherapy, the stored stem cells are put back into your body. Over time, they make new cells. These refill your body with all types of blood cells, including immune cells.
what-is-ahsct-para-5 = The chemotherapy does the main work of resetting the immune system. The returned stem cells help your blood and immune system recover faster and more safely.

## Section: aims
aims-heading = What can aHSCT do, and what can it not do?
aims-in-short = aHSCT tries to reset the immune system, to stop the inflammation that contributes to active MS. It cannot repair nerves that are already damaged.
aims-para-1 = Relapsing MS has [[relapses|relapse]], each followed by some recovery. Progressive MS gets steadily worse over time, either from the start or after an earlier relapsing phase.

## Section: suitability
suitability-heading = Who might aHSCT be suitable for?
suitability-in-short = MS is a very varied disease. So this treatment is not suitable for all people, nor for all types of MS. Your neurologist or MS team can talk with you about whether it could be an option.
suitability-para-1 = An American transplant society’s guideline, published in 2019, recommends aHSCT for relapsing MS with signs that predict future disability. It points in particular to [[relapses|relapse]] or MRI activity that go on despite the most effective (high-efficacy) [[DMTs|dmt]]. DMTs (disease-modifying therapies) are medicines taken long-term to reduce relapses and slow MS activity.
suitability-para-2 = A European guideline published in 2020 says evidence is growing for highly active [[relapsing-remitting MS|ms-types]] that DMTs have not controlled. It says aHSCT may have a role in progressive MS with significant inflammation.
suitability-para-3 = In the UK, the MS Society says there must be signs of active inflammation. These include new areas of inflammation seen on MRI scans. It says the best evidence is in people with relapsing MS who:
suitability-para-4 = are under 45
suitability-para-5 = have had MS for less than 10 years
suitability-para-6 = have a disability score of 5.5 or below
suitability-para-7 = That score comes from the [[EDSS|edss]] (Expanded Disability Status Scale). It is the 0 to 10 scale doctors use to score MS disability, where higher means more disability. Your MS team can tell you your score.
suitability-para-8 = MS Australia says international evidence suggests people with progressive MS benefit less and face a greater risk of serious problems. It says aHSCT is unlikely to be recommended for secondary progressive or primary progressive MS.
suitability-para-9 = People with progressive MS who have no active inflammation rarely improve after aHSCT. In early trials of intensive treatment, people with secondary progressive MS did not improve, and their MS kept getting worse.
suitability-para-10 = In the UK, people with early progressive MS may be considered if they still show active inflammation.
suitability-para-11 = Criteria differ somewhat between centres, and they change over time. Your neurologist or MS team is the right person to ask whether it could suit you.

## Section: risks
risks-heading = What are the risks and side effects?
risks-in-short = It is important to know that aHSCT is an intensive treatment with significant risks. For some people, these risks are life-threatening. In studies from 1995 to 2016, about 2 in 100 died because of the treatment; infection is a main risk.
risks-para-1 = Compared with other treatments for MS that act on the immune system, aHSCT has greater short-term risks.
risks-para-2 = The chemotherapy itself has several known side effects. These include bleeding or bruising more easily, tiredness, loss of appetite and hair loss.
risks-para-3 = Risks during and soon after treatment include:
risks-para-4 = very low blood counts
risks-para-5 = infections, which can be serious
risks-para-6 = damage to organs
risks-para-7 = general physical weakness (deconditioning)
risks-para-8 = The risk of infection stays higher for a long time after treatment, not only during it. In a Swedish study published in 2024, 68% of people had a fever while their white cells were low. That is about 7 in 10.
risks-para-10 = Longer-term risks include a higher chance of cancer, [[new autoimmune conditions|secondary-autoimmunity]] such as thyroid problems, early menopause and fertility problems. Loss of fertility can be permanent. In one study, periods did not come back for 13 of 43 women (about 3 in 10).
risks-para-11 = A European study looked at people treated from 1995 to 2009 for autoimmune diseases, not only MS. By 5 years, about 1 in 10 had a new autoimmune condition (9.8%). Thyroid inflammation was the most common.
risks-para-12 = At one US centre, 16 people with MS treated from 2003 to 2019 developed an underactive thyroid (3.5%). Another 15 (3.3%) developed an overactive thyroid. That is about 1 in 30 for each.
risks-para-13 = In a Swedish study published in 2014, shingles and thyroid disease were the most common long-term side effects. Shingles affected 15% of people, about 1 in 7.
risks-para-14 = Some people have died because of the treatment. In studies published from 1995 to 2016, about 2 in every 100 people died because of the treatment (2.1%).
risks-para-15 = Death rates were higher in older studies. They were also higher in studies of people with more disability, or with fewer people with [[relapsing-remitting MS|ms-types]].
risks-para-16 = Death rates have fallen over time. In experienced centres using today’s approaches, reported death rates are much lower, but the risk is not zero.
risks-para-21 = For example, no one died among the 55 people who had aHSCT in a trial called MIST (2005 to 2016). No one died in a Swedish study of 48 people, published in 2014. At one US centre, 1 of 507 people treated from 2003 to 2019 died because of the treatment.
risks-para-17 = A centre’s experience matters. A European registry (a record of transplants for autoimmune diseases) covered 1994 to 2015. It linked better results to centre experience and to accreditation by [[JACIE|jacie]].
risks-para-18 = JACIE is a body that inspects transplant centres against quality and safety standards.
risks-para-19 = A study from North and South America covered transplants for autoimmune diseases, not only MS, from 1996 to 2009. Centres that had done few transplants for autoimmune diseases had a higher risk of death.
risks-para-20 = Where centres had done fewer than 5, the risk was 3.5 times that of centres with more than 15. Where they had done 5 to 15, it was 4.2 times.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = When to call your team
call-team-para-1 = After you go home, call your transplant team or a local doctor straight away if you get a fever. One transplant centre says: call if your temperature is 38.0 °C (100.5 °F) or more, even if you feel well. Use the number your team gave you.
call-team-para-2 = That centre lists other signs of infection: a new cough, breathlessness, sweats, chills, a sore throat, diarrhoea and a rash. It also lists mouth sores, pain or burning when passing urine, and redness, swelling or discharge around a central line. Call about these too, and follow your own team’s instructions and temperature, if theirs differ.

## Section: timeline
timeline-heading = What happens during aHSCT, step by step?
timeline-in-short = The treatment steps usually take several weeks to a few months. Recovery goes on for many months afterwards, and for some people a year or more.
timeline-para-1 = aHSCT is a one-off treatment made up of several steps, spread over several weeks.
timeline-para-2 = There is no single standard plan. Medicines, timings and hospital stays vary between centres. Your team will explain their own schedule.

## Section: stem-cells
stem-cells-heading = What are blood-forming stem cells?
stem-cells-in-short = They are cells in your bone marrow that can make every kind of blood cell, including immune cells.
stem-cells-para-1 = Blood-forming stem cells are also called [[haematopoietic|haematopoietic-stem-cells]] stem cells. In the US this is spelled hematopoietic.
stem-cells-para-2 = They are a type of adult stem cell made in the bone marrow. Bone marrow is the spongy tissue inside some bones.
stem-cells-para-3 = These stem cells can produce the different cells found in the blood. These include red cells, platelets and immune cells, also called white cells.
stem-cells-para-4 = Most of these stem cells stay in the bone marrow. Very few travel in the blood.
stem-cells-para-5 = This page explains a treatment for MS that uses these stem cells. It is called [[autologous|autologous]] haematopoietic stem cell transplantation (aHSCT).

## Section: why
why-heading = Why are researchers looking at stem cells for MS?
why-in-short = There is still a need for more effective treatments for multiple sclerosis (MS). Stem cell therapies are being explored as a possible way to meet this need.
why-para-1 = Stem cells have unique properties. These make them promising candidates for treatments that can slow MS disease activity.
why-para-2 = Disease activity means signs that MS is active. Examples are [[relapses|relapse]], worsening disability and new inflammation seen on MRI scans. A relapse is an attack of new or worsening symptoms, followed by full or partial recovery.

## Section: availability
availability-heading = Where is aHSCT available?
availability-in-short = It depends on the country, and sometimes on where you live within it.
availability-para-1 = In a few countries, aHSCT is considered a treatment for highly active MS. The conditions for getting it may differ between countries, or even within one country.
availability-para-2 = Even where aHSCT is approved, it may not be available. This can be because there is not enough specialist expertise or resources.
availability-para-3 = In 2019, a European registry (a record of transplants) recorded over 1,400 aHSCT treatments for MS. Most were in the UK, Italy, Sweden and Poland.
availability-para-4 = A Swedish study published in 2024 said most countries had not yet built aHSCT into their national MS guidelines. Sweden, it said, uses aHSCT in routine care.
availability-para-5 = As of February 2019, NHS England’s policy allowed aHSCT as an option for some people with MS. The criteria doctors use limit it to a small group with very active MS despite at least one approved [[DMT|dmt]]. They also allow it for very rare ‘malignant’ MS.
availability-para-6 = The MS Society (UK) says UK centres must be accredited by [[JACIE|jacie]]. JACIE inspects transplant centres against quality and safety standards.
availability-para-7 = Reports from 2017 to 2020 describe people travelling abroad to private clinics, for example in Mexico or Russia. Before going private or abroad, the MS Society (UK) advises checking:
availability-para-8 = exactly what is offered
availability-para-9 = whether the clinic meets international standards, such as JACIE
availability-para-10 = how much experience it has with MS
availability-para-11 = what follow-up care it provides
availability-para-12 = what the price includes, as travel and accommodation may not be included
availability-para-13 = The MS Society strongly encourages talking to a neurologist first.

## Section: evidence
evidence-heading = What have studies shown so far?
evidence-in-short = In studies so far, many people had no new signs of MS activity for years after aHSCT. Results differ between studies, and were better in relapsing MS.
evidence-para-1 = These are the main results that the sources report. The studies differ in who took part, the medicines used and how long people were followed. So their numbers cannot be compared directly.
evidence-para-2 = Many studies report [[NEDA|neda]], which stands for ‘no evidence of disease activity’. It means no [[relapses|relapse]], no worsening of disability and no new activity on MRI scans.
evidence-para-3 = A 2017 review combined 15 studies of 764 people. At 5 years, 67% had no evidence of disease activity, and disability had got worse in 23.3%.
evidence-para-4 = A 2022 review combined 50 studies of 4,831 people, which differed a lot from each other. Overall, 68% had no evidence of disease activity, and 73% had no worsening of disability.
evidence-para-5 = In Sweden, 174 people with [[relapsing-remitting MS|ms-types]] were treated in routine care. At 5 years, 73% had no evidence of disease activity. At 10 years, 65% did.
evidence-para-6 = In that Swedish study, 149 people had some disability at the start. Afterwards, 54% had improved, 37% were stable and 9% were worse.
evidence-para-7 = One US centre treated 507 people. At 4 years, disability had not got worse in 95% with relapsing-remitting MS. It had not got worse in 66% with secondary progressive MS.
evidence-para-8 = An older registry study (using records of transplants) followed 281 people treated from 1995 to 2006, most with progressive MS. At 5 years, 46% had no worsening of disability.
evidence-para-9 = A Canadian trial, published in 2016, gave 24 people a very intensive treatment. At 3 years, 69.6% had no MS activity. Of the 24, treated from 2001 to 2009, one died of complications of the treatment.
evidence-para-10 = Several studies found better results in relapsing MS. One study also found better results in younger people who had had MS for a shorter time.
evidence-para-11 = The 2017 review found the best balance of benefit and risk in aggressive (very active) relapsing-remitting MS. It was best before high disability had built up.
evidence-para-12 = In 2019, an American transplant society reviewed the evidence. It found that aHSCT can prevent relapses, new MRI activity and worsening disability in active relapsing MS.

## Section: research
research-heading = What does research still need to show?
research-in-short = Crucially, more large, gold-standard, randomised controlled trials are needed specifically for MS. They should compare aHSCT with MS treatments available today.
research-para-1 = An earlier randomised trial, called MIST, compared aHSCT with switching to a different [[DMT|dmt]]. Chance decided which one each person had. It included 110 people with [[relapsing-remitting MS|ms-types]], who joined from 2005 to 2016.
research-para-2 = In MIST, disability got worse in 3 people after aHSCT and in 34 people who switched DMT. Each group had 55 people.
research-para-3 = Half the people in MIST were followed for 2 years or more, and the average was 2.8 years. Only 23 people were checked every year for 5 years.
research-para-4 = Its authors call MIST a preliminary study that needs repeating. It also did not compare aHSCT with many of today’s most effective DMTs.
research-para-5 = Newer trials compare aHSCT with those medicines. They include StarMS in the UK, BEAT-MS in the US and RAM-MS, led from Norway.

## Section: questions
questions-heading = What could I ask my MS team?
questions-in-short = Here are questions you may want to ask, before deciding, about the treatment and about recovery. Tick the ones you want, add your own, then print or copy your list.
questions-para-1 = Your neurologist or MS team knows your situation and their own centre’s plan. These questions can help you start that conversation.

## Section: read-more
read-more-heading = Where can I read more?
read-more-in-short = MS charities publish detailed guides to aHSCT. Your MS team can also tell you more.

## Section: glossary
glossary-heading = What do the medical words mean?
glossary-in-short = Here are the medical words used on this page, in plain English. You can also select a word in the text to see its meaning right there.

## Section: sources
sources-heading = Where does this information come from?
sources-in-short = Facts followed by a number come from the sources listed below. Some of the rest come from the general text this explainer is based on, which lists no sources. Others sum up facts given with their sources elsewhere on the page.
sources-para-1 = Trial statuses and charity pages are as the sources gave them, and may have changed since. Many statements here give the date their source gave. Some pages give no date, so we cannot say how current they are.
sources-para-2 = The review date below is when these words were last checked against our notes from the sources. It does not mean that each source was checked again on that day.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = What aHSCT aims to do
aims-can-1 = It attempts to ‘reformat’, or reset, your immune system.
aims-can-2 = It aims to stop the inflammation that contributes to active, relapsing MS or active, progressive MS.
aims-can-3 = The chemotherapy removes all or much of the immune system, including the cells thought to drive MS.
aims-can-4 = Over time, the returned stem cells make new blood and immune cells.
aims-cannot-heading = What aHSCT cannot do
aims-cannot-1 = These stem cells cannot regenerate damaged nerves.
aims-cannot-2 = They cannot repair other damaged parts of the brain and spinal cord either.
aims-cannot-3 = Where disability improves after treatment, the improvement does not always last.
aims-cannot-4 = It is not suitable for everyone with MS, nor for every type of MS.

## The randomised trials (after the section "research")
trials-heading = Newer randomised trials
trials-where-label = Where
trials-compared-with-label = Compared with
trials-status-label = Status, as last reported
trial-starms-name = StarMS
trial-starms-country = The UK, at 19 hospitals.
trial-starms-comparison = The most effective (high-efficacy) DMTs: alemtuzumab, ocrelizumab, ofatumumab or cladribine.
trial-starms-status = Planned for 198 people. The MS Trust said recruiting finished in November 2024, with 94 people, and results were expected in July 2027. We do not know when its page was last updated.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = The United States. Its UK part is registered with the NHS Health Research Authority.
trial-beat-ms-comparison = The best available treatment: the most effective (high-efficacy) DMTs.
trial-beat-ms-status = Planned for 156 people, each followed for 6 years, and one listing gives its end as October 2029. As of March 2023, its entry on ClinicalTrials.gov, a public list of trials, said it was recruiting. A later version of the entry is dated January 2024, so this may have changed.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Led from Norway, with people taking part in Denmark, the Netherlands, Norway and Sweden.
trial-ram-ms-comparison = Alemtuzumab, cladribine or ocrelizumab.
trial-ram-ms-status = Planned for 100 people. As of June 2025, a listing said it was no longer recruiting, but still running. Different listings gave its end as March 2026 or March 2028.
