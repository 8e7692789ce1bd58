//! Every input the page reads from outside, run through 10,000 generated
//! cases each: the URL fragment, the query parameters (embed mode and its
//! options), the host's origin, the stored reading settings and the stored
//! list. None may panic, and each result must be one of the outcomes the
//! README and EMBEDDING.md document. Each test prints how often it saw each
//! outcome (`cargo test input_properties -- --nocapture`).

use std::cell::RefCell;
use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::address::fragment::{self, Route};
use crate::address::query;
use crate::content;
use crate::embed;
use crate::platform::storage::MemoryStore;
use crate::questions::store::{QuestionFormat, QuestionStore};
use crate::questions::{Unreadable, SET_ASIDE_PREFIX, STORAGE_KEY};
use crate::settings;
use crate::timeline::TimelineView;

const CASES: u32 = 10_000;

/// Runs `check` over `CASES` values; it returns the outcome's name, or an
/// error for a result outside the documented ones. Prints the tally.
fn run_counting<S: Strategy>(input: &str, strategy: S, check: impl Fn(S::Value) -> Result<&'static str, TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let seen = RefCell::new(BTreeMap::<&'static str, u32>::new());
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, |value| {
        let outcome = check(value)?;
        *seen.borrow_mut().entry(outcome).or_default() += 1;
        Ok(())
    });
    let tally: Vec<String> = seen.borrow().iter().map(|(outcome, n)| format!("{outcome} {n}")).collect();
    eprintln!("{input}: {CASES} cases; {}", tally.join(", "));
    if let Err(failure) = result {
        panic!("{input}: {failure}");
    }
}

/// Text a reader, a host page or a stranger might put anywhere: printable
/// and control characters, astral symbols, percent escapes, very long runs.
fn wild_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        ".{0,40}",
        "(%[0-9A-Fa-f]{2}|%[^0-9A-Fa-f]?|[a-z&=#/?+])*",
        "[\u{1F600}-\u{1F64F}\u{0600}-\u{06FF}\u{200B}-\u{200F}]{0,20}",
        "[a-z]{1,3}".prop_map(|s| s.repeat(2_000)),
    ]
}

fn step_and_section_ids() -> (Vec<&'static str>, Vec<&'static str>) {
    let content = content::for_language("en");
    let steps = content.steps.iter().map(|s| s.id).collect();
    let mut all: Vec<&'static str> = content.sections.iter().map(|s| s.id).collect();
    all.extend(content.steps.iter().map(|s| s.id));
    (steps, all)
}

#[test]
fn fragments_open_the_top_a_step_all_steps_or_a_plain_anchor() {
    let (steps, _) = step_and_section_ids();
    let step_names = proptest::sample::select(steps.clone());
    let fragments = prop_oneof![
        wild_text().prop_map(|s| format!("#{s}")),
        wild_text().prop_map(|s| format!("#timeline/{s}")),
        step_names.prop_map(|id| format!("#timeline/{id}")),
        Just("#timeline/all".to_owned()),
        "#[a-z0-9-]{1,30}",
    ];
    run_counting("fragment", fragments, |fragment| {
        Ok(match fragment::parse(&fragment, &steps) {
            Route::Top => "top of the page",
            Route::Timeline(TimelineView::All) => "all steps",
            Route::Timeline(TimelineView::Step(index)) => {
                prop_assert!(index < steps.len(), "{fragment:?} gave step {index}");
                "a step"
            }
            Route::Anchor(id) => {
                prop_assert!(
                    id.len() <= 100 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                );
                "an anchor"
            }
        })
    });
}

fn query_strings() -> impl Strategy<Value = String> {
    let names = proptest::sample::select(vec![
        "embed",
        "host",
        "lang",
        "accent",
        "org",
        "readmore",
        "readmore_label",
        "start",
        "x",
        "%65mbed",
        "",
    ]);
    let values = prop_oneof![
        wild_text(),
        Just(String::new()),
        Just("https://example.org".to_owned()),
        Just("%23005a9c".to_owned()),
        Just("risks".to_owned()),
        Just("0".to_owned()),
    ];
    proptest::collection::vec((names, values), 0..8).prop_map(|pairs| {
        let joined: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
        format!("?{}", joined.join("&"))
    })
}

#[test]
fn query_strings_give_checked_options_and_one_warning_per_ignored_value() {
    let (_, known_ids) = step_and_section_ids();
    run_counting("query string", prop_oneof![query_strings(), wild_text()], |search| {
        let params = query::parse(&search);
        let (options, warnings) = embed::parse(&params, &known_ids, &["en-GB"]);
        for warning in &warnings {
            prop_assert!(warning.starts_with("aHSCT explainer: the '"), "{warning}");
        }
        if let Some(origin) = &options.host_origin {
            let again = embed::valid_origin(origin);
            prop_assert_eq!(again.as_ref(), Some(origin));
        }
        if let Some(read_more) = &options.read_more {
            prop_assert!(embed::https_address(&read_more.url).is_some());
            prop_assert!(read_more.label.as_ref().is_none_or(|l| l.chars().count() <= embed::MAX_LABEL_CHARS));
        }
        prop_assert!(options
            .org
            .as_ref()
            .is_none_or(|o| o.chars().count() <= embed::MAX_ORG_CHARS && !o.chars().any(char::is_control)));
        prop_assert!(options.start.as_deref().is_none_or(|s| known_ids.contains(&s)));
        prop_assert_eq!(
            options.embedded,
            query::last(&params, "embed").is_some_and(|v| !matches!(v, "0" | "false" | "no"))
        );
        Ok(match (options.embedded, warnings.is_empty()) {
            (true, true) => "embedded",
            (true, false) => "embedded, with warnings",
            (false, true) => "standalone",
            (false, false) => "standalone, with warnings",
        })
    });
}

