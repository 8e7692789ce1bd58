//! Remembers a reader's choice of the short version, with the reading
//! settings: its link ("Read the short version") chooses it; "Read the full
//! page" chooses the full page again. A shared or bookmarked `#short` opens
//! it without choosing it for next time, and a link from the short version
//! into the full text only reads more there: the choice stays as it was.
//! `assets/startup.js` opens the short version for a reader who chose it,
//! before the first paint.
//!
//! While the short version is read, the skip link and the header's link to
//! the notice go to their places without leaving it: both are shown in it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::paths::SHORT_VERSION_ID;
use crate::platform::{dom, location};
use crate::settings::state::ReadingSettingsState;
use crate::settings::ReadingSettings;

/// The attribute on the links that mean "the full page, from now on".
const FULL_PAGE_ATTRIBUTE: &str = "data-full-page";
/// Places the short version shows too, as `href` values.
const SHOWN_IN_SHORT_VERSION: [&str; 2] = ["#main", "#notice"];

pub fn install(reading: ReadingSettingsState) {
    let choose = move |short_version: bool| {
        let now = reading.settings.get_untracked();
        if now.short_version != short_version {
            reading.choose(ReadingSettings { short_version, ..now });
        }
    };
    dom::on_window("click", move |event| {
        let Some(link) = dom::event_target_closest(&event, "a[href^='#']") else { return };
        let href = link.get_attribute("href").unwrap_or_default();
        if href.strip_prefix('#') == Some(SHORT_VERSION_ID) {
            choose(true);
        } else if link.has_attribute(FULL_PAGE_ATTRIBUTE) {
            choose(false);
        } else if is_short_version_address() && SHOWN_IN_SHORT_VERSION.contains(&href.as_str()) {
            // Following it would end the short version (`:target` moves).
            event.prevent_default();
            let id = href.trim_start_matches('#');
            let target = dom::document().and_then(|d| d.get_element_by_id(id));
            if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                if !target.has_attribute("tabindex") {
                    let _ = target.set_attribute("tabindex", "-1");
                }
                dom::scroll_to(id);
                dom::focus_without_scroll(&target);
            }
        }
    });
}

fn is_short_version_address() -> bool {
    location::current_fragment().strip_prefix('#') == Some(SHORT_VERSION_ID)
}
