//! The few places the app touches the browser directly. Every call tolerates a
//! missing window or element, so a strange page never becomes a panic.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

const APP_ROOT_ID: &str = "app";
const PANIC_MESSAGE_ID: &str = "app-problem";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn app_root() -> Option<HtmlElement> {
    element(APP_ROOT_ID)?.dyn_into().ok()
}

/// The browser's `localStorage`, or `None` where it refuses it (sandboxed
/// frames, some private modes throw on the very first touch).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page may store anything at all.
pub fn storage_available() -> bool {
    local_storage().is_some()
}

pub fn read_stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores a value; false when the browser refuses (no storage, or it is full).
pub fn write_stored(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

pub fn remove_stored(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Sets (or with `None`, removes) an attribute on `<html>`, where page-wide
/// styles such as the reading settings look for it.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Marks the page as interactive, for tests and styles that must wait until the
/// app has taken over the pre-rendered HTML.
pub fn mark_interactive() {
    set_root_attribute("data-interactive", Some(""));
}

/// Logs a panic to the console and reveals the calm "something went wrong"
/// message that `index.html` carries, so a failure is never a blank page.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(message) = element(PANIC_MESSAGE_ID) {
            let _ = message.remove_attribute("hidden");
        }
    }));
}

/// The current fragment, with its `#`, or empty.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Changes the fragment without a new history entry, a scroll or a `hashchange`:
/// stepping through the timeline should not fill the Back button's history.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Brings an element to the top of the view at once (no smooth scroll: it
/// follows a reader's own request, and reduced motion is respected by default).
pub fn scroll_to(id: &str) {
    if let Some(target) = element(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Instant);
        options.set_block(ScrollLogicalPosition::Start);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Moves keyboard focus to an element without scrolling the page.
pub fn focus_without_scroll(id: &str) {
    if let Some(target) = element(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

/// Whether keyboard focus is inside an element matching this CSS selector.
pub fn focus_is_inside(selector: &str) -> bool {
    document()
        .and_then(|d| d.active_element())
        .and_then(|active| active.closest(selector).ok().flatten())
        .is_some()
}

/// Whether keyboard focus is currently on the element with this id.
pub fn has_focus(id: &str) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| active.id() == id)
}
