//! Remembers a reader's choice of the short version, with the reading
//! settings: going to it (`#short`, by its link or a deep link) chooses it;
//! "Read the full page" chooses the full page again. Following a link from
//! the short version into the full text only reads more there: the choice
//! stays. `assets/startup.js` opens the short version for a reader who chose
//! it, before the first paint.

use leptos::prelude::*;

use crate::paths::SHORT_VERSION_ID;
use crate::platform::{dom, location};
use crate::settings::state::ReadingSettingsState;

/// The attribute on the links that mean "the full page, from now on".
const FULL_PAGE_ATTRIBUTE: &str = "data-full-page";

pub fn install(reading: ReadingSettingsState) {
    let choose = move |short_version: bool| {
        let now = reading.settings.get_untracked();
        if now.short_version != short_version {
            reading.choose(crate::settings::ReadingSettings { short_version, ..now });
        }
    };
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        if is_short_version_address() {
            choose(true);
        }
    });
    let full_page = window_event_listener(leptos::ev::click, move |event| {
        if dom::event_started_inside(&event, &format!("[{FULL_PAGE_ATTRIBUTE}]")) {
            choose(false);
        }
    });
    // The page lives as long as the app.
    std::mem::forget((hashchange, full_page));
}

fn is_short_version_address() -> bool {
    location::current_fragment().strip_prefix('#') == Some(SHORT_VERSION_ID)
}

/// A deep link to the short version chooses it, as its link does.
pub fn follow_address(reading: ReadingSettingsState) {
    if is_short_version_address() && !reading.settings.get_untracked().short_version {
        let now = reading.settings.get_untracked();
        reading.choose(crate::settings::ReadingSettings { short_version: true, ..now });
    }
}
