//! The explainer's structure: which sections, steps, cells, terms and
//! questions there are, in what order, and which sources back each
//! paragraph. The words come from the language's Fluent files
//! (`content/<lang>/*.ftl`), one key per text unit; this file names the keys.
//!
//! Every medical statement comes from `content/seed.txt` (the source text) or
//! `content/facts.md` (the vetted fact sheet), and cites the fact sheet's
//! source codes. Style: `content/style.md`.
//!
//! A new paragraph gets a new key: never reuse a key for other words, or
//! translations of the old words would show in its place.

use super::publisher::Publisher;
use super::words::Words;
use crate::content::model::*;

/// The page's data lives as long as the build that renders it.
fn leak<T>(items: Vec<T>) -> &'static [T] {
    Vec::leak(items)
}

pub fn content(
    t: &Words,
    publisher: &Publisher,
    review: Review,
    language: &'static str,
    lang: &'static str,
) -> Content {
    // Shown in a section and in a step, so read first, from sections.ftl.
    let call_team = call_team(t);
    // The rest in the order written: the words of page.ftl, then each file's.
    t.file("page.ftl");
    let review = Review { publisher: publisher.name, ..review };
    let glossary_more = t.text("glossary-more");
    let glossary_about = t.text("glossary-about");
    let glossary_close = t.text("glossary-close");
    let glossary_close_about = t.text("glossary-close-about");
    Content {
        lang,
        language: language_text(t, language),
        shell: shell(t),
        labels: labels(t),
        sections: sections(t, call_team),
        steps: steps(t, call_team),
        read_more: Link { label: publisher.read_more_label, url: publisher.read_more_url },
        sources: sources(t),
        review,
        #[cfg(not(target_arch = "wasm32"))]
        seed_statements: &[],
        glossary: glossary(t),
        glossary_more,
        glossary_about,
        glossary_close,
        glossary_close_about,
        cell_explorer: cell_explorer(t),
        can_and_cannot: can_and_cannot(t),
        trials: trials(t),
        questions: questions(t),
        my_dates: my_dates(t),
        country: None,
    }
}

/// The source language: the one that is not a translation.
pub const SOURCE_LANGUAGE: &str = "en";

/// Languages written right to left, by their folder's name.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "he", "ur"];

fn language_text(t: &Words, code: &'static str) -> LanguageText {
    t.file("page.ftl");
    LanguageText {
        code,
        name: t.text("language-name"),
        right_to_left: RIGHT_TO_LEFT.contains(&code),
        translation_status: (code != SOURCE_LANGUAGE).then(|| t.text("translation-status")),
        others_label: t.text("languages-label"),
        kept: t.text("languages-kept"),
        // Filled in once every language of the build is read (`loading::load_all`).
        all: &[],
    }
}

fn shell(t: &Words) -> ShellText {
    t.file("page.ftl");
    ShellText {
        title: t.text("page-title"),
        description: t.text("page-description"),
        startup_problem: t.text("startup-problem"),
        app_problem: t.text("app-problem"),
        app_problem_reload: t.text("app-problem-reload"),
    }
}

fn labels(t: &Words) -> Labels {
    t.file("page.ftl");
    Labels {
        site_title: t.text("site-title"),
        site_tagline: t.text("site-tagline"),
        skip_link: t.text("skip-link"),
        notice_link: t.text("notice-link"),
        notice_line: t.text("notice-line"),
        opens_in_new_tab: t.text("opens-in-new-tab"),
        contents_heading: t.text("contents-heading"),
        short_version_heading: t.text("short-version-heading"),
        short_version_link: t.plural_leaked("short-version-link", &["minutes"], "minutes"),
        short_version_intro: t.text("short-version-intro"),
        short_questions_link: t.text("short-questions-link"),
        full_page_link: t.plural_leaked("full-page-link", &["minutes"], "minutes"),
        in_short: t.text("in-short"),
        source_word: t.text("source-word"),
        timeline_label: t.text("timeline-label"),
        steps_list_label: t.text("steps-list-label"),
        steps_list_toggle: t.text("steps-list-toggle"),
        step_count: t.template("step-count", &["n", "total"]),
        all_steps_count: t.text("all-steps-count"),
        previous: t.text("previous"),
        previous_button_name: t.text("previous-button-name"),
        next_button_name: t.text("next-button-name"),
        next: t.text("next"),
        previous_step: t.text("previous-step"),
        next_step: t.text("next-step"),
        show_all: t.text("show-all"),
        show_one: t.text("show-one"),
        keys_hint: t.text("keys-hint"),
        medical_name: t.text("medical-name"),
        what_happens: t.text("what-happens"),
        why: t.text("why"),
        timing: t.text("timing"),
        may_notice: t.text("may-notice"),
        picture_heading: t.text("picture-heading"),
        marrow: t.text("marrow"),
        blood: t.text("blood"),
        store: t.text("store"),
        picture_zone_empty: t.text("picture-zone-empty"),
        curve_title: t.text("curve-title"),
        curve_disclaimer: t.text("curve-disclaimer"),
        curve_summary: t.text("curve-summary"),
        curve_usual: t.text("curve-usual"),
        curve_low: t.text("curve-low"),
        curve_you_are_here: t.text("curve-you-are-here"),
        reviewed: t.text("reviewed"),
        next_review: t.text("next-review"),
        reviewed_before_changes: t.template("reviewed-before-changes", &["date"]),
        signed_off: t.template("signed-off", &["publisher", "date"]),
        published_by: t.text("published-by"),
        back_to_top: t.text("back-to-top"),
        back_to_text: t.text("back-to-text"),
        embed_sources: t.text("embed-sources"),
        open_full_page: t.text("open-full-page"),
        shared_by: t.text("shared-by"),
        copy_link: t.text("copy-link"),
        link_copied: t.text("link-copied"),
        copy_link_yourself: t.text("copy-link-yourself"),
        settings: SettingsLabels {
            open: t.text("settings-open"),
            text_size: t.text("settings-text-size"),
            sizes: [t.text("settings-size-1"), t.text("settings-size-2"), t.text("settings-size-3")],
            more_line_spacing: t.text("settings-more-line-spacing"),
            reset: t.text("settings-reset"),
            kept_here: t.text("settings-kept-here"),
            not_kept: t.text("settings-not-kept"),
        },
        listen: ListenLabels {
            page: t.text("listen-page"),
            part: t.text("listen-part"),
            step: t.text("listen-step"),
            short: t.text("listen-short"),
            controls: t.text("listen-controls"),
            pause: t.text("listen-pause"),
            resume: t.text("listen-resume"),
            stop: t.text("listen-stop"),
            speed: t.text("listen-speed"),
            speeds: [t.text("listen-speed-1"), t.text("listen-speed-2"), t.text("listen-speed-3")],
            reading: t.text("listen-reading"),
            paused: t.text("listen-paused"),
            finished: t.text("listen-finished"),
            failed: t.text("listen-failed"),
            no_voice: t.text("listen-no-voice"),
        },
    }
}

