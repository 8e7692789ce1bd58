//! The few places the app touches the browser directly. Every call tolerates a
//! missing window or element, so a strange page never becomes a panic.

use wasm_bindgen::JsCast;

use crate::platform::storage::{Refused, Store};
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

/// This browser's `localStorage` as a [`Store`]: every refusal (blocked,
/// full) is an `Err`, never an exception.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        local_storage().ok_or(Refused)?.get_item(key).map_err(|_| Refused)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        local_storage().ok_or(Refused)?.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&self, key: &str) -> Result<(), Refused> {
        local_storage().ok_or(Refused)?.remove_item(key).map_err(|_| Refused)
    }

    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(storage) = local_storage() else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|index| storage.key(index).ok().flatten()).filter(|key| key.starts_with(prefix)).collect()
    }

    fn is_available(&self) -> bool {
        local_storage().is_some()
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

/// The address's query parameters, percent-decoded (see `query::parse`).
pub fn query_params() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    crate::address::query::parse(&search)
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The page's own address for a fragment, without the embedding parameters:
/// the standalone page a reader can open or share.
pub fn standalone_address(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(crate::address::query::standalone_address(&href, fragment))
}

/// Puts text on the clipboard; false where the browser refuses (no
/// permission in a frame, an older browser) or has no clipboard at all
/// (`navigator.clipboard` exists only on `https:`, `localhost` and `file:`).
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|clipboard| clipboard.is_object());
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Copies text to the clipboard, then says whether it could. Where the
/// browser refuses, the caller shows the text in a field, which `field` then
/// gives back, and its text is selected, ready for the reader to copy.
/// `done` returns false when its answer no longer applies (nothing is selected then).
pub fn copy_or_offer(
    text: String,
    done: impl FnOnce(bool, String) -> bool + 'static,
    field: impl FnOnce() -> Option<HtmlElement> + 'static,
) {
    leptos::task::spawn_local(async move {
        let copied = copy_to_clipboard(&text).await;
        let still_wanted = done(copied, text);
        if still_wanted && !copied {
            leptos::prelude::request_animation_frame(move || {
                if let Some(field) = field() {
                    select_text(&field);
                }
            });
        }
    });
}

/// Selects the text of an input or text area and focuses it.
pub fn select_text(field: &HtmlElement) {
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
    let _ = field.focus();
}

/// Sets a CSS custom property on `<html>` (CSSOM, which a strict
/// Content-Security-Policy allows, unlike a style attribute).
pub fn set_root_style_property(name: &str, value: &str) {
    let root = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

/// Calls `on_height` with the element's height in CSS px whenever it changes,
/// at most once per frame, for as long as the page lives.
pub fn watch_height(selector: &str, on_height: impl Fn(i32) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(target) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    let measure = {
        let target = target.clone();
        move || on_height(target.get_bounding_client_rect().height().ceil() as i32)
    };
    measure();
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let measure = std::rc::Rc::new(measure);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if pending.replace(true) {
            return;
        }
        let (pending, measure) = (pending.clone(), measure.clone());
        leptos::prelude::request_animation_frame(move || {
            pending.set(false);
            measure();
        });
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&target);
        // Both live as long as the page: the embed watches until it is unloaded.
        std::mem::forget(observer);
        callback.forget();
    }
}

/// Tells the embedding page the explainer's height: the documented message,
/// and nothing else.
pub fn post_height_to_parent(height: i32, target_origin: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"ahsct-explainer:height".into());
    let _ = js_sys::Reflect::set(&message, &"v".into(), &1.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, target_origin);
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
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
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
pub fn focus_without_scroll(target: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = target.focus_with_options(&options);
}

/// Whether keyboard focus is on this element.
pub fn has_focus_on(target: &web_sys::Element) -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|active| &active == target)
}

/// Whether keyboard focus is inside an element matching this CSS selector.
pub fn focus_is_inside(selector: &str) -> bool {
    document().and_then(|d| d.active_element()).and_then(|active| active.closest(selector).ok().flatten()).is_some()
}

/// Prints one part of the page: `<html data-print=part>` tells the print
/// styles what to keep, until the browser says printing is over.
pub fn print_only(part: &str) {
    let Some(window) = web_sys::window() else { return };
    set_root_attribute("data-print", Some(part));
    let cleanup = wasm_bindgen::closure::Closure::once_into_js(|| set_root_attribute("data-print", None));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        cleanup.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

/// Whether an event started inside an element matching this CSS selector.
pub fn event_started_inside(event: &web_sys::Event, selector: &str) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest(selector).ok().flatten())
        .is_some()
}
