use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::languages::bidi::{runs, Run};
use crate::platform::dom;

/// The anchor of a term in the glossary section.
pub fn glossary_anchor(term_id: &str) -> String {
    format!("glossary-{term_id}")
}

/// What a term's note says around its definition, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermWords {
    /// The words the sentence shows ("stem cells").
    pub shown: String,
    /// Punctuation that follows the term, kept on its line.
    pub after: String,
    /// The note's Close button, and what it closes ("the definition of…").
    pub close: String,
    pub close_about: String,
    /// Latin-script runs in the shown words are isolated (right-to-left pages).
    pub isolate_latin: bool,
}

/// A technical term in running text: a button that opens its short
/// definition (a disclosure) just below the sentence it is in, with a link to
/// the full glossary. The note closes on Escape, on its Close button and on a
/// tap anywhere else; Escape and Close put focus back on the term. The note's
/// words (the term, its definition and sources, the link to the glossary) are
/// the island's children.
///
/// As built, the term is a link to its entry in the glossary section, which
/// is what it does without scripts; in the browser it becomes the note's
/// button (`role="button"`, with Space as well as Enter). Not a `<button>`:
/// browsers lay a button out as one block, so a term of two or three words
/// could not wrap, and dropped whole to the next line, leaving a gap at the
/// end of the line before it.
#[island]
pub fn GlossaryTerm(term_id: String, note_id: String, words: TermWords, children: Children) -> impl IntoView {
    let TermWords { shown, after, close, close_about, isolate_latin } = words;
    let open = RwSignal::new(false);
    let hydrated = crate::platform::hydrated::hydrated();
    let term = NodeRef::<leptos::html::Span>::new();
    let button = NodeRef::<leptos::html::A>::new();
    let note = NodeRef::<leptos::html::Span>::new();
    // The note moves below the term's sentence when first opened.
    let placed = StoredValue::new(false);

    let set_open = move |now: bool| {
        if now && !placed.get_value() {
            placed.set_value(true);
            if let (Some(note), Some(term)) = (note.get_untracked(), term.get_untracked()) {
                place_below_sentence(&note, &term);
            }
        }
        open.set(now);
        // A term near the window's foot would open its note out of sight,
        // and the reader would not see that anything opened.
        if let (true, Some(note), Some(term)) = (now, note.get_untracked(), term.get_untracked()) {
            dom::request_animation_frame(move || {
                if !dom::page_is_embedded() {
                    dom::reveal_below(&note, &term);
                }
            });
        }
    };
    let close_and_return = move || {
        set_open(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    // Escape, on the term or anywhere in its note (which no longer sits inside the term).
    let on_escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            close_and_return();
        }
    };
    // A tap or click anywhere else closes a note, as a reader expects of a
    // small pop-up; focus stays where they put it. When the pointer comes up,
    // not when it goes down: what the reader pressed is then already chosen,
    // so the page closing up under the pointer cannot move it away (browsers
    // without scroll anchoring did). iOS also sends this for a tap on plain
    // text, where it sends no click; keys never do, so Enter on a link
    // elsewhere leaves the note open, as moving focus on does.
    let _ = window_event_listener(leptos::ev::pointerup, move |event| {
        if open.get_untracked() && !holds(&event, [term.get_untracked(), note.get_untracked()]) {
            set_open(false);
        }
    });

    let href = format!("#{}", glossary_anchor(&term_id));
    let controls = note_id.clone();
    let shown = if isolate_latin { runs(&shown) } else { vec![Run::Plain(&shown)] }
        .into_iter()
        .map(|run| match run {
            Run::Plain(text) => leptos::either::Either::Left(text.to_owned()),
            Run::Latin(text) => leptos::either::Either::Right(view! { <bdi>{text.to_owned()}</bdi> }),
        })
        .collect_view();
    view! {
        <span class="term" node_ref=term>
            <a
                class="term__button"
                href=href
                data-term=term_id
                node_ref=button
                role=move || hydrated.get().then_some("button")
                aria-expanded=move || hydrated.get().then(|| if open.get() { "true" } else { "false" })
                aria-controls=move || hydrated.get().then(|| controls.clone())
                on:click=move |event| {
                    event.prevent_default();
                    set_open(!open.get_untracked());
                }
                on:keydown=move |event| {
                    // Enter on a link clicks it; a button takes Space too (and
                    // the page must not scroll for it).
                    if event.key() == " " {
                        event.prevent_default();
                        set_open(!open.get_untracked());
                    } else {
                        on_escape(event);
                    }
                }
            >
                {shown}
            </a>
            // An empty text here would render as a space before the
            // punctuation that follows the term ("الفصادة ،").
            {(!after.is_empty()).then_some(after)}
            <span class="term__note" id=note_id hidden=move || !open.get() node_ref=note on:keydown=on_escape>
                {children()}
                " "
                <button type="button" class="button button--small button--quiet term__close" on:click=move |_| close_and_return()>
                    {close}
                    <span class="visually-hidden">" "{close_about}</span>
                </button>
            </span>
        </span>
    }
}

/// Whether an event happened inside any of these elements.
fn holds(event: &web_sys::Event, parts: [Option<web_sys::HtmlSpanElement>; 2]) -> bool {
    use wasm_bindgen::JsCast;
    let Some(node) = event.target().and_then(|target| target.dyn_into::<web_sys::Node>().ok()) else { return false };
    parts.iter().flatten().any(|part| part.contains(Some(&node)))
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

/// A term as the content marks it, with its note's words (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::GlossaryTermMark;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::{glossary_anchor, GlossaryTerm, TermWords};
    use crate::content::use_content;
    use crate::glossary::marked_text::isolated;
    use crate::sources::citations::Citations;

    /// A term in running text, by its glossary id (`GlossaryTerm`).
    #[component]
    pub fn GlossaryTermMark(
        shown: &'static str,
        term_id: &'static str,
        /// The section, step or card the term is in: its note's id is unique by it.
        unit: &'static str,
        /// Punctuation that follows the term, kept on its line.
        #[prop(optional)]
        after: &'static str,
    ) -> impl IntoView {
        let content = use_content();
        let Some(term) = content.glossary_term(term_id) else {
            // A mark for a term the glossary lacks (a content test forbids it)
            // still reads as the words themselves.
            return leptos::either::Either::Left((shown, after));
        };
        let words = TermWords {
            shown: shown.to_owned(),
            after: after.to_owned(),
            close: content.glossary_close.to_owned(),
            close_about: format!("{} {}", content.glossary_close_about, term.term),
            isolate_latin: content.language.right_to_left,
        };
        leptos::either::Either::Right(view! {
            <GlossaryTerm term_id=term_id.to_owned() note_id=format!("term-note-{unit}-{term_id}") words=words>
                <strong class="term__name">{isolated(term.term)}</strong>
                " "
                {isolated(term.definition.text)}
                <Citations cites=term.definition.cites/>
                " "
                <a class="term__more" href=format!("#{}", glossary_anchor(term_id))>
                    {content.glossary_more}
                    <span class="visually-hidden">" "{content.glossary_about}" "{term.term}</span>
                </a>
            </GlossaryTerm>
        })
    }
}
