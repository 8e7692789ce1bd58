//! Finds every island in the page and starts it (the browser only).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::islands::bind::Island;
use crate::islands::ISLAND_ATTRIBUTE;
use crate::platform::dom;

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
        "timeline" => crate::timeline::widget::bind(&island)?,
        "term" => crate::glossary::term::bind(&island)?,
        "cells" => crate::cells::explorer::bind(&island)?,
        "settings" => crate::settings::view::bind(&island)?,
        "footer" => crate::layout::site_footer::bind(&island)?,
        "read-more" => crate::sources::read_more::bind(&island)?,
        "my-questions" => crate::questions::my_list::bind(&island)?,
        "list-count" => crate::questions::list_count::bind(&island)?,
        "suggestion" => crate::questions::suggested::bind(&island)?,
        "my-date" => crate::my_dates::step_date::bind(&island)?,
        "my-dates" => crate::my_dates::panel::bind(&island)?,
        _ => return Err("the page has no such part".to_owned()),
    }
    Ok(())
}
