//! How an island takes over its pre-rendered HTML in the browser: it finds its
//! own elements inside its root, listens to them, and keeps what changes in
//! step with the shared state through effects. Nothing is re-rendered or
//! hydrated, so no view code reaches the WebAssembly: Leptos renders the page
//! at build time, and in the browser only its signals and effects run.
//!
//! Measured (issue 12): the reading settings cost 2.5 KiB of brotli'd
//! WebAssembly as a hydrated view, and a fraction of that bound here.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

use crate::islands::words::WordsError;
use crate::islands::WORDS_ATTRIBUTE;

/// An island's root element, and the way to its parts.
#[derive(Clone)]
pub struct Island {
    pub root: HtmlElement,
}

impl Island {
    pub fn new(root: HtmlElement) -> Self {
        Island { root }
    }

    /// The island's words (`data-words`).
    pub fn words(&self) -> Result<String, String> {
        self.attribute(WORDS_ATTRIBUTE)
    }

    pub fn attribute(&self, name: &'static str) -> Result<String, String> {
        self.root.get_attribute(name).ok_or_else(|| WordsError::Absent(name).to_string())
    }

    /// The first element inside the island that matches, as the type the
    /// island needs; without it, the island cannot start and says which part
    /// the page lacks.
    pub fn find<E: JsCast>(&self, selector: &str) -> Result<E, String> {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|found| found.dyn_into::<E>().ok())
            .ok_or_else(|| format!("its HTML has no \"{selector}\""))
    }

    /// Every element inside the island that matches, in page order.
    pub fn find_all<E: JsCast>(&self, selector: &str) -> Vec<E> {
        all_in(&self.root, selector)
    }

    /// Every element that matches, exactly `count` of them, or why not.
    pub fn find_exactly<E: JsCast>(&self, selector: &str, count: usize, what: &str) -> Result<Vec<E>, String> {
        let found = self.find_all::<E>(selector);
        if found.len() == count {
            Ok(found)
        } else {
            Err(format!("it has {} {what}, not {count}", found.len()))
        }
    }
}

/// Every element under `parent` that matches, in page order.
pub fn all_in<E: JsCast>(parent: &Element, selector: &str) -> Vec<E> {
    let Ok(found) = parent.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<E>().ok()).collect()
}

/// Listens for `event` on `target` for as long as the page lives.
pub fn on(target: &EventTarget, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    crate::platform::dom::listen(target, event, handler);
}

// Each helper boxes its closure at once and hands it to one plain function:
// the helper's body is then in the WebAssembly once, not once per call site
// (measured: about 1 KiB brotli over the page's islands).

/// Keeps an element's text as `text` says.
pub fn text(el: &Element, text: impl Fn() -> String + 'static) {
    keep_text(el.clone(), Box::new(text));
}

fn keep_text(el: Element, text: Box<dyn Fn() -> String>) {
    crate::islands::effect(move || {
        let now = text();
        if el.text_content().as_deref() != Some(now.as_str()) {
            el.set_text_content(Some(&now));
        }
    });
}

/// Keeps an attribute as `value` says: present with its value, or absent.
pub fn attribute(el: &Element, name: &'static str, value: impl Fn() -> Option<String> + 'static) {
    keep_attribute(el.clone(), name, Box::new(value));
}

fn keep_attribute(el: Element, name: &'static str, value: Box<dyn Fn() -> Option<String>>) {
    crate::islands::effect(move || match value() {
        Some(value) => {
            if el.get_attribute(name).as_deref() != Some(value.as_str()) {
                let _ = el.set_attribute(name, &value);
            }
        }
        None => {
            let _ = el.remove_attribute(name);
        }
    });
}

/// Keeps a true-or-false attribute (`hidden`, `disabled`) as `on` says.
pub fn flag(el: &Element, name: &'static str, on: impl Fn() -> bool + 'static) {
    keep_flag(el.clone(), name, Box::new(on));
}

fn keep_flag(el: Element, name: &'static str, on: Box<dyn Fn() -> bool>) {
    crate::islands::effect(move || {
        let _ = el.toggle_attribute_with_force(name, on());
    });
}

/// Keeps a class on or off as `on` says.
pub fn class(el: &Element, name: &'static str, on: impl Fn() -> bool + 'static) {
    keep_class(el.clone(), name, Box::new(on));
}

fn keep_class(el: Element, name: &'static str, on: Box<dyn Fn() -> bool>) {
    crate::islands::effect(move || {
        let _ = el.class_list().toggle_with_force(name, on());
    });
}

/// Keeps a box or a radio button ticked as `ticked` says.
pub fn checked(input: &web_sys::HtmlInputElement, ticked: impl Fn() -> bool + 'static) {
    keep_checked(input.clone(), Box::new(ticked));
}

fn keep_checked(input: web_sys::HtmlInputElement, ticked: Box<dyn Fn() -> bool>) {
    crate::islands::effect(move || input.set_checked(ticked()));
}

/// A new element with its classes, for parts an island builds itself.
pub fn element(tag: &str, class: &str) -> Option<HtmlElement> {
    let element = crate::platform::dom::document()?.create_element(tag).ok()?.dyn_into::<HtmlElement>().ok()?;
    element.set_class_name(class);
    Some(element)
}
