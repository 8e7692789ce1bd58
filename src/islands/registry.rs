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
    bind_all(hydrate_island);
}

/// Starts every island `bind` knows with the WebAssembly module that calls
/// it: the app's own, or a part loaded when it is first needed.
pub fn bind_all(bind: fn(&str, &Island) -> Result<(), String>) {
    let Some(document) = dom::document() else { return };
    let Ok(found) = document.query_selector_all(&format!("[{ISLAND_ATTRIBUTE}]")) else { return };
    for index in 0..found.length() {
        let Some(el) = found.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        let name = el.get_attribute(ISLAND_ATTRIBUTE).unwrap_or_default();
        if let Err(reason) = bind(&name, &Island::new(el.clone())) {
            // Its styles then show it as the page reads without scripts.
            let _ = el.set_attribute(FAILED_ATTRIBUTE, "");
            dom::warn(&format!(
                "aHSCT explainer: the page's \"{name}\" part stays as it was written, without its buttons working, because {reason}."
            ));
        }
    }
}

fn hydrate_island(name: &str, island: &Island) -> Result<(), String> {
    match name {
        "timeline" => crate::timeline::widget::bind(island)?,
        "term" => crate::glossary::term::bind(island)?,
        "cells" => crate::cells::explorer::bind(island)?,
        "my-questions" => crate::questions::my_list::bind(island)?,
        "suggestion" => crate::questions::suggested::bind(island)?,
        // Bound by the dates' own module, loaded when a reader first needs it
        // (`my_dates::loading`): most readers never do, and the first load stays small.
        "my-date" | "my-dates" => {}
        _ => return Err("the page has no such part".to_owned()),
    }
    Ok(())
}