fn sections(t: &Words, call_team: CallTeam) -> &'static [Section] {
    t.file("sections.ftl");
    leak(vec![
        Section {
            id: "notice",
            heading: t.text("notice-heading"),
            in_short: t.text("notice-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("notice-para-1"), leak(vec![]))),
                Block::Para(para(t.text("notice-para-2"), leak(vec![]))),
            ]),
            kind: SectionKind::Notice,
        },
        Section {
            id: "what-is-ahsct",
            heading: t.text("what-is-ahsct-heading"),
            in_short: t.text("what-is-ahsct-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("what-is-ahsct-para-1"), &["S2", "S24"])),
                Block::Para(para(t.text("what-is-ahsct-para-2"), leak(vec![]))),
                Block::Para(para(t.text("what-is-ahsct-para-3"), &["S1", "S8", "S29"])),
                Block::Para(para(t.text("what-is-ahsct-para-4"), leak(vec![]))),
                Block::Para(para(t.text("what-is-ahsct-para-5"), &["S29", "S37"])),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "aims",
            heading: t.text("aims-heading"),
            in_short: t.text("aims-in-short"),
            body: leak(vec![Block::Para(para(t.text("aims-para-1"), &["S11"]))]),
            kind: SectionKind::CanAndCannot,
        },
        Section {
            id: "suitability",
            heading: t.text("suitability-heading"),
            in_short: t.text("suitability-in-short"),
            body: leak(vec![
                Block::Para(dated(t.text("suitability-para-1"), &["S1", "S12", "S35"], AsOf::Published("2019"))),
                Block::Para(dated(t.text("suitability-para-2"), &["S11"], AsOf::Published("2020"))),
                Block::Para(para(t.text("suitability-para-3"), &["S1"])),
                Block::List(leak(vec![
                    para(t.text("suitability-para-4"), &["S1"]),
                    para(t.text("suitability-para-5"), &["S1"]),
                    para(t.text("suitability-para-6"), &["S1"]),
                ])),
                Block::Para(para(t.text("suitability-para-7"), &["S11", "S16"])),
                Block::Para(para(t.text("suitability-para-8"), &["S21"])),
                Block::Para(para(t.text("suitability-para-9"), &["S21", "S22"])),
                Block::Para(para(t.text("suitability-para-10"), &["S1"])),
                Block::Para(para(t.text("suitability-para-11"), &["S1"])),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "risks",
            heading: t.text("risks-heading"),
            in_short: t.text("risks-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("risks-para-1"), &["S11"])),
                Block::Para(para(t.text("risks-para-2"), &["S1"])),
                Block::Para(para(t.text("risks-para-3"), leak(vec![]))),
                Block::List(leak(vec![
                    para(t.text("risks-para-4"), &["S15"]),
                    para(t.text("risks-para-5"), &["S1", "S7"]),
                    para(t.text("risks-para-6"), &["S15"]),
                    para(t.text("risks-para-7"), &["S15"]),
                ])),
                Block::Para(para(t.text("risks-para-8"), &["S1", "S7", "S20"])),
                Block::Para(para(t.text("risks-para-10"), &["S1", "S36", "S38"])),
                Block::Para(para(t.text("risks-para-11"), &["S25"])),
                Block::Para(para(t.text("risks-para-12"), &["S22"])),
                Block::Para(para(t.text("risks-para-13"), &["S19"])),
                Block::Para(para(t.text("risks-para-14"), &["S17"])),
                Block::Para(para(t.text("risks-para-15"), &["S17"])),
                Block::Para(para(t.text("risks-para-16"), &["S13", "S17"])),
                Block::Para(para(t.text("risks-para-21"), &["S16", "S19", "S22"])),
                Block::Para(para(t.text("risks-para-17"), &["S13"])),
                Block::Para(para(t.text("risks-para-18"), &["S5"])),
                Block::Para(para(t.text("risks-para-19"), &["S14"])),
                Block::Para(para(t.text("risks-para-20"), &["S14"])),
                // Last, under its own heading: what follows a heading is read as its part.
                Block::CallTeam(call_team),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "timeline",
            heading: t.text("timeline-heading"),
            in_short: t.text("timeline-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("timeline-para-1"), &["S24"])),
                Block::Para(para(t.text("timeline-para-2"), &["S8", "S12"])),
            ]),
            kind: SectionKind::Timeline,
        },
        Section {
            id: "stem-cells",
            heading: t.text("stem-cells-heading"),
            in_short: t.text("stem-cells-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("stem-cells-para-1"), &["S2", "S24", "S29"])),
                Block::Para(para(t.text("stem-cells-para-2"), &["S24", "S29"])),
                Block::Para(para(t.text("stem-cells-para-3"), &["S2", "S24", "S29"])),
                Block::Para(para(t.text("stem-cells-para-4"), &["S1", "S8", "S29"])),
                Block::Para(para(t.text("stem-cells-para-5"), leak(vec![]))),
            ]),
            kind: SectionKind::CellExplorer,
        },
        Section {
            id: "why",
            heading: t.text("why-heading"),
            in_short: t.text("why-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("why-para-1"), leak(vec![]))),
                Block::Para(para(t.text("why-para-2"), &["S11", "S15"])),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "availability",
            heading: t.text("availability-heading"),
            in_short: t.text("availability-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("availability-para-1"), &["S1", "S21", "S65"])),
                Block::Para(para(t.text("availability-para-2"), leak(vec![]))),
                Block::Para(para(t.text("availability-para-3"), &["S2", "S6", "S11"])),
                Block::Para(dated(t.text("availability-para-4"), &["S20"], AsOf::Published("2024"))),
                Block::Para(dated(t.text("availability-para-5"), &["S1", "S41"], AsOf::Recorded("February 2019"))),
                Block::Para(para(t.text("availability-para-6"), &["S5"])),
                Block::Para(para(t.text("availability-para-7"), &["S5", "S54", "S55", "S64"])),
                Block::List(leak(vec![
                    para(t.text("availability-para-8"), &["S5"]),
                    para(t.text("availability-para-9"), &["S5"]),
                    para(t.text("availability-para-10"), &["S5"]),
                    para(t.text("availability-para-11"), &["S5"]),
                    para(t.text("availability-para-12"), &["S5"]),
                ])),
                Block::Para(para(t.text("availability-para-13"), &["S5"])),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "evidence",
            heading: t.text("evidence-heading"),
            in_short: t.text("evidence-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("evidence-para-1"), leak(vec![]))),
                Block::Para(para(t.text("evidence-para-2"), &["S11"])),
                Block::List(leak(vec![
                    para(t.text("evidence-para-3"), &["S17"]),
                    para(t.text("evidence-para-4"), &["S28"]),
                    para(t.text("evidence-para-5"), &["S20"]),
                    para(t.text("evidence-para-6"), &["S20"]),
                    para(t.text("evidence-para-7"), &["S22"]),
                    para(t.text("evidence-para-8"), &["S18"]),
                    para(t.text("evidence-para-9"), &["S26"]),
                ])),
                Block::Para(para(t.text("evidence-para-10"), &["S17", "S22", "S27"])),
                Block::Para(para(t.text("evidence-para-11"), &["S17"])),
                Block::Para(para(t.text("evidence-para-12"), &["S12"])),
            ]),
            kind: SectionKind::Prose,
        },
        Section {
            id: "research",
            heading: t.text("research-heading"),
            in_short: t.text("research-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("research-para-1"), &["S16"])),
                Block::Para(para(t.text("research-para-2"), &["S16"])),
                Block::Para(para(t.text("research-para-3"), &["S16"])),
                Block::Para(para(t.text("research-para-4"), &["S16", "S35"])),
                Block::Para(para(t.text("research-para-5"), &["S33", "S34", "S35"])),
            ]),
            kind: SectionKind::Trials,
        },
        Section {
            id: "questions",
            heading: t.text("questions-heading"),
            in_short: t.text("questions-in-short"),
            body: leak(vec![Block::Para(para(t.text("questions-para-1"), leak(vec![])))]),
            kind: SectionKind::Questions,
        },
        Section {
            id: "read-more",
            heading: t.text("read-more-heading"),
            in_short: t.text("read-more-in-short"),
            body: leak(vec![]),
            kind: SectionKind::ReadMore,
        },
        Section {
            id: "glossary",
            heading: t.text("glossary-heading"),
            in_short: t.text("glossary-in-short"),
            body: leak(vec![]),
            kind: SectionKind::Glossary,
        },
        Section {
            id: "sources",
            heading: t.text("sources-heading"),
            in_short: t.text("sources-in-short"),
            body: leak(vec![
                Block::Para(para(t.text("sources-para-1"), leak(vec![]))),
                Block::Para(para(t.text("sources-para-2"), leak(vec![]))),
            ]),
            kind: SectionKind::Sources,
        },
    ])
}

