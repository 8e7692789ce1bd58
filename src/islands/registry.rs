//! Finds every island in the page and starts it (the browser only).

use leptos::prelude::*;
use leptos::tachys::view::Position;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::cells::explorer::{cell_names, CellExplorer, CellWords, NAMES_ATTRIBUTE};
use crate::islands::bind::Island;
use crate::islands::words::{decode_list, WordsError};
use crate::islands::{Static, ISLAND_ATTRIBUTE, WORDS_ATTRIBUTE};
use crate::platform::dom;
use crate::questions::my_list::{MyQuestions, QuestionWords};
use crate::timeline::state::use_timeline;
use crate::timeline::widget::{TimelineWidget, TimelineWords};

/// Marks an island that could not start (the feature's styles look for it).
const FAILED_ATTRIBUTE: &str = "data-island-failed";

/// Starts every island in the page, under the current owner (whose context
/// holds the shared state). One that cannot start keeps its HTML and says why.
pub fn hydrate_all() {
    let Some(document) = dom::document() else { return };
    let Ok(found) = document.query_selector_all(&format!("[{ISLAND_ATTRIBUTE}]")) else { return };
    for index in 0..found.length() {
        let Some(el) = found.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        let name = el.get_attribute(ISLAND_ATTRIBUTE).unwrap_or_default();
        if let Err(reason) = hydrate_island(&name, &el) {
            // Its styles then show it as the page reads without scripts.
            let _ = el.set_attribute(FAILED_ATTRIBUTE, "");
            dom::warn(&format!(
                "aHSCT explainer: the page's \"{name}\" part stays as it was written, without its buttons working, because {reason}."
            ));
        }
    }
}

fn hydrate_island(name: &str, el: &HtmlElement) -> Result<(), String> {
    let island = Island::new(el.clone());
    match name {
        "timeline" => {
            let words = TimelineWords::decode(&words_of(el)?).map_err(explain)?;
            let timeline = use_timeline();
            expect_count(el, ".step-list__item", timeline.step_count(), "steps")?;
            hydrate(el, view! { <TimelineWidget words=words articles=Static::empty()/> });
        }
        "term" => crate::glossary::term::bind(&island)?,
        "cells" => {
            let words = CellWords::decode(&words_of(el)?).map_err(explain)?;
            let names = decode_list(&attribute(el, NAMES_ATTRIBUTE)?).map_err(explain)?;
            let cells = cell_names(names);
            expect_count(el, ".cell-choice", cells.len(), "cells")?;
            hydrate(
                el,
                view! {
                    <CellExplorer words=words cells=cells heading=Static::empty() intro=Static::empty() cards=Static::empty()/>
                },
            );
        }
        "settings" => crate::settings::view::bind(&island)?,
        "footer" => crate::layout::site_footer::bind(&island)?,
        "read-more" => crate::sources::read_more::bind(&island)?,
        "my-questions" => {
            let words = QuestionWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <MyQuestions words=words/> });
        }
        "list-count" => crate::questions::list_count::bind(&island)?,
        "suggestion" => crate::questions::suggested::bind(&island)?,
        _ => return Err("the page has no such part".to_owned()),
    }
    Ok(())
}

/// Takes over the island's own element, which the view's root must match.
fn hydrate(el: &HtmlElement, view: impl IntoView) {
    let state = view.into_view().hydrate_from_position::<true>(el, Position::Current);
    // The page lives as long as its islands.
    std::mem::forget(state);
}

fn attribute(el: &HtmlElement, name: &'static str) -> Result<String, String> {
    el.get_attribute(name).ok_or_else(|| explain(WordsError::Absent(name)))
}

fn words_of(el: &HtmlElement) -> Result<String, String> {
    attribute(el, WORDS_ATTRIBUTE)
}

fn explain(error: WordsError) -> String {
    error.to_string()
}

/// A list in the words must match what the page shows, or hydration would
/// meet elements it does not expect.
fn expect_count(el: &HtmlElement, selector: &str, expected: usize, what: &str) -> Result<(), String> {
    let found = el.query_selector_all(selector).map(|list| list.length() as usize).unwrap_or(0);
    if found == expected && expected > 0 {
        Ok(())
    } else {
        Err(format!("its words name {expected} {what} but the page shows {found}"))
    }
}
