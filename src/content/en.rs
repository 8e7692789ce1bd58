//! The explainer in English (UK spelling).
//!
//! Every medical statement here comes from `content/seed.txt` (the source text)
//! or `content/facts.md` (the vetted fact sheet), and cites the fact sheet's
//! source codes. Style: `content/style.md`.

use super::model::*;

pub static CONTENT: Content = Content {
    lang: "en-GB",
    labels: LABELS,
    sections: SECTIONS,
    steps: STEPS,
    read_more: Link {
        label: "Read more about aHSCT from the MS Society (UK)",
        url: "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect",
    },
    sources: SOURCES,
    review: Review {
        last_reviewed: "26 November 2026",
        last_reviewed_iso: "2026-11-26",
        next_review: "26 November 2027",
        next_review_iso: "2027-11-26",
        publisher: "the aHSCT Explained project",
    },
    #[cfg(not(target_arch = "wasm32"))]
    seed_statements: SEED_STATEMENTS,
    glossary: GLOSSARY,
    glossary_more: "More in the glossary",
    glossary_about: "about",
    glossary_close: "Close",
    glossary_close_about: "the definition of",
    cell_explorer: CELL_EXPLORER,
    can_and_cannot: CAN_AND_CANNOT,
    trials: TRIALS,
    questions: QUESTIONS,
};

const LABELS: Labels = Labels {
    site_title: "aHSCT for MS, explained",
    site_tagline: "Autologous haematopoietic stem cell transplantation (aHSCT): a stem cell treatment for multiple sclerosis, step by step.",
    skip_link: "Skip to main content",
    notice_link: "Not medical advice",
    notice_line: "This information should not be relied on to suggest a course of treatment for any particular person. It is not a substitute for a visit, call or consultation with a doctor or other qualified healthcare professional. It does not replace their advice.",
    opens_in_new_tab: "(opens in a new tab)",
    contents_heading: "On this page",
    in_short: "In short:",
    source_word: "Source",
    timeline_label: "aHSCT timeline",
    steps_list_label: "All steps",
    step_count: "Step {n} of {total}",
    all_steps_count: "All steps, in order",
    previous: "Previous",
    step_word: "step",
    next: "Next",
    previous_step: "Previous step:",
    next_step: "Next step:",
    show_all: "Show all steps",
    show_one: "Show one step at a time",
    keys_hint: "Tip: you can also use the left and right arrow keys.",
    medical_name: "Medical name:",
    what_happens: "What happens",
    why: "Why",
    timing: "How long it takes",
    may_notice: "What you may notice",
    picture_heading: "Where your stem cells are",
    marrow: "Bone marrow",
    blood: "Blood",
    store: "Freezer",
    curve_title: "Your immune system across the treatment",
    curve_disclaimer: "An illustration of the general pattern, not patient data.",
    curve_summary: "White cells may dip a little in step 2 and fall steeply in step 5. They are lowest around and after step 6, until new white cells start to appear in step 7. The immune system as a whole then rebuilds slowly, over many months.",
    curve_usual: "Usual",
    curve_low: "Very low",
    curve_you_are_here: "This step",
    reviewed: "Content last reviewed against our notes from the sources:",
    next_review: "Next review due:",
    published_by: "Published by",
    back_to_top: "Back to top",
    embed_sources: "Sources",
    open_full_page: "Open the full page (new tab)",
    shared_by: "Shared by",
    copy_link: "Copy a link to this step",
    link_copied: "Link copied.",
    copy_link_yourself: "Copy this link to share this step:",
    settings: SettingsLabels {
        open: "Text size and spacing",
        text_size: "Text size",
        sizes: ["Standard", "Larger", "Largest"],
        more_line_spacing: "More space between lines",
        reset: "Reset to standard",
        kept_here: "Your choice is kept in this browser only, and nowhere else.",
        not_kept: "This browser is not letting the page keep your choice, so it lasts for this visit only.",
    },
};