fn steps(t: &Words, call_team: CallTeam) -> &'static [Step] {
    t.file("timeline.ftl");
    leak(vec![
        Step {
            id: "assessment",
            title: t.text("step-assessment-title"),
            in_short: t.text("step-assessment-in-short"),
            medical_name: Some(t.text("step-assessment-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-assessment-what-happens-1"), &["S1", "S21", "S41"]),
                dated(t.text("step-assessment-what-happens-2"), &["S11"], AsOf::Published("2020")),
                para(t.text("step-assessment-what-happens-3"), &["S3", "S13"]),
                para(t.text("step-assessment-what-happens-4"), &["S52"]),
            ]),
            why: leak(vec![
                para(t.text("step-assessment-why-1"), &["S1", "S41"]),
                para(t.text("step-assessment-why-2"), &["S36", "S38", "S40"]),
                para(t.text("step-assessment-why-3"), &["S40"]),
                dated(t.text("step-assessment-why-4"), &["S15"], AsOf::Published("2020")),
            ]),
            timing: leak(vec![para(t.text("step-assessment-timing-1"), &["S33"])]),
            may_notice: leak(vec![para(t.text("step-assessment-may-notice-1"), &["S30"])]),
            call_team: None,
            scene: StemCellScene::InMarrow,
            scene_text: t.text("step-assessment-scene-text"),
            immune_level: 100,
            immune_text: t.text("step-assessment-immune-text"),
        },
        Step {
            id: "mobilisation",
            title: t.text("step-mobilisation-title"),
            in_short: t.text("step-mobilisation-in-short"),
            medical_name: Some(t.text("step-mobilisation-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-mobilisation-what-happens-1"), &["S1", "S8", "S29"]),
                para(t.text("step-mobilisation-what-happens-2"), &["S26", "S27", "S31", "S32"]),
                para(t.text("step-mobilisation-what-happens-3"), &["S51", "S57"]),
            ]),
            why: leak(vec![
                para(t.text("step-mobilisation-why-1"), &["S1", "S8", "S29"]),
                para(t.text("step-mobilisation-why-2"), &["S8"]),
            ]),
            timing: leak(vec![
                para(t.text("step-mobilisation-timing-1"), &["S1"]),
                para(t.text("step-mobilisation-timing-2"), &["S7", "S8"]),
            ]),
            may_notice: leak(vec![
                para(t.text("step-mobilisation-may-notice-1"), &["S1"]),
                para(t.text("step-mobilisation-may-notice-2"), &["S56"]),
                para(t.text("step-mobilisation-may-notice-3"), &["S56"]),
                para(t.text("step-mobilisation-may-notice-4"), &["S31"]),
            ]),
            call_team: None,
            scene: StemCellScene::MarrowToBlood,
            scene_text: t.text("step-mobilisation-scene-text"),
            immune_level: 80,
            immune_text: t.text("step-mobilisation-immune-text"),
        },
        Step {
            id: "collection",
            title: t.text("step-collection-title"),
            in_short: t.text("step-collection-in-short"),
            medical_name: Some(t.text("step-collection-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-collection-what-happens-1"), &["S1", "S29", "S50"]),
                para(t.text("step-collection-what-happens-2"), &["S50", "S51", "S57"]),
                para(t.text("step-collection-what-happens-3"), &["S32", "S45"]),
            ]),
            why: leak(vec![para(t.text("step-collection-why-1"), &["S7", "S47"])]),
            timing: leak(vec![
                para(t.text("step-collection-timing-1"), &["S1"]),
                para(t.text("step-collection-timing-2"), &["S31", "S50"]),
            ]),
            may_notice: leak(vec![
                para(t.text("step-collection-may-notice-1"), &["S50"]),
                para(t.text("step-collection-may-notice-2"), &["S50"]),
            ]),
            call_team: None,
            scene: StemCellScene::BloodToStore,
            scene_text: t.text("step-collection-scene-text"),
            immune_level: 88,
            immune_text: t.text("step-collection-immune-text"),
        },
        Step {
            id: "storage",
            title: t.text("step-storage-title"),
            in_short: t.text("step-storage-in-short"),
            medical_name: Some(t.text("step-storage-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-storage-what-happens-1"), &["S7", "S32", "S33", "S50"]),
                para(t.text("step-storage-what-happens-2"), &["S59"]),
                para(t.text("step-storage-what-happens-3"), &["S45"]),
            ]),
            why: leak(vec![para(t.text("step-storage-why-1"), leak(vec![]))]),
            timing: leak(vec![
                para(t.text("step-storage-timing-1"), &["S32"]),
                para(t.text("step-storage-timing-2"), &["S8"]),
            ]),
            may_notice: leak(vec![para(t.text("step-storage-may-notice-1"), &["S7", "S50"])]),
            call_team: None,
            scene: StemCellScene::InStore,
            scene_text: t.text("step-storage-scene-text"),
            immune_level: 92,
            immune_text: t.text("step-storage-immune-text"),
        },
        Step {
            id: "conditioning",
            title: t.text("step-conditioning-title"),
            in_short: t.text("step-conditioning-in-short"),
            medical_name: Some(t.text("step-conditioning-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-conditioning-what-happens-1"), &["S1", "S7", "S8", "S16", "S35", "S37", "S57"]),
                para(t.text("step-conditioning-what-happens-2"), &["S1", "S7", "S35"]),
                para(t.text("step-conditioning-what-happens-3"), &["S1", "S57"]),
                para(t.text("step-conditioning-what-happens-4"), &["S16", "S27", "S32", "S34", "S37"]),
            ]),
            why: leak(vec![para(t.text("step-conditioning-why-1"), &["S29", "S37"])]),
            timing: leak(vec![
                para(t.text("step-conditioning-timing-1"), &["S1", "S32", "S57"]),
                para(t.text("step-conditioning-timing-2"), &["S7", "S8"]),
            ]),
            may_notice: leak(vec![
                para(t.text("step-conditioning-may-notice-1"), &["S1", "S57"]),
                para(t.text("step-conditioning-may-notice-2"), &["S1"]),
                para(t.text("step-conditioning-may-notice-3"), &["S62"]),
            ]),
            call_team: None,
            scene: StemCellScene::InStoreDuringChemo,
            scene_text: t.text("step-conditioning-scene-text"),
            immune_level: 30,
            immune_text: t.text("step-conditioning-immune-text"),
        },
        Step {
            id: "reinfusion",
            title: t.text("step-reinfusion-title"),
            in_short: t.text("step-reinfusion-in-short"),
            medical_name: Some(t.text("step-reinfusion-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-reinfusion-what-happens-1"), &["S7", "S47"]),
                para(t.text("step-reinfusion-what-happens-2"), &["S47", "S60"]),
            ]),
            why: leak(vec![
                para(t.text("step-reinfusion-why-1"), &["S29", "S37"]),
                para(t.text("step-reinfusion-why-2"), leak(vec![])),
            ]),
            timing: leak(vec![para(t.text("step-reinfusion-timing-1"), &["S48", "S57"])]),
            may_notice: leak(vec![para(t.text("step-reinfusion-may-notice-1"), &["S1", "S7", "S61", "S62"])]),
            call_team: None,
            scene: StemCellScene::StoreToBlood,
            scene_text: t.text("step-reinfusion-scene-text"),
            immune_level: 5,
            immune_text: t.text("step-reinfusion-immune-text"),
        },
        Step {
            id: "hospital-recovery",
            title: t.text("step-hospital-recovery-title"),
            in_short: t.text("step-hospital-recovery-in-short"),
            medical_name: Some(t.text("step-hospital-recovery-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-hospital-recovery-what-happens-1"), &["S1", "S7", "S20", "S61", "S62"]),
                para(t.text("step-hospital-recovery-what-happens-2"), &["S61", "S62"]),
                para(t.text("step-hospital-recovery-what-happens-3"), &["S61"]),
            ]),
            why: leak(vec![para(t.text("step-hospital-recovery-why-1"), &["S61", "S62"])]),
            timing: leak(vec![
                para(t.text("step-hospital-recovery-timing-1"), &["S61"]),
                para(t.text("step-hospital-recovery-timing-2"), &["S7", "S8"]),
                para(t.text("step-hospital-recovery-timing-3"), &["S45"]),
            ]),
            may_notice: leak(vec![
                para(t.text("step-hospital-recovery-may-notice-1"), &["S20", "S61"]),
                para(t.text("step-hospital-recovery-may-notice-2"), &["S15"]),
            ]),
            call_team: None,
            scene: StemCellScene::BloodToMarrow,
            scene_text: t.text("step-hospital-recovery-scene-text"),
            immune_level: 5,
            immune_text: t.text("step-hospital-recovery-immune-text"),
        },
        Step {
            id: "follow-up",
            title: t.text("step-follow-up-title"),
            in_short: t.text("step-follow-up-in-short"),
            medical_name: Some(t.text("step-follow-up-medical-name")),
            what_happens: leak(vec![
                para(t.text("step-follow-up-what-happens-1"), &["S1", "S7", "S47"]),
                para(t.text("step-follow-up-what-happens-2"), &["S42"]),
                para(t.text("step-follow-up-what-happens-3"), &["S19", "S22", "S25"]),
                para(t.text("step-follow-up-what-happens-4"), &["S33"]),
                para(t.text("step-follow-up-what-happens-5"), &["S5"]),
            ]),
            why: leak(vec![
                para(t.text("step-follow-up-why-1"), &["S3", "S7"]),
                para(t.text("step-follow-up-why-2"), &["S15"]),
            ]),
            timing: leak(vec![
                para(t.text("step-follow-up-timing-1"), &["S47", "S54"]),
                para(t.text("step-follow-up-timing-2"), &["S43"]),
            ]),
            may_notice: leak(vec![
                para(t.text("step-follow-up-may-notice-4"), &["S38"]),
                para(t.text("step-follow-up-may-notice-5"), &["S38"]),
            ]),
            call_team: Some(call_team),
            scene: StemCellScene::MarrowMakingNewCells,
            scene_text: t.text("step-follow-up-scene-text"),
            immune_level: 75,
            immune_text: t.text("step-follow-up-immune-text"),
        },
    ])
}

