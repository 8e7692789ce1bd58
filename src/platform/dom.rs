//! The page's own elements: focus, scrolling, attributes on `<html>`,
//! printing, and the calm message after a panic. Every call tolerates a
//! missing window or element, so a strange page never becomes a panic.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

const APP_ROOT_ID: &str = "app";

const PANIC_MESSAGE_ID: &str = "app-problem";

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn app_root() -> Option<HtmlElement> {
    element(APP_ROOT_ID)?.dyn_into().ok()
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

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
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

/// Brings an element to the top of the view, at once, unless it is already
/// fully in view: then nothing moves.
pub fn scroll_into_view_if_needed(target: &web_sys::Element) {
    if !fully_in_view(target) {
        scroll_to_top_of_view(target);
    }
}

/// Whether an element is entirely inside the window's view.
pub fn fully_in_view(target: &web_sys::Element) -> bool {
    let rect = target.get_bounding_client_rect();
    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    rect.top() >= 0.0 && rect.bottom() <= height
}

/// Whether the page is inside a host's frame (embed mode marks `<html
/// data-embed>`): the host's page is then the host's to scroll.
pub fn page_is_embedded() -> bool {
    document().and_then(|d| d.document_element()).is_some_and(|html| html.has_attribute("data-embed"))
}

/// What opened below `keep` out of sight, past the window's foot, comes up
/// into view: as far as its first third of a window, and never so far that
/// `keep` (what the reader pressed, which has focus) leaves the top.
pub fn reveal_below(opened: &web_sys::Element, keep: &web_sys::Element) {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let rect = opened.get_bounding_client_rect();
    let short_by = rect.bottom().min(rect.top() + height / 3.0) - height;
    let room_above = keep.get_bounding_client_rect().top() - 8.0;
    let by = short_by.min(room_above);
    if by > 0.0 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

/// Brings an element to the top of the view, at once.
pub fn scroll_to_top_of_view(target: &web_sys::Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    options.set_block(ScrollLogicalPosition::Start);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Brings an element to the middle of the view, at once: the reader sees
/// the lines around it too.
pub fn scroll_into_view_centred(target: &web_sys::Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    options.set_block(ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The element an event started in, or its nearest ancestor, matching this CSS selector.
pub fn event_target_closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
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

/// Runs `then` before the browser's next paint (Leptos's own request).
pub fn request_animation_frame(then: impl FnOnce() + 'static) {
    // Boxed, so that Leptos's generic request is in the WebAssembly once,
    // not once for each closure type.
    let then: Box<dyn FnOnce()> = Box::new(then);
    leptos::prelude::request_animation_frame(then);
}

/// Moves focus to `target` before the next paint, once what holds it shows.
pub fn focus_soon<E>(target: leptos::prelude::NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    use leptos::prelude::GetUntracked;
    request_animation_frame(move || {
        if let Some(element) = target.get_untracked() {
            let _ = element.unchecked_into::<HtmlElement>().focus();
        }
    });
}

/// Listens for `event` on `target` for as long as the page lives.
pub fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    listen_boxed(target, event, Box::new(handler));
}

// One closure type for every listener, in a function that is not generic:
// each type would bring its own glue.
fn listen_boxed(target: &web_sys::EventTarget, event: &str, handler: Box<dyn FnMut(web_sys::Event)>) {
    let closure = wasm_bindgen::closure::Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Listens for `event` on the window for as long as the page lives.
pub fn on_window(event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    if let Some(window) = web_sys::window() {
        listen(&window, event, handler);
    }
}

/// A click that follows a link where it is: not one that asks for a new tab
/// or window (Ctrl, Cmd, Shift, the middle button), which the browser does.
pub fn is_plain_click(click: &web_sys::MouseEvent) -> bool {
    !(click.ctrl_key() || click.meta_key() || click.shift_key() || click.button() != 0)
}

/// Whether the page reads right to left (its `<html dir="rtl">`).
pub fn page_is_right_to_left() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.get_attribute("dir").as_deref() == Some("rtl"))
}
