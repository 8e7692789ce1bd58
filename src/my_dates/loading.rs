//! When the page loads the dates' own WebAssembly module (`src/bin/my_dates.rs`):
//! at once if this browser already keeps the reader's dates, and otherwise
//! when a reader first comes to a date (focus or pointer on a date's form or
//! the dates' panel) or another tab saves the first one. Most readers never
//! date a step, so the dates' code (about 10 KiB brotli) stays out of the
//! first load. Until the module has started, each step's Save button stays
//! disabled, as rendered.
//!
//! The page's loader (Trunk.toml's `pattern_script`) does the loading when
//! it hears `LOAD_EVENT`, as it loads the app itself.

use std::cell::Cell;

use crate::islands;
use crate::my_dates::STORAGE_KEY;
use crate::platform::dom;
use crate::platform::local_store::LocalStore;
use crate::platform::storage::Store;

/// Heard by the page's loader, which then imports the dates' module.
pub const LOAD_EVENT: &str = "ahsct-explainer:load-my-dates";

thread_local! {
    static REQUESTED: Cell<bool> = const { Cell::new(false) };
}

pub fn arm() {
    let Some(panel) = islands::find("my-dates") else { return };
    if matches!(LocalStore.get(STORAGE_KEY), Ok(Some(_))) {
        request();
        return;
    }
    let Some(document) = dom::document() else { return };
    let forms = document.query_selector_all(&format!("[{}=\"my-date\"]", islands::ISLAND_ATTRIBUTE));
    let mut near: Vec<web_sys::EventTarget> = vec![panel.into()];
    if let Ok(forms) = forms {
        near.extend((0..forms.length()).filter_map(|i| forms.item(i)).map(Into::into));
    }
    for target in &near {
        for event in ["focusin", "pointerover", "pointerdown"] {
            dom::listen(target, event, |_| request());
        }
    }
    dom::on_window("storage", |event| {
        let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(&event).and_then(|e| e.key());
        if key.as_deref() == Some(STORAGE_KEY) {
            request();
        }
    });
}

/// Asks the loader for the module, once.
fn request() {
    if REQUESTED.with(|requested| requested.replace(true)) {
        return;
    }
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(LOAD_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}