#[test]
fn a_host_origin_is_accepted_only_as_scheme_host_and_port() {
    let hosts = prop_oneof![
        1 => wild_text(),
        2 => "https?://[a-z0-9.-]{1,30}(:[0-9]{1,5})?",
        1 => "(https?|ftp|javascript)://[a-zA-Z0-9.-]{0,30}(:[0-9]{0,7})?(/[a-z]{0,5})?",
        1 => "https?://\\[[0-9a-f:]{2,20}\\](:[0-9]{1,5})?",
    ];
    run_counting("host origin", hosts, |host| {
        Ok(match embed::valid_origin(&host) {
            None => "refused",
            Some(origin) => {
                let again = embed::valid_origin(&origin);
                prop_assert_eq!(again.as_ref(), Some(&origin));
                prop_assert!(origin.starts_with("http://") || origin.starts_with("https://"));
                prop_assert!(!origin["https://".len()..].contains('/'));
                prop_assert_eq!(origin.to_ascii_lowercase(), origin.clone());
                "accepted"
            }
        })
    });
}

#[test]
fn stored_reading_settings_are_used_or_replaced_by_the_defaults() {
    let stored = prop_oneof![
        wild_text(),
        "1;text=(standard|larger|largest|huge);spacing=(standard|more|less)(;.{0,5})?",
        "1;text=(standard|larger|largest);spacing=(standard|more)(;page=(short|full|))?(;.{0,3})?",
        "1;(page=short;)?spacing=(standard|more);(page=short;)?text=(standard|larger|largest)",
        "[0-9];text=larger;spacing=more",
    ];
    run_counting("stored settings", proptest::option::of(stored), |stored| {
        let loaded = settings::load(stored.as_deref());
        Ok(match (&stored, &loaded.replacement) {
            (None, None) => "nothing stored: defaults",
            (Some(value), None) => {
                prop_assert_eq!(settings::encode(&loaded.settings), value.trim());
                "used"
            }
            (Some(value), Some(replacement)) if settings::decode(value).is_ok() => {
                // Readable but in another order: the same settings, in the usual order.
                prop_assert_eq!(replacement, &settings::encode(&loaded.settings));
                "reordered: written back in order"
            }
            (Some(_), Some(replacement)) => {
                prop_assert!(loaded.settings.is_default());
                prop_assert_eq!(replacement, &settings::encode(&settings::ReadingSettings::default()));
                "unreadable: defaults written back"
            }
            (None, Some(_)) => return Err(TestCaseError::fail("a replacement for nothing")),
        })
    });
}

#[test]
fn a_stored_list_is_read_or_kept_aside_never_lost() {
    let content = content::for_language("en");
    let suggestion = move |id: &str| content.suggested_question(id).map(crate::glossary::markup::plain);
    let ids = proptest::sample::select(vec!["vaccines", "fertility", "timeline", "no-such-id"]);
    let words = "[a-zA-Z?]([a-zA-Z ?]{0,28}[a-zA-Z?])?";
    let lines = prop_oneof![
        4 => (ids, words).prop_map(|(id, text)| format!("suggested\t{id}\t{text}")),
        4 => words.prop_map(|text| format!("own\t{text}")),
        1 => wild_text(),
    ];
    let stored = prop_oneof![
        proptest::collection::vec(lines, 0..6).prop_map(|lines| format!("questions;1\n{}", lines.join("\n"))),
        "questions;[0-9]{1,4}\n.{0,30}",
        wild_text(),
    ];
    run_counting("stored list", proptest::option::of(stored), |stored| {
        let memory = MemoryStore::default();
        if let Some(value) = &stored {
            memory.put(STORAGE_KEY, value);
        }
        let (store, list) = QuestionStore::open(memory.clone(), QuestionFormat::new(suggestion));
        Ok(match (&stored, store.status().unreadable_found) {
            (None, None) => "nothing stored",
            (Some(_), None) => {
                // Opening writes nothing over a list it can read.
                prop_assert_eq!(memory.peek(STORAGE_KEY), stored.clone());
                prop_assert!(list.len() <= 6);
                "read"
            }
            (Some(value), Some(why)) => {
                prop_assert!(list.is_empty());
                let aside = memory.peek(&format!("{SET_ASIDE_PREFIX}1"));
                prop_assert_eq!(aside.as_ref(), Some(value));
                match why {
                    Unreadable::FutureVersion => "from a later release: set aside",
                    Unreadable::Corrupt => "corrupt: set aside",
                }
            }
            (None, Some(_)) => return Err(TestCaseError::fail("unreadable nothing")),
        })
    });
}
