//! Finds every island in the page and starts it (the browser only).

use leptos::prelude::*;
use leptos::tachys::view::Position;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::cells::explorer::{cell_names, CellExplorer, CellWords, NAMES_ATTRIBUTE};
use crate::glossary::term::{GlossaryTerm, TermWords};
use crate::islands::words::{decode_list, WordsError};
use crate::islands::{Static, ISLAND_ATTRIBUTE, WORDS_ATTRIBUTE};
use crate::layout::site_footer::{Footer, FooterWords};
use crate::platform::dom;
use crate::questions::list_count::{ListCount, ListCountWords};
use crate::questions::my_list::{MyQuestions, QuestionWords};
use crate::questions::state::use_questions;
use crate::questions::suggested::SuggestedQuestion;
use crate::settings::view::{ReadingSettingsPanel, SettingsWords};
use crate::sources::read_more::{ReadMoreLink, ReadMoreWords};
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
    match name {
        "timeline" => {
            let words = TimelineWords::decode(&words_of(el)?).map_err(explain)?;
            let timeline = use_timeline();
            expect_count(el, ".step-list__item", timeline.step_count(), "steps")?;
            hydrate(el, view! { <TimelineWidget words=words articles=Static::empty()/> });
        }
        "term" => {
            let words = TermWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <GlossaryTerm words=words note=Static::empty()/> });
        }
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
        "settings" => {
            let words = SettingsWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <ReadingSettingsPanel words=words/> });
        }
        "footer" => {
            let words = FooterWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <Footer words=words/> });
        }
        "read-more" => {
            let words = ReadMoreWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <ReadMoreLink words=words/> });
        }
        "my-questions" => {
            let words = QuestionWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <MyQuestions words=words/> });
        }
        "list-count" => {
            let words = ListCountWords::decode(&words_of(el)?).map_err(explain)?;
            hydrate(el, view! { <ListCount words=words/> });
        }
        "suggestion" => {
            let id = attribute(el, "data-question")?;
            let id: &'static str = use_questions()
                .catalog()
                .questions
                .iter()
                .map(|(known, _)| *known)
                .find(|known| *known == id)
                .ok_or_else(|| format!("the question \"{id}\" is not in the page's list of questions"))?;
            hydrate(el, view! { <SuggestedQuestion id=id words=Static::empty()/> });
        }
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
