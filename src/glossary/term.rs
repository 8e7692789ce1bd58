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

/// A term's island: a button that opens its short definition right there (a
/// disclosure), with a link to the full glossary. Escape closes it and puts
/// focus back on the term.
#[component]
pub fn GlossaryTerm(words: TermWords, note: StaticView) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let note_element = NodeRef::<leptos::html::Span>::new();
    crate::islands::effect(move || {
        let open = open.get();
        if let Some(note) = note_element.get() {
            note.set_hidden(!open);
        }
    });
    let close_and_return = move || {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    let close_on_escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            event.stop_propagation();
            close_and_return();
        }
    };
    // The note's own Close button is static HTML: its click comes up to here.
    let close_on_button = move |event: leptos::ev::MouseEvent| {
        if dom::event_started_inside(&event, ".term__close") {
            close_and_return();
        }
    };
    // A tap or click anywhere outside the term and its note closes it, as a
    // reader expects of a small pop-up; focus stays where they put it.
    let root = NodeRef::<leptos::html::Span>::new();
    let outside = window_event_listener(leptos::ev::pointerdown, move |event| {
        if !open.get_untracked() {
            return;
        }
        let inside = root.get_untracked().zip(event.target()).is_some_and(|(root, target)| {
            target.dyn_ref::<web_sys::Node>().is_some_and(|node| root.contains(Some(node)))
        });
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    view! {
        <span
            class="term"
            node_ref=root
            on:keydown=close_on_escape
            on:click=close_on_button
            data-island="term"
            data-words=words.encode()
        >
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
