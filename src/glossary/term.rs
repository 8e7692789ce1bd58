use leptos::prelude::*;

use crate::content::use_content;
use crate::islands::{Static, StaticView};
use crate::platform::dom;
use crate::sources::citations::Citations;
use wasm_bindgen::JsCast;

/// The anchor of a term in the glossary section.
pub fn glossary_anchor(term_id: &str) -> String {
    format!("glossary-{term_id}")
}

crate::island_words! {
    /// What a term's island needs: which term, where it is, and its words.
    pub struct TermWords {
        term_id,
        /// The section, step or card the term is in: its note's id is unique by it.
        unit,
        shown,
        /// Punctuation that follows the term, kept on its line.
        after,
    }
}

impl TermWords {
    fn note_id(&self) -> String {
        format!("term-note-{}-{}", self.unit, self.term_id)
    }
}

/// A technical term in running text, as the page is rendered: the term's
/// island, with its definition as the static note. Without scripts it reads as
/// plain text, and the glossary section has every definition.
#[component]
pub fn GlossaryTermMark(
    shown: &'static str,
    term_id: &'static str,
    unit: &'static str,
    #[prop(optional)] after: &'static str,
) -> impl IntoView {
    let content = use_content();
    let Some(term) = content.glossary_term(term_id) else {
        // A mark for a term the glossary lacks (a content test forbids it)
        // still reads as the words themselves.
        return leptos::either::Either::Left((shown, after));
    };
    let words = TermWords { term_id, unit, shown, after };
    let note = Static::new(view! {
        <span class="term__note" id=words.note_id() hidden>
            <strong class="term__name">{term.term}</strong>
            " "
            {term.definition.text}
            <Citations cites=term.definition.cites/>
            " "
            <a class="term__more" href=format!("#{}", glossary_anchor(term_id))>
                {content.glossary_more}
                <span class="visually-hidden">" "{content.glossary_about}" "{term.term}</span>
            </a>
            " "
            <button type="button" class="button button--small button--quiet term__close">
                {content.glossary_close}
                <span class="visually-hidden">" "{content.glossary_close_about}" "{term.term}</span>
            </button>
        </span>
    });
    leptos::either::Either::Right(view! { <GlossaryTerm words=words note=note/> })
}

/// A term's island: a button that opens its short definition (a
/// disclosure) just below the sentence it is in, with a link to the full
/// glossary. The note closes on Escape, on its Close button and on a tap
/// anywhere else; Escape and Close put focus back on the term.
#[component]
pub fn GlossaryTerm(words: TermWords, note: StaticView) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let note_element = NodeRef::<leptos::html::Span>::new();
    let root = NodeRef::<leptos::html::Span>::new();
    let placed = StoredValue::new(false);
    crate::islands::effect(move || {
        let open = open.get();
        if let (Some(note), Some(root)) = (note_element.get(), root.get()) {
            if open && !placed.get_value() {
                place_below_sentence(&note, &root);
                placed.set_value(true);
            }
            note.set_hidden(!open);
        }
    });
    let close_and_return = move || {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    // Once opened, the note sits outside the term (below its sentence), so
    // its keys and clicks are heard on the window, for this term or its note.
    let within_term_or_note = move |event: &web_sys::Event| {
        let Some(node) = event.target().and_then(|target| target.dyn_into::<web_sys::Node>().ok()) else {
            return false;
        };
        let contains = |element: Option<web_sys::HtmlElement>| element.is_some_and(|e| e.contains(Some(&node)));
        contains(root.get_untracked().map(Into::into)) || contains(note_element.get_untracked().map(Into::into))
    };
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && open.get_untracked() && within_term_or_note(&event) {
            event.prevent_default();
            close_and_return();
        }
    });
    let close_button = window_event_listener(leptos::ev::click, move |event| {
        if open.get_untracked() && within_term_or_note(&event) && dom::event_started_inside(&event, ".term__close") {
            close_and_return();
        }
    });
    // A tap or click anywhere else closes it, as a reader expects of a small
    // pop-up; focus stays where they put it. When the pointer comes up, not
    // when it goes down: what the reader pressed is then already chosen, so
    // the page closing up under the pointer cannot move it away (browsers
    // without scroll anchoring did). iOS also sends this for a tap on plain
    // text, where it sends no click; and keys never do, so Enter on a link
    // elsewhere leaves the note open, as moving focus on does.
    let outside = window_event_listener(leptos::ev::pointerup, move |event| {
        if open.get_untracked() && !within_term_or_note(&event) {
            open.set(false);
        }
    });
    on_cleanup(move || {
        escape.remove();
        close_button.remove();
        outside.remove();
    });
    view! {
        <span class="term" node_ref=root data-island="term" data-words=words.encode()>
            <button
                type="button"
                class="term__button"
                node_ref=button
                data-term=words.term_id
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=words.note_id()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {words.shown}
            </button>
            {words.after}
            {note.node_ref(note_element)}
        </span>
    }
}

/// The blocks a term can be in: a note goes after a paragraph (or heading,
/// caption, quote), or at the end of a list item or table cell.
const NOTE_GOES_AFTER: &str = "p, h2, h3, h4, figcaption, blockquote";
const NOTE_GOES_INSIDE_AT_END: &str = "li, dd, dt, td, th";

/// Moves a term's note out of the running text to just below the block the
/// term is in, so opening it never splits the sentence or strands its
/// punctuation. Notes opened below one block stay in the order they were opened.
fn place_below_sentence(note: &web_sys::HtmlElement, term: &web_sys::HtmlElement) {
    let block = term.closest(&format!("{NOTE_GOES_AFTER}, {NOTE_GOES_INSIDE_AT_END}")).ok().flatten();
    let Some(block) = block else { return };
    if block.matches(NOTE_GOES_INSIDE_AT_END).unwrap_or(false) {
        let _ = block.append_child(note);
        return;
    }
    // After the block and after notes already opened below it.
    let mut last = block;
    while let Some(next) = last.next_element_sibling().filter(|next| next.class_list().contains("term__note")) {
        last = next;
    }
    let _ = last.after_with_node_1(note);
}