fn call_team(t: &Words) -> CallTeam {
    t.file("sections.ftl");
    CallTeam {
        heading: t.text("call-team-heading"),
        paras: leak(vec![para(t.text("call-team-para-1"), &["S69"]), para(t.text("call-team-para-2"), &["S69"])]),
    }
}

/// Only the sources the text cites, in the order of the fact sheet's list.
/// The numbers readers see are places in this list.
fn sources(t: &Words) -> &'static [Source] {
    t.file("sources.ftl");
    leak(vec![
    Source { id: "S1", citation: t.text("source-S1"), note: None, url: Some("https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect") },
    Source { id: "S2", citation: t.text("source-S2"), note: None, url: Some("https://ms-uk.org/hsct-choices-booklet/") },
    Source { id: "S3", citation: t.text("source-S3"), note: Some(t.text("source-S3-note")), url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6510794") },
    Source { id: "S4", citation: t.text("source-S4"), note: None, url: Some("https://mstrust.org.uk/a-z/star-ms-trial-hsct-ms") },
    Source { id: "S5", citation: t.text("source-S5"), note: None, url: Some("https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/having-hsct-outside-the-nhs") },
    Source { id: "S6", citation: t.text("source-S6"), note: Some(t.text("source-S6-note")), url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6867671") },
    Source { id: "S7", citation: t.text("source-S7"), note: Some(t.text("source-S7-note")), url: Some("https://www.nationalmssociety.org/Treating-MS/aHSCt") },
    Source { id: "S8", citation: t.text("source-S8"), note: Some(t.text("source-S8-note")), url: Some("https://momentummagazineonline.com/ahsct/") },
    Source { id: "S11", citation: t.text("source-S11"), note: None, url: Some("https://www.nature.com/articles/s41409-019-0684-0") },
    Source { id: "S12", citation: t.text("source-S12"), note: None, url: Some("https://spiral.imperial.ac.uk/handle/10044/1/67612") },
    Source { id: "S13", citation: t.text("source-S13"), note: None, url: Some("https://ashpublications.org/bloodadvances/article/1/27/2742/15827/") },
    Source { id: "S14", citation: t.text("source-S14"), note: None, url: Some("http://pubmedcentralcanada.ca/pmcc/articles/PMC3950896/") },
    Source { id: "S15", citation: t.text("source-S15"), note: None, url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC7759663") },
    Source { id: "S16", citation: t.text("source-S16"), note: None, url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765") },
    Source { id: "S17", citation: t.text("source-S17"), note: None, url: Some("http://n.neurology.org/content/88/22/2115.abstract") },
    Source { id: "S18", citation: t.text("source-S18"), note: Some(t.text("source-S18-note")), url: Some("https://www.clinicaladvisor.com/home/topics/neurology-information-center/stem-cell-therapy-may-be-effective-for-multiple-sclerosis/") },
    Source { id: "S19", citation: t.text("source-S19"), note: None, url: Some("http://jnnp.bmj.com/content/85/10/1116.abstract") },
    Source { id: "S20", citation: t.text("source-S20"), note: None, url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC10850659") },
    Source { id: "S21", citation: t.text("source-S21"), note: None, url: Some("https://www.msaustralia.org.au/ahsct/") },
    Source { id: "S22", citation: t.text("source-S22"), note: None, url: Some("https://doi.org/10.1007/s00415-021-10820-2") },
    Source { id: "S24", citation: t.text("source-S24"), note: None, url: Some("https://msra.org.au/ahsct/ahsct-faqs/") },
    Source { id: "S25", citation: t.text("source-S25"), note: None, url: Some("https://pubmed.ncbi.nlm.nih.gov/21596847") },
    Source { id: "S26", citation: t.text("source-S26"), note: None, url: Some("https://ir.library.carleton.ca/pub/16450") },
    Source { id: "S27", citation: t.text("source-S27"), note: None, url: Some("https://pubmed.ncbi.nlm.nih.gov/20350962/") },
    Source { id: "S28", citation: t.text("source-S28"), note: Some(t.text("source-S28-note")), url: Some("https://link.springer.com/article/10.1007/s40120-022-00389-x") },
    Source { id: "S29", citation: t.text("source-S29"), note: None, url: Some("https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/collecting-stem-cells-your-blood-information-people-autoimmune-conditions-including-multiple-sclerosis-ms-and-scleroderma") },
    Source { id: "S30", citation: t.text("source-S30"), note: None, url: Some("https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/guide-autologous-stem-cell-transplant-information-people-autoimmune-conditions-including-multiple-sclerosis-ms-and-scleroderma") },
    Source { id: "S31", citation: t.text("source-S31"), note: None, url: Some("http://multiple-sclerosis-research.blogspot.hu/2016/02/collecting-stem-cells.html") },
    Source { id: "S32", citation: t.text("source-S32"), note: Some(t.text("source-S32-note")), url: Some("https://clinicaltrials.gov/ct2/show/results/NCT00288626") },
    Source { id: "S33", citation: t.text("source-S33"), note: Some(t.text("source-S33-note")), url: Some("https://www.clinicaltrials.gov/ct2/show/study/NCT04047628") },
    Source { id: "S34", citation: t.text("source-S34"), note: Some(t.text("source-S34-note")), url: Some("https://neuro-sysmed.no/trials/autologous-hematopoietic-stem-cell-transplantation-hsct-in-ms/") },
    Source { id: "S35", citation: t.text("source-S35"), note: Some(t.text("source-S35-note")), url: Some("https://www.sheffield.ac.uk/ctru/current-trials/starms") },
    Source { id: "S36", citation: t.text("source-S36"), note: Some(t.text("source-S36-note")), url: Some("https://trials.co/clinical-trials-details/-/NCT00278655") },
    Source { id: "S37", citation: t.text("source-S37"), note: None, url: Some("https://clinicaltrialexchange.com/clinical-trials/Optimal-Conditioning-Regimen-for-Autologous-Transplantation-of-Relapsing-Remitting-Multiple-Sclerosis/NCT05482542") },
    Source { id: "S38", citation: t.text("source-S38"), note: None, url: Some("https://biomed.reviewer.ly/app/publication/08221eb9-2b3f-4f6c-95a6-e5c930c69130") },
    Source { id: "S40", citation: t.text("source-S40"), note: Some(t.text("source-S40-note")), url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC4071767") },
    Source { id: "S41", citation: t.text("source-S41"), note: Some(t.text("source-S41-note")), url: Some("https://parallelparliament.co.uk/question/218237/multiple-sclerosis-stem-cells") },
    Source { id: "S42", citation: t.text("source-S42"), note: None, url: Some("https://doi.org/10.1038/bmt.2009.263") },
    Source { id: "S43", citation: t.text("source-S43"), note: None, url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC9470541") },
    Source { id: "S45", citation: t.text("source-S45"), note: Some(t.text("source-S45-note")), url: Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC6857075") },
    Source { id: "S47", citation: t.text("source-S47"), note: None, url: Some("https://bmtinfonet.org/transplant-article/transplant-and-early-recovery-period") },
    // The fact sheet gives this source's addresses only shortened (with "…"), so it has no link.
    Source { id: "S48", citation: t.text("source-S48"), note: Some(t.text("source-S48-note")), url: None },
    Source { id: "S50", citation: t.text("source-S50"), note: None, url: Some("https://oregon.providence.org/our-services/p/providence-autologous-stem-cell-transplant-program/transplant-process/stem-cell-collection/") },
    Source { id: "S51", citation: t.text("source-S51"), note: None, url: Some("https://cancer.unm.edu/physicians/multidisciplinary-teams/bmt/autologous-stem-cell-transplant/stem-cell-collection/") },
    Source { id: "S52", citation: t.text("source-S52"), note: Some(t.text("source-S52-note")), url: Some("https://www.hcahealthcare.co.uk/our-services/treatments/stem-cell-treatment-for-ms") },
    Source { id: "S54", citation: t.text("source-S54"), note: Some(t.text("source-S54-note")), url: Some("https://newsatw.com/we-need-to-try-this-to-stop-our-ms-getting-worse/") },
    Source { id: "S55", citation: t.text("source-S55"), note: None, url: Some("https://foxnews.com/health/why-americans-with-ms-are-going-to-russia-for-treatment") },
    Source { id: "S56", citation: t.text("source-S56"), note: Some(t.text("source-S56-note")), url: Some("https://www.mstrust.org.uk/news/stories/what-i-wished-i-had-known-about-ms-and-hsct") },
    Source { id: "S57", citation: t.text("source-S57"), note: None, url: Some("https://msedley.com/hsct-haematopoietic-stem-cell-transplantation/") },
    Source { id: "S59", citation: t.text("source-S59"), note: None, url: None },
    Source { id: "S60", citation: t.text("source-S60"), note: Some(t.text("source-S60-note")), url: Some("https://docslib.org/doc/2248993/") },
    Source { id: "S61", citation: t.text("source-S61"), note: None, url: Some("https://www.urmc.rochester.edu/cancer-institute/services/bmt/transplant-process/engraftment.aspx") },
    Source { id: "S62", citation: t.text("source-S62"), note: Some(t.text("source-S62-note")), url: Some("https://1stchoicepharmacy.co.uk/nhs_conditions_stem-cell-transplant_risks") },
    Source { id: "S64", citation: t.text("source-S64"), note: Some(t.text("source-S64-note")), url: Some("http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/spring2019/inc/html/19.html") },
    Source { id: "S65", citation: t.text("source-S65"), note: None, url: Some("https://www.nss.nhs.scot/publications/foi-000102-scottish-hsct-network/foi-000102-scottish-hsct-network-html/") },
    Source { id: "S69", citation: t.text("source-S69"), note: Some(t.text("source-S69-note")), url: Some("https://my.clevelandclinic.org/health/diseases/4511-bone-marrow-transplant-preventing-infections/living-with") },
    ])
}

/// The fact sheet's glossary (section 6), in its order, in plain words.
fn glossary(t: &Words) -> &'static [GlossaryTerm] {
    t.file("glossary.ftl");
    leak(vec![
        GlossaryTerm {
            id: "autologous",
            term: t.text("term-autologous"),
            definition: para(t.text("term-autologous-definition"), &["S2", "S24"]),
            forms: t.list_of("term-autologous-forms"),
        },
        GlossaryTerm {
            id: "haematopoietic-stem-cells",
            term: t.text("term-haematopoietic-stem-cells"),
            definition: para(t.text("term-haematopoietic-stem-cells-definition"), &["S2", "S24", "S29"]),
            forms: t.list_of("term-haematopoietic-stem-cells-forms"),
        },
        GlossaryTerm {
            id: "mobilisation",
            term: t.text("term-mobilisation"),
            definition: para(t.text("term-mobilisation-definition"), &["S1", "S29"]),
            forms: t.list_of("term-mobilisation-forms"),
        },
        GlossaryTerm {
            id: "g-csf",
            term: t.text("term-g-csf"),
            definition: para(t.text("term-g-csf-definition"), &["S51", "S57"]),
            forms: t.list_of("term-g-csf-forms"),
        },
        GlossaryTerm {
            id: "apheresis",
            term: t.text("term-apheresis"),
            definition: para(t.text("term-apheresis-definition"), &["S29", "S50"]),
            forms: t.list_of("term-apheresis-forms"),
        },
        GlossaryTerm {
            id: "cd34",
            term: t.text("term-cd34"),
            definition: para(t.text("term-cd34-definition"), &["S32", "S45"]),
            forms: t.list_of("term-cd34-forms"),
        },
        GlossaryTerm {
            id: "cryopreservation",
            term: t.text("term-cryopreservation"),
            definition: para(t.text("term-cryopreservation-definition"), &["S7", "S59"]),
            forms: t.list_of("term-cryopreservation-forms"),
        },
        GlossaryTerm {
            id: "conditioning",
            term: t.text("term-conditioning"),
            definition: para(t.text("term-conditioning-definition"), &["S1", "S16", "S35"]),
            forms: t.list_of("term-conditioning-forms"),
        },
        GlossaryTerm {
            id: "myeloablative",
            term: t.text("term-myeloablative"),
            definition: para(t.text("term-myeloablative-definition"), &["S1", "S57"]),
            forms: t.list_of("term-myeloablative-forms"),
        },
        GlossaryTerm {
            id: "cyclophosphamide",
            term: t.text("term-cyclophosphamide"),
            definition: para(t.text("term-cyclophosphamide-definition"), &["S16", "S31"]),
            forms: t.list_of("term-cyclophosphamide-forms"),
        },
        GlossaryTerm {
            id: "atg",
            term: t.text("term-atg"),
            definition: para(t.text("term-atg-definition"), &["S16", "S37"]),
            forms: t.list_of("term-atg-forms"),
        },
        GlossaryTerm {
            id: "beam",
            term: t.text("term-beam"),
            definition: para(t.text("term-beam-definition"), &["S27", "S32"]),
            forms: t.list_of("term-beam-forms"),
        },
        GlossaryTerm {
            id: "day-0",
            term: t.text("term-day-0"),
            definition: para(t.text("term-day-0-definition"), &["S60"]),
            forms: t.list_of("term-day-0-forms"),
        },
        GlossaryTerm {
            id: "engraftment",
            term: t.text("term-engraftment"),
            definition: para(t.text("term-engraftment-definition"), &["S61"]),
            forms: t.list_of("term-engraftment-forms"),
        },
        GlossaryTerm {
            id: "neutropenia",
            term: t.text("term-neutropenia"),
            definition: para(t.text("term-neutropenia-definition"), &["S20", "S61"]),
            forms: t.list_of("term-neutropenia-forms"),
        },
        GlossaryTerm {
            id: "immune-reconstitution",
            term: t.text("term-immune-reconstitution"),
            definition: para(t.text("term-immune-reconstitution-definition"), &["S15", "S47"]),
            forms: t.list_of("term-immune-reconstitution-forms"),
        },
        GlossaryTerm {
            id: "dmt",
            term: t.text("term-dmt"),
            definition: para(t.text("term-dmt-definition"), &["S1", "S35"]),
            forms: t.list_of("term-dmt-forms"),
        },
        GlossaryTerm {
            id: "relapse",
            term: t.text("term-relapse"),
            definition: para(t.text("term-relapse-definition"), &["S3", "S15"]),
            forms: t.list_of("term-relapse-forms"),
        },
        GlossaryTerm {
            id: "ms-types",
            term: t.text("term-ms-types"),
            definition: para(t.text("term-ms-types-definition"), &["S11"]),
            forms: t.list_of("term-ms-types-forms"),
        },
        GlossaryTerm {
            id: "edss",
            term: t.text("term-edss"),
            definition: para(t.text("term-edss-definition"), &["S11", "S16"]),
            forms: t.list_of("term-edss-forms"),
        },
        GlossaryTerm {
            id: "neda",
            term: t.text("term-neda"),
            definition: para(t.text("term-neda-definition"), &["S11"]),
            forms: t.list_of("term-neda-forms"),
        },
        GlossaryTerm {
            id: "secondary-autoimmunity",
            term: t.text("term-secondary-autoimmunity"),
            definition: para(t.text("term-secondary-autoimmunity-definition"), &["S1", "S25"]),
            forms: t.list_of("term-secondary-autoimmunity-forms"),
        },
        GlossaryTerm {
            id: "jacie",
            term: t.text("term-jacie"),
            definition: para(t.text("term-jacie-definition"), &["S2", "S5", "S11"]),
            forms: t.list_of("term-jacie-forms"),
        },
    ])
}

fn cell_explorer(t: &Words) -> CellExplorerText {
    t.file("cells.ftl");
    CellExplorerText {
        heading: t.text("cells-heading"),
        intro: t.text("cells-intro"),
        in_ahsct_heading: t.text("cells-in-ahsct-heading"),
        show_all: t.text("cells-show-all"),
        show_one: t.text("cells-show-one"),
        showing: t.template("cells-showing", &["name"]),
        marrow_label: t.text("cells-marrow-label"),
        blood_label: t.text("cells-blood-label"),
        cells: leak(vec![
            Cell {
                id: "stem-cell",
                name: t.text("cell-stem-cell-name"),
                about: leak(vec![para(t.text("cell-stem-cell-about-1"), &["S2", "S24", "S29"])]),
                in_ahsct: leak(vec![
                    para(t.text("cell-stem-cell-in-ahsct-1"), &["S1", "S7", "S29", "S45"]),
                    para(t.text("cell-stem-cell-in-ahsct-2"), &["S29", "S37", "S61"]),
                ]),
            },
            Cell {
                id: "red-cells",
                name: t.text("cell-red-cells-name"),
                about: leak(vec![para(t.text("cell-red-cells-about-1"), &["S2", "S24", "S29"])]),
                in_ahsct: leak(vec![
                    para(t.text("cell-red-cells-in-ahsct-1"), &["S15"]),
                    para(t.text("cell-red-cells-in-ahsct-2"), &["S61", "S62"]),
                ]),
            },
            Cell {
                id: "platelets",
                name: t.text("cell-platelets-name"),
                about: leak(vec![para(t.text("cell-platelets-about-1"), &["S2", "S24", "S29"])]),
                in_ahsct: leak(vec![
                    para(t.text("cell-platelets-in-ahsct-1"), &["S1"]),
                    para(t.text("cell-platelets-in-ahsct-2"), &["S61", "S62"]),
                    para(t.text("cell-platelets-in-ahsct-3"), &["S22"]),
                ]),
            },
            Cell {
                id: "white-cells",
                name: t.text("cell-white-cells-name"),
                about: leak(vec![
                    para(t.text("cell-white-cells-about-1"), &["S2", "S24", "S29"]),
                    para(t.text("cell-white-cells-about-2"), &["S1", "S7", "S35"]),
                ]),
                in_ahsct: leak(vec![
                    para(t.text("cell-white-cells-in-ahsct-1"), &["S1", "S7", "S35"]),
                    para(t.text("cell-white-cells-in-ahsct-2"), &["S1", "S7", "S15", "S47"]),
                    para(t.text("cell-white-cells-in-ahsct-3"), &["S42"]),
                ]),
            },
            Cell {
                id: "neutrophils",
                name: t.text("cell-neutrophils-name"),
                about: leak(vec![para(t.text("cell-neutrophils-about-1"), &["S20", "S61"])]),
                in_ahsct: leak(vec![
                    para(t.text("cell-neutrophils-in-ahsct-1"), &["S61", "S62"]),
                    para(t.text("cell-neutrophils-in-ahsct-2"), &["S20", "S61"]),
                    para(t.text("cell-neutrophils-in-ahsct-3"), &["S61"]),
                ]),
            },
            Cell {
                id: "t-cells",
                name: t.text("cell-t-cells-name"),
                about: leak(vec![para(t.text("cell-t-cells-about-1"), &["S16", "S37"])]),
                in_ahsct: leak(vec![
                    para(t.text("cell-t-cells-in-ahsct-1"), &["S16", "S37"]),
                    para(t.text("cell-t-cells-in-ahsct-2"), &["S1", "S7", "S47"]),
                ]),
            },
        ]),
    }
}

fn can_and_cannot(t: &Words) -> CanAndCannot {
    t.file("sections.ftl");
    CanAndCannot {
        can_heading: t.text("aims-can-heading"),
        can: leak(vec![
            para(t.text("aims-can-1"), leak(vec![])),
            para(t.text("aims-can-2"), leak(vec![])),
            para(t.text("aims-can-3"), &["S1", "S7", "S35"]),
            para(t.text("aims-can-4"), &["S29", "S37"]),
        ]),
        cannot_heading: t.text("aims-cannot-heading"),
        cannot: leak(vec![
            para(t.text("aims-cannot-1"), leak(vec![])),
            para(t.text("aims-cannot-2"), leak(vec![])),
            para(t.text("aims-cannot-3"), &["S1"]),
            para(t.text("aims-cannot-4"), &["S1", "S21"]),
        ]),
    }
}

fn trials(t: &Words) -> TrialsText {
    t.file("sections.ftl");
    TrialsText {
        heading: t.text("trials-heading"),
        where_label: t.text("trials-where-label"),
        compared_with_label: t.text("trials-compared-with-label"),
        status_label: t.text("trials-status-label"),
        trials: leak(vec![
            Trial {
                name: t.text("trial-starms-name"),
                country: para(t.text("trial-starms-country"), &["S35"]),
                comparison: para(t.text("trial-starms-comparison"), &["S35"]),
                status_text: para(t.text("trial-starms-status"), &["S4", "S35"]),
                #[cfg(not(target_arch = "wasm32"))]
                status: TrialStatus::RecruitmentFinished,
                #[cfg(not(target_arch = "wasm32"))]
                status_date: StatusDate::RecordDateUnknown { since: "November 2024" },
            },
            Trial {
                name: t.text("trial-beat-ms-name"),
                country: para(t.text("trial-beat-ms-country"), &["S33"]),
                comparison: para(t.text("trial-beat-ms-comparison"), &["S33"]),
                status_text: para(t.text("trial-beat-ms-status"), &["S33"]),
                #[cfg(not(target_arch = "wasm32"))]
                status: TrialStatus::Recruiting,
                #[cfg(not(target_arch = "wasm32"))]
                status_date: StatusDate::RecordedIn("March 2023"),
            },
            Trial {
                name: t.text("trial-ram-ms-name"),
                country: para(t.text("trial-ram-ms-country"), &["S34"]),
                comparison: para(t.text("trial-ram-ms-comparison"), &["S34"]),
                status_text: para(t.text("trial-ram-ms-status"), &["S34"]),
                #[cfg(not(target_arch = "wasm32"))]
                status: TrialStatus::NotRecruiting,
                #[cfg(not(target_arch = "wasm32"))]
                status_date: StatusDate::RecordedIn("June 2025"),
            },
        ]),
    }
}

fn my_dates(t: &Words) -> MyDatesText {
    t.file("my-dates.ftl");
    MyDatesText {
        step_heading: t.text("my-date-heading"),
        date_label: t.text("my-date-label"),
        note_label: t.text("my-date-note-label"),
        note_hint: t.template("my-date-note-hint", &["max"]),
        save: t.text("my-date-save"),
        remove: t.text("my-date-remove"),
        saved: t.text("my-date-saved"),
        removed: t.text("my-date-removed"),
        your_date: t.text("my-date-your-date"),
        day: t.template("my-date-day", &["day"]),
        day_and_when: t.template("my-date-day-and-when", &["day", "when"]),
        today: t.text("my-date-today"),
        tomorrow: t.text("my-date-tomorrow"),
        yesterday: t.text("my-date-yesterday"),
        in_days: t.plural_leaked("my-date-in-days", &["n"], "n"),
        days_ago: t.plural_leaked("my-date-days-ago", &["n"], "n"),
        error_prefix: t.text("my-date-error-prefix"),
        error_not_a_date: t.text("my-date-error-not-a-date"),
        error_too_early: t.text("my-date-error-too-early"),
        error_too_late: t.template("my-date-error-too-late", &["latest"]),
        error_before_step: t.template("my-date-error-before-step", &["step", "date"]),
        error_after_reinfusion: t.template("my-date-error-after-reinfusion", &["step", "date"]),
        heading: t.text("my-dates-heading"),
        intro: t.text("my-dates-intro"),
        day_count: t.text("my-dates-day-count"),
        empty: t.text("my-dates-empty"),
        download: t.text("my-dates-download"),
        print: t.text("my-dates-print"),
        clear: t.text("my-dates-clear"),
        clear_confirm: t.text("my-dates-clear-confirm"),
        clear_yes: t.text("my-dates-clear-yes"),
        clear_no: t.text("my-dates-clear-no"),
        cleared: t.text("my-dates-cleared"),
        downloaded: t.text("my-dates-downloaded"),
        calendar_name: t.text("my-dates-calendar-name"),
        unreadable: t.text("my-dates-unreadable"),
        cannot_save: t.text("my-dates-cannot-save"),
        changed_elsewhere: t.text("my-dates-changed-elsewhere"),
    }
}

fn questions(t: &Words) -> QuestionsText {
    t.file("questions.ftl");
    QuestionsText {
        privacy: t.text("questions-privacy"),
        suggested_heading: t.text("questions-suggested-heading"),
        groups: leak(vec![
            QuestionGroup {
                heading: t.text("questions-group-before-deciding"),
                questions: leak(vec![
                    SuggestedQuestion { id: "likely-to-help", text: t.text("question-likely-to-help") },
                    SuggestedQuestion { id: "centre-experience", text: t.text("question-centre-experience") },
                    SuggestedQuestion { id: "fertility", text: t.text("question-fertility") },
                    SuggestedQuestion { id: "trial-still-open", text: t.text("question-trial-still-open") },
                    SuggestedQuestion { id: "abroad", text: t.text("question-abroad") },
                    SuggestedQuestion { id: "expectations", text: t.text("question-expectations") },
                ]),
            },
            QuestionGroup {
                heading: t.text("questions-group-about-the-treatment"),
                questions: leak(vec![
                    SuggestedQuestion { id: "regimen", text: t.text("question-regimen") },
                    SuggestedQuestion { id: "timeline", text: t.text("question-timeline") },
                    SuggestedQuestion { id: "mobilisation", text: t.text("question-mobilisation") },
                    SuggestedQuestion { id: "current-medicine", text: t.text("question-current-medicine") },
                ]),
            },
            QuestionGroup {
                heading: t.text("questions-group-about-recovery"),
                questions: leak(vec![
                    SuggestedQuestion { id: "infections", text: t.text("question-infections") },
                    SuggestedQuestion { id: "monitoring", text: t.text("question-monitoring") },
                    SuggestedQuestion { id: "vaccines", text: t.text("question-vaccines") },
                    SuggestedQuestion { id: "rehabilitation", text: t.text("question-rehabilitation") },
                    SuggestedQuestion { id: "not-working", text: t.text("question-not-working") },
                ]),
            },
        ]),
        list_heading: t.text("questions-list-heading"),
        list_count: t.template("questions-list-count", &["n"]),
        go_to_list: t.text("questions-go-to-list"),
        empty: t.text("questions-empty"),
        move_up: t.text("questions-move-up"),
        reorder: t.text("questions-reorder"),
        reorder_done: t.text("questions-reorder-done"),
        move_down: t.text("questions-move-down"),
        remove: t.text("questions-remove"),
        question_word: t.text("questions-question-word"),
        add_label: t.text("questions-add-label"),
        add_hint: t.template("questions-add-hint", &["max"]),
        add_button: t.text("questions-add-button"),
        add_empty_error: t.text("questions-add-empty-error"),
        error_prefix: t.text("questions-error-prefix"),
        print: t.text("questions-print"),
        copy: t.text("questions-copy"),
        clear: t.text("questions-clear"),
        clear_confirm: t.text("questions-clear-confirm"),
        clear_yes: t.text("questions-clear-yes"),
        clear_no: t.text("questions-clear-no"),
        cleared: t.text("questions-cleared"),
        added: t.text("questions-added"),
        removed: t.text("questions-removed"),
        moved: t.template("questions-moved", &["n"]),
        copied: t.text("questions-copied"),
        copy_yourself: t.text("questions-copy-yourself"),
        printed_title: t.text("questions-printed-title"),
        unreadable: t.text("questions-unreadable"),
        show_earlier: t.text("questions-show-earlier"),
        earlier_label: t.text("questions-earlier-label"),
        delete_earlier: t.text("questions-delete-earlier"),
        cannot_save: t.text("questions-cannot-save"),
        changed_elsewhere: t.text("questions-changed-elsewhere"),
        // Its words named trials that are no longer recruiting (issue 10).
        replaced: &[("trials", "trial-still-open")],
    }
}
