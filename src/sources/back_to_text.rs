//! "Back to the text": after a reader follows a source number or a term's
//! "More in the glossary" link, the entry they land on offers a way back to
//! the very link they came from. A mis-tap on a phone is otherwise about
//! 17,000 px from where the reader was, with no way back but scrolling.
//!
//! The link is rendered once, hidden, with the sources (`SourceList`); here it
//! moves into the entry the reader reached and shows. Without the app, or on
//! a page reached from elsewhere, it stays hidden: there is no text to go
//! back to.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::platform::{dom, location};
use crate::sources::BACK_LINK_CLASS;

/// Links whose targets offer the way back: source numbers and glossary links.
const FOLLOWED_LINKS: &str = "a.citation, a.term__more";

struct Origin {
    link: web_sys::HtmlElement,
    fragment: String,
}

thread_local! {
    static ORIGIN: RefCell<Option<Origin>> = const { RefCell::new(None) };
}

/// Listens for the links that lead away from the text, and for the way back.
pub fn install() {
    let Some(document) = dom::document() else { return };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(on_click);
    let _ = document.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    // The page lives as long as the app.
    listener.forget();
}

fn on_click(event: web_sys::MouseEvent) {
    if let Some(back) = dom::event_target_closest(&event, &format!("a.{BACK_LINK_CLASS}")) {
        event.prevent_default();
        go_back(&back);
        return;
    }
    // A link opened in a new tab or window leaves the reader where they are.
    if event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return;
    }
    let Some(link) = dom::event_target_closest(&event, FOLLOWED_LINKS) else { return };
    let Some(target_id) = link.get_attribute("href").and_then(|href| href.strip_prefix('#').map(str::to_owned)) else {
        return;
    };
    let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() else { return };
    ORIGIN.with(|origin| *origin.borrow_mut() = Some(Origin { link, fragment: location::current_fragment() }));
    offer_way_back(&target_id);
}

/// Puts the link first in the entry reached (in a glossary entry, first in
/// its definition), and shows it: the next Tab stop, and on screen with it.
fn offer_way_back(target_id: &str) {
    let Some(document) = dom::document() else { return };
    let (Some(entry), Some(back)) = (document.get_element_by_id(target_id), back_link(&document)) else { return };
    let place = entry.query_selector("dd").ok().flatten().unwrap_or(entry);
    let _ = place.insert_before(&back, place.first_child().as_ref());
    back.set_hidden(false);
}

fn go_back(back: &web_sys::Element) {
    if let Ok(back) = back.clone().dyn_into::<web_sys::HtmlElement>() {
        back.set_hidden(true);
    }
    let Some(origin) = ORIGIN.with(|origin| origin.borrow_mut().take()) else { return };
    // A link inside a definition that has closed since: its term instead;
    // one in a step the reader has since left: that part of the page's heading.
    let Some(target) = visible(origin.link.clone())
        .or_else(|| {
            let term_button = origin.link.closest(".term").ok()??.query_selector(".term__button").ok()??;
            visible(term_button.dyn_into().ok()?)
        })
        .or_else(|| {
            let heading = origin.link.closest("section").ok()??.query_selector("h2").ok()??;
            let heading: web_sys::HtmlElement = heading.dyn_into().ok()?;
            let _ = heading.set_attribute("tabindex", "-1");
            visible(heading)
        })
    else {
        return;
    };
    // The address goes back to what it was, without a new history entry, and
    // without telling the page it changed: the reader is where they were.
    location::replace_fragment(&origin.fragment);
    dom::scroll_into_view_centred(&target);
    dom::focus_without_scroll(&target);
}

/// The element, if it is on the page and shown.
fn visible(element: web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    let rect = element.get_bounding_client_rect();
    (element.is_connected() && (rect.width() > 0.0 || rect.height() > 0.0)).then_some(element)
}

fn back_link(document: &web_sys::Document) -> Option<web_sys::HtmlElement> {
    document.query_selector(&format!("a.{BACK_LINK_CLASS}")).ok()??.dyn_into().ok()
}
