//! The dates' own WebAssembly module starts here (`src/bin/my_dates.rs`,
//! loaded by `loading.rs`). It shares nothing in memory with the app's
//! module: it reads the steps and its words from the page, as the app does,
//! and the reader's dates from storage.

use crate::reactive::provide_context;

use crate::islands::{self, bind::Island};
use crate::my_dates::state::MyDatesState;
use crate::my_dates::words::MyDatesWords;
use crate::timeline::state::TimelineState;

pub fn start() {
    crate::platform::dom::install_panic_message();
    // This module's own Leptos root (it shares no memory with the app's).
    leptos::mount::hydrate_islands();
    provide_context(TimelineState::from_page());
    let state = MyDatesState::new(words_from_page());
    provide_context(state);
    islands::bind_all(bind_island);
    state.load_from_browser();
}

fn bind_island(name: &str, island: &Island) -> Result<(), String> {
    match name {
        "my-date" => crate::my_dates::step_date::bind(island),
        "my-dates" => crate::my_dates::panel::bind(island),
        // The app's own islands, bound by the app's module.
        _ => Ok(()),
    }
}

/// The words of the reader's dates, as their panel carries them. Without
/// them (a page that lacks them) the panel's island says why it cannot start,
/// and so does each step's date.
fn words_from_page() -> Option<MyDatesWords> {
    MyDatesWords::decode(&islands::find("my-dates")?.get_attribute(islands::WORDS_ATTRIBUTE)?).ok()
}