const SECTIONS: &[Section] = &[
    Section {
        id: "notice",
        heading: "Is this medical advice?",
        in_short: "No. It is general information only.",
        body: &[
            Block::Para(para(
                "This information should not be relied on to suggest a course of treatment for any particular person. It is not a substitute for a visit, call or consultation with a doctor or other qualified healthcare professional. It does not replace their advice.",
                &[],
            )),
            Block::Para(para(
                "For advice about your own treatment, talk to your neurologist or MS team.",
                &[],
            )),
        ],
        kind: SectionKind::Notice,
    },
    Section {
        id: "what-is-ahsct",
        heading: "What is aHSCT?",
        in_short: "[[Autologous|autologous]] [[haematopoietic stem cell|haematopoietic-stem-cells]] transplantation (aHSCT) is another type of treatment for MS. Chemotherapy reduces much of your immune system. Then your own stored stem cells are given back to rebuild it.",
        body: &[
            Block::Para(para(
                "Autologous means it uses your own cells. It does not use cells from a donor, which is not the usual approach for MS.",
                &["S2", "S24"],
            )),
            Block::Para(para(
                "In aHSCT, stem cells from your own bone marrow are collected and stored. Meanwhile, chemotherapy drugs reduce a large part of the rest of your immune cells.",
                &[],
            )),
            Block::Para(para(
                "In most centres today, medicines first move the stem cells out of the bone marrow into the blood. The stem cells are then collected from the blood.",
                &["S1", "S8", "S29"],
            )),
            Block::Para(para(
                "After the chemotherapy, the stored stem cells are put back into your body. Over time, they make new cells. These refill your body with all types of blood cells, including immune cells.",
                &[],
            )),
            Block::Para(para(
                "The chemotherapy does the main work of resetting the immune system. The returned stem cells help your blood and immune system recover faster and more safely.",
                &["S29", "S37"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "aims",
        heading: "What can aHSCT do, and what can it not do?",
        in_short: "aHSCT tries to reset the immune system, to stop the inflammation that contributes to active MS. It cannot repair nerves that are already damaged.",
        body: &[Block::Para(para(
            "Relapsing MS has [[relapses|relapse]], each followed by some recovery. Progressive MS gets steadily worse over time, either from the start or after an earlier relapsing phase.",
            &["S11"],
        ))],
        kind: SectionKind::CanAndCannot,
    },
    Section {
        id: "suitability",
        heading: "Who might aHSCT be suitable for?",
        in_short: "MS is a very varied disease. So this treatment is not suitable for all people, nor for all types of MS. Your neurologist or MS team can talk with you about whether it could be an option.",
        body: &[
            Block::Para(dated(
                "An American transplant society’s guideline, published in 2019, recommends aHSCT for relapsing MS with signs that predict future disability. It points in particular to [[relapses|relapse]] or MRI activity that go on despite high-efficacy [[DMTs|dmt]]. DMTs (disease-modifying therapies) are medicines taken long-term to reduce relapses and slow MS activity.",
                &["S12"],
                AsOf::Published("2019"),
            )),
            Block::Para(dated(
                "A European guideline published in 2020 says evidence is growing for highly active [[relapsing-remitting MS|ms-types]] that DMTs have not controlled. It says aHSCT may have a role in progressive MS with significant inflammation.",
                &["S11"],
                AsOf::Published("2020"),
            )),
            Block::Para(para(
                "In the UK, the MS Society says there must be signs of active inflammation. These include new areas of inflammation seen on MRI scans. It says the best evidence is in people with relapsing MS who:",
                &["S1"],
            )),
            Block::List(&[
                para("are under 45", &["S1"]),
                para("have had MS for less than 10 years", &["S1"]),
                para("have a disability score of 5.5 or below", &["S1"]),
            ]),
            Block::Para(para(
                "That score comes from the [[EDSS|edss]] (Expanded Disability Status Scale). It is the 0 to 10 scale doctors use to score MS disability, where higher means more disability. Your MS team can tell you your score.",
                &["S11", "S16"],
            )),
            Block::Para(para(
                "MS Australia says international evidence suggests people with progressive MS benefit less and face a greater risk of serious problems. It says aHSCT is unlikely to be recommended for secondary progressive or primary progressive MS.",
                &["S21"],
            )),
            Block::Para(para(
                "People with progressive MS who have no active inflammation rarely improve after aHSCT. In early trials of intense treatment, people with secondary progressive MS did not improve, and their MS kept getting worse.",
                &["S21", "S22"],
            )),
            Block::Para(para(
                "In the UK, people with early progressive MS may be considered if they still show active inflammation.",
                &["S1"],
            )),
            Block::Para(para(
                "Each centre sets its own criteria, and these change over time. Your neurologist or MS team is the right person to ask whether it could suit you.",
                &["S1"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "risks",
        heading: "What are the risks and side effects?",
        in_short: "It is important to know that aHSCT is an intensive treatment with significant risks. For some people, these risks are life-threatening.",
        body: &[
            Block::Para(para(
                "Compared with other treatments for MS that act on the immune system, aHSCT has greater short-term risks.",
                &["S11"],
            )),
            Block::Para(para(
                "The chemotherapy itself has several known side effects. These include bleeding or bruising more easily, tiredness, loss of appetite and hair loss.",
                &["S1"],
            )),
            Block::Para(para("Risks during and soon after treatment include:", &[])),
            Block::List(&[
                para("very low blood counts", &["S15"]),
                para("infections, which can be serious", &["S1", "S7"]),
                para("damage to organs", &["S15"]),
                para("general physical weakness (deconditioning)", &["S15"]),
            ]),
            Block::Para(para(
                "The risk of infection stays higher for a long time after treatment, not only during it.",
                &["S1", "S7"],
            )),
            Block::Para(para(
                "After you go home, tell your transplant team or a local doctor straight away about any signs of infection. Follow your own team’s instructions.",
                &["S69"],
            )),
            Block::Para(para(
                "Longer-term risks include a higher chance of cancer, [[new autoimmune conditions|secondary-autoimmunity]] such as thyroid problems, early menopause and fertility problems. Loss of fertility can be permanent.",
                &["S1", "S36"],
            )),
            Block::Para(para(
                "A European study looked at people treated from 1995 to 2009 for autoimmune diseases, not only MS. By 5 years, about 1 in 10 had a new autoimmune condition (9.8%). Thyroid inflammation was the most common.",
                &["S25"],
            )),
            Block::Para(para(
                "At one US centre, 16 people with MS treated from 2003 to 2019 developed an underactive thyroid (3.5%). Another 15 (3.3%) developed an overactive thyroid. That is about 1 in 30 for each.",
                &["S22"],
            )),
            Block::Para(para(
                "In a Swedish study published in 2014, shingles and thyroid disease were the most common long-term side effects. Shingles affected 15% of people, about 1 in 7.",
                &["S19"],
            )),
            Block::Para(para(
                "Some people have died because of the treatment. In studies published from 1995 to 2016, about 2 in every 100 people died (2.1%).",
                &["S17"],
            )),
            Block::Para(para(
                "Death rates were higher in older studies. They were also higher in studies of people with more disability, or with fewer people with [[relapsing-remitting MS|ms-types]].",
                &["S17"],
            )),
            Block::Para(para(
                "Death rates have fallen over time. In experienced centres using today’s approaches, reported death rates are much lower, but the risk is not zero.",
                &["S13", "S17"],
            )),
            Block::Para(para(
                "A centre’s experience matters. A European registry (a record of transplants for autoimmune diseases) covered 1994 to 2015. It linked better results to centre experience and to accreditation by [[JACIE|jacie]].",
                &["S13"],
            )),
            Block::Para(para(
                "JACIE is a body that inspects transplant centres against quality and safety standards.",
                &["S5"],
            )),
            Block::Para(para(
                "A study from North and South America covered 1996 to 2009. Centres that had done few transplants for autoimmune diseases had a higher risk of death.",
                &["S14"],
            )),
            Block::Para(para(
                "Where centres had done fewer than 5, the risk was 3.5 times that of centres with more than 15. Where they had done 5 to 15, it was 4.2 times.",
                &["S14"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "timeline",
        heading: "What happens during aHSCT, step by step?",
        in_short: "The treatment steps usually take several weeks to a few months. Recovery goes on for many months afterwards, and for some people a year or more.",
        body: &[
            Block::Para(para(
                "aHSCT is a one-off treatment made up of several steps, spread over several weeks.",
                &["S24"],
            )),
            Block::Para(para(
                "There is no single standard plan. Medicines, timings and hospital stays vary between centres. Your team will explain their own schedule.",
                &["S8", "S12"],
            )),
        ],
        kind: SectionKind::Timeline,
    },
    Section {
        id: "stem-cells",
        heading: "What are blood-forming stem cells?",
        in_short: "They are cells in your bone marrow that can make every kind of blood cell, including immune cells.",
        body: &[
            Block::Para(para(
                "Blood-forming stem cells are also called [[haematopoietic|haematopoietic-stem-cells]] stem cells. In the US this is spelled hematopoietic.",
                &["S2", "S24", "S29"],
            )),
            Block::Para(para(
                "They are a type of adult stem cell made in the bone marrow. Bone marrow is the spongy tissue inside some bones.",
                &["S24", "S29"],
            )),
            Block::Para(para(
                "These stem cells can produce the different cells found in the blood. These include red cells, platelets and immune cells, also called white cells.",
                &["S2", "S24", "S29"],
            )),
            Block::Para(para(
                "Most of these stem cells stay in the bone marrow. Very few travel in the blood.",
                &["S1", "S8", "S29"],
            )),
            Block::Para(para(
                "This page explains a treatment for MS that uses these stem cells. It is called [[autologous|autologous]] haematopoietic stem cell transplantation (aHSCT).",
                &[],
            )),
        ],
        kind: SectionKind::CellExplorer,
    },
    Section {
        id: "why",
        heading: "Why are researchers looking at stem cells for MS?",
        in_short: "There is still a need for more effective treatments for multiple sclerosis (MS). Stem cell therapies are being explored as a possible way to meet this need.",
        body: &[
            Block::Para(para(
                "Stem cells have unique properties. These make them promising candidates for treatments that can slow MS disease activity.",
                &[],
            )),
            Block::Para(para(
                "Disease activity means signs that MS is active. Examples are [[relapses|relapse]], worsening disability and new inflammation seen on MRI scans. A relapse is an attack of new or worsening symptoms, followed by full or partial recovery.",
                &["S11", "S15"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "availability",
        heading: "Where is aHSCT available?",
        in_short: "It depends on the country, and sometimes on where you live within it.",
        body: &[
            Block::Para(para(
                "In a few countries, aHSCT is considered a treatment for highly active MS. The conditions for getting it may differ between countries, or even within one country.",
                &["S1", "S21", "S65"],
            )),
            Block::Para(para(
                "Even where aHSCT is approved, it may not be available. This can be because there is not enough specialist expertise or resources.",
                &[],
            )),
            Block::Para(para(
                "In 2019, a European registry (a record of transplants) recorded over 1,400 aHSCT treatments for MS. Most were in the UK, Italy, Sweden and Poland.",
                &["S2", "S6", "S11"],
            )),
            Block::Para(dated(
                "A Swedish study published in 2024 said most countries had not yet built aHSCT into their national MS guidelines. Sweden, it said, uses aHSCT in routine care.",
                &["S20"],
                AsOf::Published("2024"),
            )),
            Block::Para(dated(
                "As of February 2019, NHS England’s policy allowed aHSCT as an option for some people with MS. The criteria doctors use limit it to a small group with very active MS despite at least one approved [[DMT|dmt]]. They also allow it for very rare ‘malignant’ MS.",
                &["S1", "S41"],
                AsOf::Recorded("February 2019"),
            )),
            Block::Para(para(
                "The MS Society (UK) says UK centres must be accredited by [[JACIE|jacie]]. JACIE inspects transplant centres against quality and safety standards.",
                &["S5"],
            )),
            Block::Para(para(
                "Some people travel abroad to private clinics, for example in Mexico or Russia. Before going private or abroad, the MS Society (UK) advises checking:",
                &["S5", "S55", "S64"],
            )),
            Block::List(&[
                para("exactly what is offered", &["S5"]),
                para("whether the clinic meets international standards, such as JACIE", &["S5"]),
                para("how much experience it has with MS", &["S5"]),
                para("what follow-up care it provides", &["S5"]),
                para("what the price includes, as travel and accommodation may not be included", &["S5"]),
            ]),
            Block::Para(para(
                "The MS Society strongly encourages talking to a neurologist first.",
                &["S5"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "evidence",
        heading: "What have studies shown so far?",
        in_short: "In studies so far, many people had no new signs of MS activity for years after aHSCT. Results differ between studies, and were better in relapsing MS.",
        body: &[
            Block::Para(para(
                "These are the main results that the sources report. The studies differ in who took part, the medicines used and how long people were followed. So their numbers cannot be compared directly.",
                &[],
            )),
            Block::Para(para(
                "Many studies report [[NEDA|neda]], which stands for ‘no evidence of disease activity’. It means no [[relapses|relapse]], no worsening of disability and no new activity on MRI scans.",
                &["S11"],
            )),
            Block::List(&[
                para(
                    "A 2017 review combined 15 studies of 764 people. At 5 years, 67% had no evidence of disease activity, and disability had got worse in 23.3%.",
                    &["S17"],
                ),
                para(
                    "A 2022 review combined 50 studies of 4,831 people, which differed a lot from each other. Overall, 68% had no evidence of disease activity, and 73% had no worsening of disability.",
                    &["S28"],
                ),
                para(
                    "In Sweden, 174 people with [[relapsing-remitting MS|ms-types]] were treated in routine care. At 5 years, 73% had no evidence of disease activity. At 10 years, 65% did.",
                    &["S20"],
                ),
                para(
                    "In that Swedish study, 149 people had some disability at the start. Afterwards, 54% had improved, 37% were stable and 9% were worse.",
                    &["S20"],
                ),
                para(
                    "One US centre treated 507 people. At 4 years, disability had not got worse in 95% with relapsing-remitting MS. It had not got worse in 66% with secondary progressive MS.",
                    &["S22"],
                ),
                para(
                    "An older registry study (using records of transplants) followed 281 people treated from 1995 to 2006, most with progressive MS. At 5 years, 46% had no worsening of disability.",
                    &["S18"],
                ),
                para(
                    "A Canadian trial, published in 2016, gave 24 people a very intensive treatment. At 3 years, 69.6% had no MS activity. Of the 24, treated from 2001 to 2009, one died of complications of the treatment.",
                    &["S26"],
                ),
            ]),
            Block::Para(para(
                "Several studies found better results in relapsing MS. One study also found better results in younger people who had had MS for a shorter time.",
                &["S17", "S22", "S27"],
            )),
            Block::Para(para(
                "The 2017 review found the best balance of benefit and risk in aggressive relapsing-remitting MS, before high disability builds up.",
                &["S17"],
            )),
            Block::Para(para(
                "In 2019, an American transplant society reviewed the evidence. It found that aHSCT can prevent relapses, new MRI activity and worsening disability in active relapsing MS.",
                &["S12"],
            )),
        ],
        kind: SectionKind::Prose,
    },
    Section {
        id: "research",
        heading: "What does research still need to show?",
        in_short: "Crucially, more large, gold-standard, randomised controlled trials are needed specifically for MS. They should compare aHSCT with MS treatments available today.",
        body: &[
            Block::Para(para(
                "An earlier randomised trial, called MIST, compared aHSCT with switching to a different [[DMT|dmt]]. Chance decided which one each person had. It included 110 people with [[relapsing-remitting MS|ms-types]], who joined from 2005 to 2016.",
                &["S16"],
            )),
            Block::Para(para(
                "In MIST, disability got worse in 3 people after aHSCT and in 34 people who switched DMT. Each group had 55 people.",
                &["S16"],
            )),
            Block::Para(para(
                "Half the people in MIST were followed for 2 years or more, and the average was 2.8 years. Only 23 people were checked every year for 5 years.",
                &["S16"],
            )),
            Block::Para(para(
                "Its authors call MIST a preliminary study that needs repeating. It also did not compare aHSCT with many of today’s most effective DMTs.",
                &["S16", "S35"],
            )),
            Block::Para(para(
                "Newer trials compare aHSCT with those medicines. They include StarMS in the UK, BEAT-MS in the US and RAM-MS, led from Norway.",
                &["S33", "S34", "S35"],
            )),
        ],
        kind: SectionKind::Trials,
    },
    Section {
        id: "questions",
        heading: "What could I ask my MS team?",
        in_short: "Here are questions you may want to ask, before deciding, about the treatment and about recovery. Tick the ones you want, add your own, then print or copy your list.",
        body: &[Block::Para(para(
            "Your neurologist or MS team knows your situation and their own centre’s plan. These questions can help you start that conversation.",
            &[],
        ))],
        kind: SectionKind::Questions,
    },
    Section {
        id: "read-more",
        heading: "Where can I read more?",
        in_short: "MS charities publish detailed guides to aHSCT. Your MS team can also tell you more.",
        body: &[],
        kind: SectionKind::ReadMore,
    },
    Section {
        id: "glossary",
        heading: "What do the medical words mean?",
        in_short: "Here are the medical words used on this page, in plain English. You can also select a word in the text to see its meaning right there.",
        body: &[],
        kind: SectionKind::Glossary,
    },
    Section {
        id: "sources",
        heading: "Where does this information come from?",
        in_short: "Facts followed by a number come from the sources listed below. The rest come from the general text this explainer is based on, which lists no sources.",
        body: &[
            Block::Para(para(
                "Trial statuses and charity pages are as the sources gave them, and may have changed since. Many statements here give the date their source gave. Some pages give no date, so we cannot say how current they are.",
                &[],
            )),
            Block::Para(para(
                "The review date below is when these words were last checked against our notes from the sources. It does not mean that each source was checked again on that day.",
                &[],
            )),
        ],
        kind: SectionKind::Sources,
    },
];

const STEPS: &[Step] = &[
    Step {
        id: "assessment",
        title: "Being referred and assessed",
        medical_name: Some("assessment"),
        what_happens: &[
            para(
                "A neurologist usually refers you to a specialist treatment centre. There, the specialist team reviews you before anything else.",
                &["S1", "S21", "S41"],
            ),
            dated(
                "A European guideline published in 2020 recommends that MS neurologists and transplant haematologists share your care. Haematologists are doctors who specialise in blood. The guideline says this should happen in accredited transplant centres.",
                &["S11"],
                AsOf::Published("2020"),
            ),
            para(
                "Two other papers, from 2017 and about 2019, say the same.",
                &["S3", "S13"],
            ),
            para(
                "You may have blood tests, heart and lung tests, and scans such as MRI. The exact tests vary from centre to centre.",
                &["S52"],
            ),
        ],
        why: &[
            para(
                "MS and transplant specialists assess whether aHSCT could be an option for you.",
                &["S1", "S41"],
            ),
            para(
                "Before you agree, your team explains serious long-term effects. The treatment can cause fertility problems, which may be permanent. So fertility advice beforehand is recommended.",
                &["S36", "S38", "S40"],
            ),
            para(
                "Options to protect fertility include freezing eggs, embryos or ovarian tissue, and storing sperm.",
                &["S40"],
            ),
            dated(
                "Rehabilitation guidelines published in 2020 recommend physiotherapy before treatment, as well as after it.",
                &["S15"],
                AsOf::Published("2020"),
            ),
        ],
        timing: &[para(
            "How long this takes varies. In one large US trial (BEAT-MS), the screening visits may take up to 3 months.",
            &["S33"],
        )],
        may_notice: &[para(
            "At one NHS centre, a named specialist nurse is your main contact throughout. A pharmacist and a dietitian are also involved.",
            &["S30"],
        )],
        scene: StemCellScene::InMarrow,
        scene_text: "Your stem cells are in your bone marrow, as usual.",
        immune_level: 100,
        immune_text: "Before treatment, your white cells are at their usual level.",
    },
    Step {
        id: "mobilisation",
        title: "Moving stem cells into the blood",
        medical_name: Some("[[mobilisation|mobilisation]]"),
        what_happens: &[
            para(
                "Medicines push stem cells out of the bone marrow into the bloodstream.",
                &["S1", "S8", "S29"],
            ),
            para(
                "Many treatment plans combine one dose of a chemotherapy drug, [[cyclophosphamide|cyclophosphamide]], with daily injections of [[G-CSF|g-csf]]. Some use G-CSF alone, with a steroid.",
                &["S26", "S27", "S31", "S32"],
            ),
            para(
                "G-CSF is a man-made copy of a natural growth factor, a substance the body makes. G-CSF boosts the making of white cells and helps release stem cells into the blood.",
                &["S51", "S57"],
            ),
        ],
        why: &[
            para(
                "Normally, very few stem cells travel in the blood. This step brings out enough of them to collect.",
                &["S1", "S8", "S29"],
            ),
            para(
                "A US MS charity says the chemotherapy in this step also helps lower the chance of [[relapses|relapse]] during this phase.",
                &["S8"],
            ),
        ],
        timing: &[
            para(
                "Collection happens roughly 10 days after this step begins.",
                &["S1"],
            ),
            para(
                "The US National MS Society says this step, collection and freezing together take 5 to 15 days.",
                &["S7", "S8"],
            ),
        ],
        may_notice: &[
            para(
                "Your MS symptoms may get worse for a while during this step.",
                &["S1"],
            ),
            para("G-CSF injections can cause bone pain in some people.", &["S56"]),
            para(
                "One patient’s account describes white cells dropping for a while after cyclophosphamide, with a risk of fever and infection. That patient had very low white cells and fevers two days after it.",
                &["S56"],
            ),
            para(
                "In one study of 39 people, 8 had side effects in this step. These were fever with no known cause (3 people), diarrhoea (3), headache (1) and a bloodstream infection (1). Nobody died.",
                &["S31"],
            ),
        ],
        scene: StemCellScene::MarrowToBlood,
        scene_text: "Medicines move your stem cells from your bone marrow into your blood.",
        immune_level: 80,
        immune_text: "If chemotherapy is used in this step, white cells may dip for a while.",
    },
    Step {
        id: "collection",
        title: "Collecting your stem cells",
        medical_name: Some("[[apheresis|apheresis]], or stem cell harvest"),
        what_happens: &[
            para(
                "Your blood passes from a vein through a machine. The machine keeps the stem cells and returns the rest of your blood to you.",
                &["S1", "S29", "S50"],
            ),
            para(
                "The blood flows through a needle in your arm, or through a tube in a vein. That tube is called a central line or PICC line. It can also be used later, to give your stem cells back.",
                &["S50", "S51", "S57"],
            ),
            para(
                "The team aims to collect a minimum number of stem cells. They count them with a laboratory marker called [[CD34+|cd34]].",
                &["S32", "S45"],
            ),
        ],
        why: &[para(
            "These are the stem cells you will get back after the chemotherapy.",
            &["S7", "S47"],
        )],
        timing: &[
            para(
                "Collection happens about 10 days after [[mobilisation|mobilisation]] begins, once blood tests show enough stem cells in the blood.",
                &["S1"],
            ),
            para(
                "One session takes several hours. One session is often enough. In one study, 30 of 39 people needed one, and the rest needed two to four.",
                &["S31", "S50"],
            ),
        ],
        may_notice: &[
            para(
                "General transplant guides say collection is usually painless.",
                &["S50"],
            ),
            para(
                "These guides say the machine uses a blood-thinning medicine, so that blood does not clot inside it. The medicine can cause tingling, numbness, chills or light-headedness, which staff can treat.",
                &["S50"],
            ),
        ],
        scene: StemCellScene::BloodToStore,
        scene_text: "A machine collects stem cells from your blood, to be stored.",
        immune_level: 88,
        immune_text: "The picture shows no big change yet: the main chemotherapy has not started.",
    },
    Step {
        id: "storage",
        title: "Freezing and storing the cells",
        medical_name: Some("[[cryopreservation|cryopreservation]]"),
        what_happens: &[
            para(
                "Your collected stem cells are frozen in a laboratory. They are stored until they are needed.",
                &["S7", "S32", "S33", "S50"],
            ),
            para(
                "Freezing stem cells is routine. Cells stored frozen for a long time can still rebuild the blood system.",
                &["S59"],
            ),
            para(
                "One large private centre does not freeze the cells. It gives them back fresh.",
                &["S45"],
            ),
        ],
        why: &[para(
            "Storing the cells keeps them ready for later, while the chemotherapy reduces your immune cells.",
            &[],
        )],
        timing: &[
            para(
                "The gap before the next step varies between centres. In one US study (HALT-MS), the next step began at least 7 days after the last [[G-CSF|g-csf]] injection.",
                &["S32"],
            ),
            para("Your team will tell you their own timing.", &["S8"]),
        ],
        may_notice: &[para(
            "This step happens in the laboratory, not in your body.",
            &["S7", "S50"],
        )],
        scene: StemCellScene::InStore,
        scene_text: "Your stem cells are frozen and stored in the laboratory.",
        immune_level: 92,
        immune_text: "The picture shows no big change yet: the main chemotherapy has not started.",
    },
    Step {
        id: "conditioning",
        title: "Chemotherapy to reset the immune system",
        medical_name: Some("[[conditioning|conditioning]]"),
        what_happens: &[
            para(
                "You are usually admitted to hospital. You have high-dose chemotherapy through a drip (infusion). Some plans add an antibody medicine, such as [[ATG|atg]], which removes some immune cells.",
                &["S1", "S7", "S8", "S16", "S35", "S37", "S57"],
            ),
            para(
                "This removes all or much of your existing immune system, including the cells thought to drive MS.",
                &["S1", "S7", "S35"],
            ),
            para(
                "Stronger treatments wipe out the bone marrow and immune system completely ([[myeloablative|myeloablative]]). Lower-intensity ones do this only partly (non-myeloablative).",
                &["S1", "S57"],
            ),
            para(
                "A common combination is [[cyclophosphamide|cyclophosphamide]] with ATG. Some centres use a stronger combination called [[BEAM|beam]].",
                &["S16", "S27", "S32", "S34", "S37"],
            ),
        ],
        why: &[para(
            "This is the step that does the main work of resetting the immune system.",
            &["S29", "S37"],
        )],
        timing: &[
            para(
                "The drip is given over several days. In one US study (HALT-MS), it took about 6 days.",
                &["S1", "S32", "S57"],
            ),
            para(
                "The US National MS Society says this step and the next two mean about 3 weeks in hospital.",
                &["S7", "S8"],
            ),
        ],
        may_notice: &[
            para(
                "The chemotherapy has common side effects. They include feeling or being sick, bleeding or bruising, tiredness, loss of appetite and hair loss.",
                &["S1", "S57"],
            ),
            para("You are given anti-sickness medicine.", &["S1"]),
            para(
                "In general transplant care, most side effects settle within weeks. Hair usually grows back within a few months.",
                &["S62"],
            ),
        ],
        scene: StemCellScene::InStoreDuringChemo,
        scene_text: "Your stem cells stay frozen while chemotherapy reduces your immune cells.",
        immune_level: 30,
        immune_text: "The chemotherapy removes all or much of the immune system, so the level falls steeply.",
    },
    Step {
        id: "reinfusion",
        title: "Getting your stem cells back",
        medical_name: Some("reinfusion, or [[Day 0|day-0]]"),
        what_happens: &[
            para(
                "Your stored stem cells are thawed. They are given back through a vein, much like a blood transfusion.",
                &["S7", "S47"],
            ),
            para(
                "Transplant teams call this day Day 0. Days before it are counted as minus days, and days after it as plus days.",
                &["S47", "S60"],
            ),
        ],
        why: &[
            para(
                "The returned stem cells rebuild your blood production. They help you recover after the chemotherapy.",
                &["S29", "S37"],
            ),
            para("They do not repair damaged nerves.", &[]),
        ],
        timing: &[para(
            "This is usually a day or two after the chemotherapy ends, once the drugs have cleared from your body.",
            &["S57"],
        )],
        may_notice: &[para(
            "You usually stay in hospital. After the chemotherapy, your white cells are very low, so the team watches you closely for infection.",
            &["S1", "S7", "S61", "S62"],
        )],
        scene: StemCellScene::StoreToBlood,
        scene_text: "Your stem cells are thawed and given back into your blood.",
        immune_level: 5,
        immune_text: "Your white cells are at their lowest around and after this step, until new cells appear.",
    },
    Step {
        id: "hospital-recovery",
        title: "Recovering in hospital",
        medical_name: Some("[[engraftment|engraftment]]"),
        what_happens: &[
            para(
                "After chemotherapy, your white cells fall very low. This is called [[neutropenia|neutropenia]], and it makes infections more likely.",
                &["S1", "S7", "S61", "S62"],
            ),
            para(
                "Care includes steps to prevent infection, antibiotics, transfusions if needed and frequent blood tests.",
                &["S61", "S62"],
            ),
            para(
                "Engraftment is when the returned stem cells settle in the bone marrow and new white cells start to appear.",
                &["S61"],
            ),
        ],
        why: &[para(
            "Your immune system is very weak until new cells grow. The care helps protect you from infection while it starts to recover.",
            &["S61", "S62"],
        )],
        timing: &[
            para(
                "In general transplant care, engraftment takes from several days to a few weeks.",
                &["S61"],
            ),
            para(
                "The US National MS Society says the hospital stay is about 3 weeks. It varies from centre to centre.",
                &["S7", "S8"],
            ),
            para(
                "One private centre treated most people as outpatients, without a hospital stay. Only 32 of its 617 patients needed to be admitted. This centre’s approach is unusual, so its results may not apply to other centres.",
                &["S45"],
            ),
        ],
        may_notice: &[
            para(
                "A fever while white cells are low (febrile neutropenia) needs urgent treatment. In a Swedish study of routine care, 68% of people had it: about 7 in 10.",
                &["S20", "S61"],
            ),
            para(
                "You may feel weak for a while. This general weakness (deconditioning) can make everyday tasks harder for a time.",
                &["S15"],
            ),
        ],
        scene: StemCellScene::BloodToMarrow,
        scene_text: "Your stem cells settle in your bone marrow and start making new blood cells.",
        immune_level: 5,
        immune_text: "Your white cells stay very low until new ones appear. Then the level starts to rise.",
    },
    Step {
        id: "follow-up",
        title: "The months after, and follow-up",
        medical_name: Some("[[immune reconstitution|immune-reconstitution]]"),
        what_happens: &[
            para(
                "Your immune system rebuilds gradually over months. You stay at higher risk of infection for a long time.",
                &["S1", "S7", "S47"],
            ),
            para(
                "Protection from your childhood vaccines fades after this treatment. So transplant services follow a plan to vaccinate you again.",
                &["S42"],
            ),
            para(
                "Checks look for [[new autoimmune conditions|secondary-autoimmunity]], especially of the thyroid. In these, the immune system attacks part of the body. Checks also look for shingles.",
                &["S19", "S22", "S25"],
            ),
            para(
                "Follow-up visits are regular and go on for years. Schedules vary: in one US trial, visits are every 6 months for 6 years.",
                &["S33"],
            ),
            para(
                "People treated outside their national health system need to make sure aftercare is arranged at home.",
                &["S5"],
            ),
        ],
        why: &[
            para(
                "Good follow-up and supportive care after treatment are essential to reduce risks.",
                &["S3", "S7"],
            ),
            para(
                "Rehabilitation from hospital and community therapists is recommended, to help your everyday abilities and quality of life recover.",
                &["S15"],
            ),
        ],
        timing: &[
            para(
                "Recovery takes longer than the treatment itself. It continues for many months, and for some people a year or more.",
                &["S47", "S54"],
            ),
            para(
                "In one small study of 18 people, quality of life improved by 3 months. Tiredness (fatigue) took 12 months to improve.",
                &["S43"],
            ),
        ],
        may_notice: &[
            para(
                "After you go home, tell your transplant team or a local doctor straight away about any signs of infection. Follow your own team’s instructions, and call the number they give you.",
                &["S69"],
            ),
            para(
                "Teams set their own limits. For example, one general transplant centre says to report a fever of 38.0 °C (100.5 °F) or more. It says to report this even if you feel well.",
                &["S69"],
            ),
            para(
                "It also lists shortness of breath, a new cough, sweats or chills, and a sore throat. Other signs are pain or burning when passing urine, diarrhoea, mouth sores and a rash. So is redness, swelling or discharge where a central line goes in.",
                &["S69"],
            ),
            para(
                "In one study of 43 women, periods came back for 30 of them, after 6.8 months on average. In the other 13 women, periods did not come back.",
                &["S38"],
            ),
            para(
                "Periods were less likely to come back in older women. They were also less likely in women who had had [[cyclophosphamide|cyclophosphamide]] as an earlier treatment, before aHSCT.",
                &["S38"],
            ),
        ],
        scene: StemCellScene::MarrowMakingNewCells,
        scene_text: "Your stem cells make new blood and immune cells, which refill your body over many months.",
        immune_level: 75,
        immune_text: "New white cells have appeared. Your immune system as a whole rebuilds gradually, over many months.",
    },
];

/// Only the sources the text cites, in the order of the fact sheet's list.
/// The numbers readers see are places in this list.
const SOURCES: &[Source] = &[
    Source { id: "S1", citation: "MS Society UK. HSCT: what to expect.", url: Some("https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect") },
    Source { id: "S2", citation: "MS-UK. HSCT Choices booklet.", url: Some("https://ms-uk.org/hsct-choices-booklet/") },
    Source { id: "S3", citation: "Review: Autologous haematopoietic stem cell transplantation in MS, for the general neurologist, transplant haematologist and oncologist (c. 2019).", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6510794") },
    Source { id: "S4", citation: "MS Trust. Star-MS trial for HSCT in MS.", url: Some("https://mstrust.org.uk/a-z/star-ms-trial-hsct-ms") },
    Source { id: "S5", citation: "MS Society UK. Having HSCT outside the NHS.", url: Some("https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/having-hsct-outside-the-nhs") },
    Source { id: "S6", citation: "Review on supportive care in aHSCT for MS. Current Opinion in Supportive and Palliative Care (EBMT Autoimmune Diseases Working Party).", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6867671") },
    Source { id: "S7", citation: "National MS Society (USA). aHSCT in MS.", url: Some("https://www.nationalmssociety.org/Treating-MS/aHSCt") },
    Source { id: "S8", citation: "Uhland V. What to know about autologous hematopoietic stem cell transplantation. Momentum (National MS Society magazine).", url: Some("https://momentummagazineonline.com/ahsct/") },
    Source { id: "S11", citation: "Sharrack B, et al. Updated EBMT and JACIE guidelines on aHSCT in MS. Bone Marrow Transplantation, 2020.", url: Some("https://www.nature.com/articles/s41409-019-0684-0") },
    Source { id: "S12", citation: "Cohen JA, et al. Position statement from the American Society for Blood and Marrow Transplantation. Biology of Blood and Marrow Transplantation, 2019.", url: Some("https://spiral.imperial.ac.uk/handle/10044/1/67612") },
    Source { id: "S13", citation: "Snowden JA, et al. Evolution, trends, outcomes and economics of HSCT in severe autoimmune diseases. Blood Advances, 2017.", url: Some("https://ashpublications.org/bloodadvances/article/1/27/2742/15827/") },
    Source { id: "S14", citation: "CIBMTR. Transplantation for autoimmune diseases in North and South America. Biology of Blood and Marrow Transplantation.", url: Some("http://pubmedcentralcanada.ca/pmcc/articles/PMC3950896/") },
    Source { id: "S15", citation: "Roberts F, et al. Rehabilitation before and after aHSCT for patients with MS: consensus guidelines. Frontiers in Neurology, 2020.", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC7759663") },
    Source { id: "S16", citation: "Burt RK, et al. The MIST randomised trial. JAMA, 2019.", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765") },
    Source { id: "S17", citation: "Sormani MP, et al. aHSCT in multiple sclerosis: a meta-analysis. Neurology, 2017.", url: Some("http://n.neurology.org/content/88/22/2115.abstract") },
    Source { id: "S18", citation: "Muraro PA, et al. Long-term outcomes after aHSCT for MS. JAMA Neurology, 2017 (read through a Clinical Advisor summary).", url: Some("https://www.clinicaladvisor.com/home/topics/neurology-information-center/stem-cell-therapy-may-be-effective-for-multiple-sclerosis/") },
    Source { id: "S19", citation: "Burman J, et al. aHSCT for aggressive MS: the Swedish experience. Journal of Neurology, Neurosurgery and Psychiatry, 2014.", url: Some("http://jnnp.bmj.com/content/85/10/1116.abstract") },
    Source { id: "S20", citation: "Silfverberg T, et al. HSCT for relapsing-remitting MS in Sweden: an observational cohort study. Journal of Neurology, Neurosurgery and Psychiatry, 2024.", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC10850659") },
    Source { id: "S21", citation: "MS Australia. Autologous haematopoietic stem cell transplant (AHSCT).", url: Some("https://www.msaustralia.org.au/ahsct/") },
    Source { id: "S22", citation: "Burt RK, et al. Real-world application of aHSCT in 507 patients with MS. Journal of Neurology, 2021.", url: Some("https://doi.org/10.1007/s00415-021-10820-2") },
    Source { id: "S24", citation: "MS Research Australia. AHSCT FAQs.", url: Some("https://msra.org.au/ahsct/ahsct-faqs/") },
    Source { id: "S25", citation: "Daikeler T, et al. Secondary autoimmune diseases after HSCT for an autoimmune disease. Blood, 2011.", url: Some("https://pubmed.ncbi.nlm.nih.gov/21596847") },
    Source { id: "S26", citation: "Atkins HL, et al. Immunoablation and aHSCT for aggressive MS: a phase 2 trial. The Lancet, 2016.", url: Some("https://ir.library.carleton.ca/pub/16450") },
    Source { id: "S27", citation: "High-dose immunoablation with aHSCT in aggressive MS: a single centre 10-year experience. Multiple Sclerosis, 2010.", url: Some("https://pubmed.ncbi.nlm.nih.gov/20350962/") },
    Source { id: "S28", citation: "Systematic review and meta-analysis of aHSCT efficacy and safety in MS. Neurology and Therapy, 2022.", url: Some("https://link.springer.com/article/10.1007/s40120-022-00389-x") },
    Source { id: "S29", citation: "University College London Hospitals. Collecting stem cells from your blood: information for people with autoimmune conditions, including MS.", url: Some("https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/collecting-stem-cells-your-blood-information-people-autoimmune-conditions-including-multiple-sclerosis-ms-and-scleroderma") },
    Source { id: "S30", citation: "University College London Hospitals. Guide to autologous stem cell transplant for people with autoimmune conditions, including MS.", url: Some("https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/guide-autologous-stem-cell-transplant-information-people-autoimmune-conditions-including-multiple-sclerosis-ms-and-scleroderma") },
    Source { id: "S31", citation: "Kyrcz-Krzemień S, et al. Safety and efficacy of haematopoietic stem cell mobilization in patients with MS. Hematology, 2016.", url: Some("http://multiple-sclerosis-research.blogspot.hu/2016/02/collecting-stem-cells.html") },
    Source { id: "S32", citation: "ClinicalTrials.gov NCT00288626. The HALT-MS study, results record.", url: Some("https://clinicaltrials.gov/ct2/show/results/NCT00288626") },
    Source { id: "S33", citation: "ClinicalTrials.gov NCT04047628. The BEAT-MS trial.", url: Some("https://www.clinicaltrials.gov/ct2/show/study/NCT04047628") },
    Source { id: "S34", citation: "NCT03477500. The RAM-MS trial (Neuro-SysMed, Norway).", url: Some("https://neuro-sysmed.no/trials/autologous-hematopoietic-stem-cell-transplantation-hsct-in-ms/") },
    Source { id: "S35", citation: "Sheffield Clinical Trials Research Unit. The StarMS trial.", url: Some("https://www.sheffield.ac.uk/ctru/current-trials/starms") },
    Source { id: "S36", citation: "ClinicalTrials.gov NCT00278655. Hematopoietic stem cell therapy for patients with MS (eligibility).", url: Some("https://trials.co/clinical-trials-details/-/NCT00278655") },
    Source { id: "S37", citation: "NCT05482542. Optimal conditioning regimen for autologous transplantation of relapsing-remitting MS.", url: Some("https://clinicaltrialexchange.com/clinical-trials/Optimal-Conditioning-Regimen-for-Autologous-Transplantation-of-Relapsing-Remitting-Multiple-Sclerosis/NCT05482542") },
    Source { id: "S38", citation: "Massarotti C, et al. Menstrual cycle resumption and female fertility after aHSCT for MS. Multiple Sclerosis, 2021.", url: Some("https://biomed.reviewer.ly/app/publication/08221eb9-2b3f-4f6c-95a6-e5c930c69130") },
    Source { id: "S40", citation: "Review of fertility preservation in haematopoietic cell transplant recipients. Bone Marrow Transplantation.", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC4071767") },
    Source { id: "S41", citation: "UK Parliament written answer, 12 February 2019: Multiple Sclerosis: Stem Cells.", url: Some("https://parallelparliament.co.uk/question/218237/multiple-sclerosis-stem-cells") },
    Source { id: "S42", citation: "Ljungman P, et al. Vaccination of haematopoietic cell transplant recipients. Bone Marrow Transplantation, 2009.", url: Some("https://doi.org/10.1038/bmt.2009.263") },
    Source { id: "S43", citation: "Giedraitiene N, et al. Impact of aHSCT on quality of life and fatigue in relapsing MS. Scientific Reports, 2022.", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC9470541") },
    Source { id: "S45", citation: "Single-centre series of 617 people with MS treated with outpatient, unfrozen stem cells (NCT02674217).", url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6857075") },
    Source { id: "S47", citation: "BMT InfoNet. Transplant and early recovery period.", url: Some("https://bmtinfonet.org/transplant-article/transplant-and-early-recovery-period") },
    Source { id: "S50", citation: "Providence Oregon Autologous Stem Cell Transplant Program. Stem cell collection.", url: Some("https://oregon.providence.org/our-services/p/providence-autologous-stem-cell-transplant-program/transplant-process/stem-cell-collection/") },
    Source { id: "S51", citation: "UNM Comprehensive Cancer Center. Stem cell collection.", url: Some("https://cancer.unm.edu/physicians/multidisciplinary-teams/bmt/autologous-stem-cell-transplant/stem-cell-collection/") },
    Source { id: "S52", citation: "HCA Healthcare UK. MS stem cell transplant (a private provider).", url: Some("https://www.hcahealthcare.co.uk/our-services/treatments/stem-cell-treatment-for-ms") },
    Source { id: "S54", citation: "BBC News (2020). Report on two Scottish women who travelled to Moscow for HSCT.", url: Some("https://newsatw.com/we-need-to-try-this-to-stop-our-ms-getting-worse/") },
    Source { id: "S55", citation: "Healthline (2017). Why Americans with MS are going to Russia for treatment.", url: Some("https://foxnews.com/health/why-americans-with-ms-are-going-to-russia-for-treatment") },
    Source { id: "S56", citation: "MS Trust. What I wished I had known about MS and HSCT (a patient’s story, 2023).", url: Some("https://www.mstrust.org.uk/news/stories/what-i-wished-i-had-known-about-ms-and-hsct") },
    Source { id: "S57", citation: "msedley.com. HSCT (Haematopoietic Stem Cell Transplantation).", url: Some("https://msedley.com/hsct-haematopoietic-stem-cell-transplantation/") },
    Source { id: "S59", citation: "Berz D, et al. Cryopreservation of hematopoietic stem cells. American Journal of Hematology, 2007.", url: None },
    Source { id: "S60", citation: "Wohlfarth P (Medical University of Vienna). Antimicrobial prophylaxis in HSCT patients (slides).", url: Some("https://docslib.org/doc/2248993/") },
    Source { id: "S61", citation: "University of Rochester Medical Center. Engraftment.", url: Some("https://www.urmc.rochester.edu/cancer-institute/services/bmt/transplant-process/engraftment.aspx") },
    Source { id: "S62", citation: "NHS. Stem cell transplant: risks (via a pharmacy copy).", url: Some("https://1stchoicepharmacy.co.uk/nhs_conditions_stem-cell-transplant_risks") },
    Source { id: "S64", citation: "MS Focus magazine (Multiple Sclerosis Foundation), Spring 2019.", url: Some("http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/spring2019/inc/html/19.html") },
    Source { id: "S65", citation: "NHS National Services Scotland. FOI-000102: Scottish HSCT Network (2022).", url: Some("https://www.nss.nhs.scot/publications/foi-000102-scottish-hsct-network/foi-000102-scottish-hsct-network-html/") },
    Source { id: "S69", citation: "Cleveland Clinic. Bone marrow transplant: preventing infections (when to call).", url: Some("https://my.clevelandclinic.org/health/diseases/4511-bone-marrow-transplant-preventing-infections/living-with") },
];

#[cfg(not(target_arch = "wasm32"))]
const SEED_STATEMENTS: &[SeedStatement] = &[
    SeedStatement {
        seed: "The following information should not be relied on to suggest a course of treatment for a particular individual, and it should not be used in place of a visit, call, consultation or the advice of a physician or other qualified healthcare provider.",
        section: "notice",
        key_phrases: &["should not be relied on to suggest a course of treatment", "visit, call or consultation", "doctor or other qualified healthcare professional", "does not replace their advice"],
    },
    SeedStatement {
        seed: "There is continued need for more effective treatments for MS.",
        section: "why",
        key_phrases: &["still a need for more effective treatments"],
    },
    SeedStatement {
        seed: "Stem cell therapies are being explored as a potential way to address this unmet need.",
        section: "why",
        key_phrases: &["stem cell therapies are being explored as a possible way to meet this need"],
    },
    SeedStatement {
        seed: "The unique properties of stem cells make them promising candidates for treatments that can slow MS disease activity.",
        section: "why",
        key_phrases: &["unique properties", "promising candidates for treatments that can slow MS disease activity"],
    },
    SeedStatement {
        seed: "Autologous haematopoietic stem cell transplantation (aHSCT) is another type of treatment for MS.",
        section: "what-is-ahsct",
        key_phrases: &["autologous haematopoietic stem cell transplantation", "another type of treatment for MS"],
    },
    SeedStatement {
        seed: "Hematopoietic stem cells are a type of adult stem cell made in the bone marrow, which have the ability to produce the different cells found in the blood, including immune cells.",
        section: "stem-cells",
        key_phrases: &["type of adult stem cell made in the bone marrow", "produce the different cells found in the blood", "immune cells"],
    },
    SeedStatement {
        seed: "In aHSCT, stem cells from a person’s own bone marrow are collected and stored, while a significant portion of the rest of an individual’s immune cells are reduced by chemotherapy.",
        section: "what-is-ahsct",
        key_phrases: &["stem cells from your own bone marrow are collected and stored", "chemotherapy drugs reduce a large part of the rest of your immune cells"],
    },
    SeedStatement {
        seed: "Following chemotherapy, the stored stem cells are reintroduced into the body and over time they produce new cells that repopulate the body with all types of blood cells including immune cells.",
        section: "what-is-ahsct",
        key_phrases: &["stored stem cells are put back into your body", "over time, they make new cells", "all types of blood cells, including immune cells"],
    },
    SeedStatement {
        seed: "This treatment attempts to ‘reformat’ the person’s immune system, and stop the inflammation that contributes to active, relapsing MS or active, progressive MS.",
        section: "aims",
        key_phrases: &["attempts to ‘reformat’", "stop the inflammation that contributes to active, relapsing MS or active, progressive MS"],
    },
    SeedStatement {
        seed: "However, these stem cells are not able to regenerate damaged nerves or other parts of the brain and spinal cord.",
        section: "aims",
        key_phrases: &["cannot regenerate damaged nerves", "other damaged parts of the brain and spinal cord"],
    },
    SeedStatement {
        seed: "MS is a very varied disease and therefore this treatment is not suitable for all people nor all types of MS.",
        section: "suitability",
        key_phrases: &["very varied disease", "not suitable for all people, nor for all types of MS"],
    },
    SeedStatement {
        seed: "It is important to note that aHSCT is an intensive treatment with significant risks, including life-threatening for some people, and the chemotherapy itself has several known side effects.",
        section: "risks",
        key_phrases: &["intensive treatment with significant risks", "for some people, these risks are life-threatening", "chemotherapy itself has several known side effects"],
    },
    SeedStatement {
        seed: "Whilst aHSCT is considered to be a treatment for highly active MS in a few countries, the conditions under which it is made available may differ between, or even within, countries.",
        section: "availability",
        key_phrases: &["in a few countries, aHSCT is considered a treatment for highly active MS", "may differ between countries, or even within one country"],
    },
    SeedStatement {
        seed: "In some cases, even if aHSCT is approved for use, it may not be available due to lack of specialist expertise or resources.",
        section: "availability",
        key_phrases: &["even where aHSCT is approved, it may not be available", "not enough specialist expertise or resources"],
    },
    SeedStatement {
        seed: "Crucially, there is a need for further large, gold-standard, randomised controlled trials specifically for MS, which compare aHSCT to currently available MS therapies.",
        section: "research",
        key_phrases: &["large, gold-standard, randomised controlled trials", "specifically for MS", "compare aHSCT with MS treatments available today"],
    },
    SeedStatement {
        seed: "Read more about aHSCT here.",
        section: "read-more",
        key_phrases: &["Read more about aHSCT"],
    },
];

/// The fact sheet's glossary (section 6), in its order, in plain words.
const GLOSSARY: &[GlossaryTerm] = &[
    GlossaryTerm {
        id: "autologous",
        term: "Autologous",
        definition: para("Uses your own cells. The opposite, allogeneic, uses cells from a donor, which is not the usual approach for MS.", &["S2", "S24"]),
        forms: &["autologous"],
    },
    GlossaryTerm {
        id: "haematopoietic-stem-cells",
        term: "Haematopoietic stem cells (US spelling: hematopoietic)",
        definition: para("Early ‘parent’ cells that live mainly in the bone marrow, the spongy tissue inside some bones. They can develop into every type of blood cell, including red cells, platelets and immune (white) cells.", &["S2", "S24", "S29"]),
        forms: &["haematopoietic", "hematopoietic"],
    },
    GlossaryTerm {
        id: "mobilisation",
        term: "Mobilisation",
        definition: para("Using medicines to move stem cells out of the bone marrow into the blood, so that they can be collected.", &["S1", "S29"]),
        forms: &["mobilisation", "mobilised"],
    },
    GlossaryTerm {
        id: "g-csf",
        term: "G-CSF (filgrastim)",
        definition: para("A man-made version of a natural growth factor, given as injections. It boosts the making of white cells and helps release stem cells into the blood.", &["S51", "S57"]),
        forms: &["g-csf", "filgrastim"],
    },
    GlossaryTerm {
        id: "apheresis",
        term: "Apheresis (leukapheresis, or ‘harvest’)",
        definition: para("Collecting stem cells by passing blood through a machine. The machine keeps the stem cells and returns the rest of the blood.", &["S29", "S50"]),
        forms: &["apheresis", "leukapheresis"],
    },
    GlossaryTerm {
        id: "cd34",
        term: "CD34+ cells",
        definition: para("The laboratory marker used to count collected stem cells. Teams aim for a minimum number for each kilogram of body weight.", &["S32", "S45"]),
        forms: &["cd34"],
    },
    GlossaryTerm {
        id: "cryopreservation",
        term: "Cryopreservation",
        definition: para("Freezing cells under controlled conditions, so that they survive storage and can be thawed later.", &["S7", "S59"]),
        forms: &["cryopreservation"],
    },
    GlossaryTerm {
        id: "conditioning",
        term: "Conditioning",
        definition: para("The high-dose chemotherapy given before the stem cells are returned, sometimes with antibody medicines such as ATG. It removes all or much of the existing immune system.", &["S1", "S16", "S35"]),
        forms: &["conditioning"],
    },
    GlossaryTerm {
        id: "myeloablative",
        term: "Myeloablative and non-myeloablative",
        definition: para("Myeloablative conditioning wipes out the bone marrow and immune system completely. Non-myeloablative, or lower-intensity, conditioning does this only in part.", &["S1", "S57"]),
        forms: &["myeloablative", "non-myeloablative"],
    },
    GlossaryTerm {
        id: "cyclophosphamide",
        term: "Cyclophosphamide",
        definition: para("A chemotherapy drug used in many MS treatment plans. It is used both to move stem cells into the blood and for conditioning.", &["S16", "S31"]),
        forms: &["cyclophosphamide"],
    },
    GlossaryTerm {
        id: "atg",
        term: "ATG (anti-thymocyte globulin)",
        definition: para("An antibody medicine, often made in rabbits, that removes T-cells. T-cells are a type of immune cell. ATG is often combined with cyclophosphamide.", &["S16", "S37"]),
        forms: &["atg", "anti-thymocyte globulin"],
    },
    GlossaryTerm {
        id: "beam",
        term: "BEAM",
        definition: para("A higher-intensity combination of four chemotherapy drugs: carmustine (BCNU), etoposide, cytarabine and melphalan.", &["S27", "S32"]),
        forms: &["beam"],
    },
    GlossaryTerm {
        id: "day-0",
        term: "Day 0",
        definition: para("The day the stem cells are given back. Days before it are counted as minus days, and days after it as plus days.", &["S60"]),
        forms: &["day 0", "day zero"],
    },
    GlossaryTerm {
        id: "engraftment",
        term: "Engraftment",
        definition: para("When the returned stem cells have settled in the marrow and new blood cells start to appear in the blood. White cells appear first.", &["S61"]),
        forms: &["engraftment"],
    },
    GlossaryTerm {
        id: "neutropenia",
        term: "Neutropenia and febrile neutropenia",
        definition: para("A very low level of neutrophils, the white cells that fight infection. Febrile means with a fever, which needs urgent treatment.", &["S20", "S61"]),
        forms: &["neutropenia", "neutropenic"],
    },
    GlossaryTerm {
        id: "immune-reconstitution",
        term: "Immune reconstitution",
        definition: para("The gradual rebuilding of the immune system over the months after the transplant.", &["S15", "S47"]),
        forms: &["immune reconstitution"],
    },
    GlossaryTerm {
        id: "dmt",
        term: "Disease-modifying therapy (DMT)",
        definition: para("A medicine taken long-term to reduce MS relapses and slow MS activity. High-efficacy DMTs include natalizumab, alemtuzumab, ocrelizumab, ofatumumab and cladribine.", &["S1", "S35"]),
        forms: &["dmt", "dmts", "disease-modifying therapy", "disease-modifying therapies"],
    },
    GlossaryTerm {
        id: "relapse",
        term: "Relapse",
        definition: para("A distinct episode of new or worsening MS symptoms, caused by inflammation. It is followed by full or partial recovery.", &["S3", "S15"]),
        forms: &["relapse", "relapses"],
    },
    GlossaryTerm {
        id: "ms-types",
        term: "RRMS, SPMS and PPMS",
        definition: para("Relapsing-remitting MS (RRMS) has attacks followed by recovery. Secondary progressive MS (SPMS) steadily worsens after an earlier relapsing phase. Primary progressive MS (PPMS) steadily worsens from the start.", &["S11"]),
        forms: &["rrms", "spms", "ppms", "relapsing-remitting", "secondary progressive", "primary progressive"],
    },
    GlossaryTerm {
        id: "gadolinium",
        term: "Gadolinium-enhancing lesion",
        definition: para("An area of active inflammation that lights up on an MRI scan after an injection of contrast dye.", &["S11", "S19"]),
        forms: &["gadolinium", "gadolinium-enhancing"],
    },
    GlossaryTerm {
        id: "edss",
        term: "EDSS (Expanded Disability Status Scale)",
        definition: para("The standard 0 to 10 scale doctors use to score MS disability. Higher scores mean more disability.", &["S11", "S16"]),
        forms: &["edss", "expanded disability status scale"],
    },
    GlossaryTerm {
        id: "neda",
        term: "NEDA (no evidence of disease activity)",
        definition: para("A treatment goal: no relapses, no worsening of disability and no new MRI activity over a given time.", &["S11"]),
        forms: &["neda", "no evidence of disease activity"],
    },
    GlossaryTerm {
        id: "trm",
        term: "Treatment-related mortality (TRM)",
        definition: para("Deaths caused by the treatment itself, rather than by MS.", &["S17"]),
        forms: &["trm", "treatment-related mortality"],
    },
    GlossaryTerm {
        id: "secondary-autoimmunity",
        term: "Secondary autoimmunity",
        definition: para("A new autoimmune condition, such as thyroid disease, that appears after treatment.", &["S1", "S25"]),
        forms: &["secondary autoimmunity", "new autoimmune condition", "new autoimmune conditions"],
    },
    GlossaryTerm {
        id: "jacie",
        term: "JACIE",
        definition: para("An accreditation body that inspects transplant centres against quality and safety standards. Two groups run it jointly. One of them is EBMT, which keeps a record of transplants in Europe.", &["S2", "S5", "S11"]),
        forms: &["jacie"],
    },
];

const CELL_EXPLORER: CellExplorerText = CellExplorerText {
    heading: "Explore the cells your stem cells make",
    intro: "Choose a cell to see what it is and what aHSCT means for it.",
    in_ahsct_heading: "What aHSCT means for it",
    show_all: "Show all cells as a list",
    show_one: "Show one cell at a time",
    showing: "Showing: {name}",
    marrow_label: "Bone marrow",
    blood_label: "Blood",
    cells: &[
        Cell {
            id: "stem-cell",
            name: "Blood-forming stem cell",
            label: "Stem cell",
            about: &[para(
                "A [[blood-forming stem cell|haematopoietic-stem-cells]] lives mainly in the bone marrow. It can make every type of blood cell.",
                &["S2", "S24", "S29"],
            )],
            in_ahsct: &[
                para(
                    "Medicines move these stem cells into the blood, where they are collected. In most centres, they are then frozen and stored.",
                    &["S1", "S7", "S29", "S45"],
                ),
                para(
                    "After the chemotherapy, they are given back. They settle in the marrow and rebuild your blood and immune cells.",
                    &["S29", "S37", "S61"],
                ),
            ],
        },
        Cell {
            id: "red-cells",
            name: "Red cells",
            label: "Red cells",
            about: &[para(
                "Red cells are one of the kinds of blood cell that the stem cells make.",
                &["S2", "S24", "S29"],
            )],
            in_ahsct: &[
                para(
                    "After high-dose chemotherapy, blood counts can fall very low for a while.",
                    &["S15"],
                ),
                para(
                    "Your team checks your blood often. They may give you a blood transfusion if it is needed.",
                    &["S61", "S62"],
                ),
            ],
        },
        Cell {
            id: "platelets",
            name: "Platelets",
            label: "Platelets",
            about: &[para(
                "Platelets are another kind of blood cell that the stem cells make.",
                &["S2", "S24", "S29"],
            )],
            in_ahsct: &[
                para("During the chemotherapy, you may bleed or bruise more easily.", &["S1"]),
                para(
                    "Your team checks your blood often, and may give transfusions if needed.",
                    &["S61", "S62"],
                ),
                para(
                    "Some people later develop ITP, a condition with low platelets.",
                    &["S22"],
                ),
            ],
        },
        Cell {
            id: "white-cells",
            name: "White cells (immune cells)",
            label: "White cells",
            about: &[
                para(
                    "White cells are also called immune cells. The stem cells make them too.",
                    &["S2", "S24", "S29"],
                ),
                para(
                    "In MS, some immune cells are thought to drive the disease.",
                    &["S1", "S7", "S35"],
                ),
            ],
            in_ahsct: &[
                para(
                    "The chemotherapy removes all or much of your immune system, including the cells thought to drive MS.",
                    &["S1", "S7", "S35"],
                ),
                para(
                    "The returned stem cells then rebuild it slowly, over many months. This is called [[immune reconstitution|immune-reconstitution]].",
                    &["S1", "S7", "S15", "S47"],
                ),
                para(
                    "Protection from earlier vaccines fades after treatment. So transplant teams give some vaccines again.",
                    &["S42"],
                ),
            ],
        },
        Cell {
            id: "neutrophils",
            name: "Neutrophils",
            label: "Neutrophils",
            about: &[para("Neutrophils are white cells that fight infection.", &["S20", "S61"])],
            in_ahsct: &[
                para(
                    "After the chemotherapy, they fall very low. This is called [[neutropenia|neutropenia]], and the risk of infection is high.",
                    &["S61", "S62"],
                ),
                para("A fever at this time needs urgent treatment.", &["S20", "S61"]),
                para(
                    "White cells are the first new blood cells to appear again. This is part of [[engraftment|engraftment]].",
                    &["S61"],
                ),
            ],
        },
        Cell {
            id: "t-cells",
            name: "T-cells",
            label: "T-cells",
            about: &[para("T-cells are a type of immune cell.", &["S16", "S37"])],
            in_ahsct: &[
                para(
                    "Some treatment plans add [[ATG|atg]], an antibody medicine that removes T-cells.",
                    &["S16", "S37"],
                ),
                para(
                    "Like other immune cells, they are rebuilt slowly over the months after treatment.",
                    &["S1", "S7", "S47"],
                ),
            ],
        },
    ],
};

const CAN_AND_CANNOT: CanAndCannot = CanAndCannot {
    can_heading: "What aHSCT aims to do",
    can: &[
        para("It attempts to ‘reformat’, or reset, your immune system.", &[]),
        para(
            "It aims to stop the inflammation that contributes to active, relapsing MS or active, progressive MS.",
            &[],
        ),
        para(
            "The chemotherapy removes all or much of the immune system, including the cells thought to drive MS.",
            &["S1", "S7", "S35"],
        ),
        para("Over time, the returned stem cells make new blood and immune cells.", &["S29", "S37"]),
    ],
    cannot_heading: "What aHSCT cannot do",
    cannot: &[
        para("These stem cells cannot regenerate damaged nerves.", &[]),
        para("They cannot repair other damaged parts of the brain and spinal cord either.", &[]),
        para("Where disability improves after treatment, the improvement does not always last.", &["S1"]),
        para("It is not suitable for everyone with MS, nor for every type of MS.", &["S1", "S21"]),
    ],
};

const TRIALS: TrialsText = TrialsText {
    heading: "Newer randomised trials",
    where_label: "Where",
    compared_with_label: "Compared with",
    status_label: "Status, as last reported",
    trials: &[
        Trial {
            name: "StarMS",
            country: para("The UK, at 19 hospitals.", &["S35"]),
            comparison: para(
                "High-efficacy DMTs: alemtuzumab, ocrelizumab, ofatumumab or cladribine.",
                &["S35"],
            ),
            status_text: para(
                "Planned for 198 people. The MS Trust said recruiting finished in November 2024, with 94 people, and results were expected in July 2027. We do not know when its page was last updated.",
                &["S4", "S35"],
            ),
            #[cfg(not(target_arch = "wasm32"))]
            status: TrialStatus::RecruitmentFinished,
            #[cfg(not(target_arch = "wasm32"))]
            status_date: StatusDate::RecordDateUnknown { since: "November 2024" },
        },
        Trial {
            name: "BEAT-MS",
            country: para("The United States. Its UK part is registered with the NHS Health Research Authority.", &["S33"]),
            comparison: para("The best available treatment: high-efficacy DMTs.", &["S33"]),
            status_text: para(
                "Planned for 156 people, each followed for 6 years. As of March 2023, its entry on ClinicalTrials.gov, a public list of trials, said it was recruiting. This may have changed since.",
                &["S33"],
            ),
            #[cfg(not(target_arch = "wasm32"))]
            status: TrialStatus::Recruiting,
            #[cfg(not(target_arch = "wasm32"))]
            status_date: StatusDate::RecordedIn("March 2023"),
        },
        Trial {
            name: "RAM-MS",
            country: para(
                "Led from Norway, with people taking part in Denmark, the Netherlands, Norway and Sweden.",
                &["S34"],
            ),
            comparison: para("Alemtuzumab, cladribine or ocrelizumab.", &["S34"]),
            status_text: para(
                "Planned for 100 people. As of June 2025, a listing said it was no longer recruiting, but still running.",
                &["S34"],
            ),
            #[cfg(not(target_arch = "wasm32"))]
            status: TrialStatus::NotRecruiting,
            #[cfg(not(target_arch = "wasm32"))]
            status_date: StatusDate::RecordedIn("June 2025"),
        },
    ],
};

const QUESTIONS: QuestionsText = QuestionsText {
    privacy: "Your list stays in this browser, on this device. It is never sent anywhere.",
    suggested_heading: "Suggested questions",
    groups: &[
        QuestionGroup {
            heading: "Before deciding",
            questions: &[
                SuggestedQuestion {
                    id: "likely-to-help",
                    text: "How likely is aHSCT to help me, given my type of MS and my recent [[relapses|relapse]] and MRI results? Do my age and how long I’ve had MS make a difference? How does it compare with the high-efficacy drugs I haven’t tried yet?",
                },
                SuggestedQuestion {
                    id: "centre-experience",
                    text: "How many people with MS has your centre treated? Is it accredited by [[JACIE|jacie]], or similar? What are your own rates of complications and deaths?",
                },
                SuggestedQuestion {
                    id: "fertility",
                    text: "How could this affect my fertility, or bring on early menopause? Can I be referred for egg, embryo, ovarian tissue or sperm storage before starting?",
                },
                SuggestedQuestion {
                    id: "trial-still-open",
                    text: "Is there an aHSCT trial still open that I could join? What would taking part involve?",
                },
                SuggestedQuestion {
                    id: "abroad",
                    text: "If I am thinking about treatment abroad, who would look after me afterwards? What would happen if problems came up once I’m home?",
                },
                SuggestedQuestion {
                    id: "expectations",
                    text: "What can I realistically expect, given the damage I already have? Might my MS stay stable, get somewhat better, or neither?",
                },
            ],
        },
        QuestionGroup {
            heading: "About the treatment",
            questions: &[
                SuggestedQuestion {
                    id: "regimen",
                    text: "Which [[conditioning|conditioning]] treatment does your centre use? Is it higher or lower intensity, and why that one for me?",
                },
                SuggestedQuestion {
                    id: "timeline",
                    text: "What does your timeline look like, from first assessment to going home? How many days or weeks will I spend in hospital?",
                },
                SuggestedQuestion {
                    id: "mobilisation",
                    text: "To move my stem cells into the blood, will I have chemotherapy plus [[G-CSF|g-csf]], or G-CSF alone? What side effects should I expect then?",
                },
                SuggestedQuestion {
                    id: "current-medicine",
                    text: "Will I need to stop my current MS medicine beforehand? Will I take any MS medicine afterwards?",
                },
            ],
        },
        QuestionGroup {
            heading: "About recovery",
            questions: &[
                SuggestedQuestion {
                    id: "infections",
                    text: "Which infections am I most at risk of, and for how long? What precautions and medicines will I need at home?",
                },
                SuggestedQuestion {
                    id: "monitoring",
                    text: "Which long-term problems will you check for, such as thyroid disease, low platelets or shingles? How often, and for how many years?",
                },
                SuggestedQuestion {
                    id: "vaccines",
                    text: "Which vaccines will I need to have again, and when?",
                },
                SuggestedQuestion {
                    id: "rehabilitation",
                    text: "What rehabilitation and support will I get? When might I realistically return to work, driving or childcare?",
                },
                SuggestedQuestion {
                    id: "not-working",
                    text: "What would count as the treatment ‘not working’? What are my options if my MS becomes active again?",
                },
            ],
        },
    ],
    list_heading: "Your list",
    empty: "Your list is empty. Tick a question above, or add your own below.",
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove",
    question_word: "question",
    add_label: "Add your own question",
    add_hint: "Up to {max} characters.",
    add_button: "Add to my list",
    add_empty_error: "Type a question first.",
    error_prefix: "Error:",
    print: "Print my list",
    copy: "Copy my list",
    clear: "Clear my list",
    clear_confirm: "Clear every question from your list? This cannot be undone.",
    clear_yes: "Yes, clear my list",
    clear_no: "No, keep my list",
    cleared: "Your list is cleared.",
    added: "Added to your list.",
    removed: "Removed from your list.",
    moved: "Moved to place {n}.",
    copied: "Your list is copied. You can paste it into an email or a note.",
    copy_yourself: "This browser did not let the page copy. Select this text and copy it yourself:",
    printed_title: "Questions for my MS team",
    unreadable: "An earlier list saved in this browser could not be read, so a new list has started. The earlier list is still kept in this browser.",
    show_earlier: "Show the earlier list",
    earlier_label: "The earlier list, as it was saved. You can copy your questions from it:",
    delete_earlier: "Delete the earlier list",
    cannot_save: "Your list cannot be saved on this device, so it lasts for this visit only. To keep it, print or copy it before you leave.",
    changed_elsewhere: "Your list was changed in another tab by a newer version of this page. That list is kept as it is, so changes here are not saved.",
    // Its words named trials that are no longer recruiting (issue 10).
    replaced: &[("trials", "trial-still-open")],
};
