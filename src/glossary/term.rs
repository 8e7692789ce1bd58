#[cfg(not(target_arch = "wasm32"))]
use {
    crate::content::use_content, crate::glossary::marked_text::isolated, crate::sources::citations::Citations,
    leptos::prelude::*,
};

/// The anchor of a term in the glossary section.
pub fn glossary_anchor(term_id: &str) -> String {
    format!("glossary-{term_id}")
}

/// A technical term in running text: a button that opens its short
/// definition (a disclosure) just below the sentence it is in, with a link to
/// the full glossary. The note closes on Escape, on its Close button and on a
/// tap anywhere else; Escape and Close put focus back on the term. An island
/// (`bind`).
///
/// The term is rendered as a link to its entry in the glossary section, which
/// is what it does without scripts; the island makes it the note's button
/// (`role="button"`, with Space as well as Enter). Not a `<button>`: browsers
/// lay a button out as one block, so a term of two or three words could not
/// wrap, and dropped whole to the next line, leaving a gap at the end of the
/// line before it.
#[cfg(not(target_arch = "wasm32"))]
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
    let note_id = format!("term-note-{unit}-{term_id}");
    leptos::either::Either::Right(view! {
        <span class="term" data-island="term">
            <a class="term__button" href=format!("#{}", glossary_anchor(term_id)) data-term=term_id>
                {isolated(shown)}
            </a>
            // An empty text here would render as a space before the
            // punctuation that follows the term ("الفصادة ،").
            {(!after.is_empty()).then_some(after)}
            <span class="term__note" id=note_id hidden>
                <strong class="term__name">{isolated(term.term)}</strong>
                " "
                {isolated(term.definition.text)}
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
        </span>
    })
}

#[cfg(target_arch = "wasm32")]
pub use browser::bind;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, Node};

    use crate::islands::bind::{self, Island};
    use crate::platform::dom;

    /// A term on the page, and its note (which moves below the term's
    /// sentence when first opened, so it is found by reference, not by place).
    struct Term {
        root: HtmlElement,
        button: HtmlElement,
        note: HtmlElement,
        placed: Cell<bool>,
    }

    impl Term {
        fn is_open(&self) -> bool {
            !self.note.hidden()
        }

        fn set_open(&self, open: bool) {
            if open && !self.placed.replace(true) {
                place_below_sentence(&self.note, &self.root);
            }
            self.note.set_hidden(!open);
            let _ = self.button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }

        fn close_and_return(&self) {
            self.set_open(false);
            let _ = self.button.focus();
        }

        /// Whether an event happened on this term or inside its note.
        fn holds(&self, event: &web_sys::Event) -> bool {
            let Some(node) = event.target().and_then(|target| target.dyn_into::<Node>().ok()) else { return false };
            self.root.contains(Some(&node)) || self.note.contains(Some(&node))
        }
    }

    thread_local! {
        /// Every term on the page: one set of window listeners serves them all.
        static TERMS: RefCell<Vec<Rc<Term>>> = const { RefCell::new(Vec::new()) };
    }

    pub fn bind(island: &Island) -> Result<(), String> {
        let term = Rc::new(Term {
            root: island.root.clone(),
            button: island.find(".term__button")?,
            note: island.find(".term__note")?,
            placed: Cell::new(false),
        });
        // From a link to the glossary to the note's button (see `GlossaryTermMark`).
        let note_id = term.note.id();
        for (name, value) in [("role", "button"), ("aria-expanded", "false"), ("aria-controls", note_id.as_str())] {
            term.button.set_attribute(name, value).map_err(|_| "its term cannot become a button".to_owned())?;
        }
        let toggled = term.clone();
        bind::on(&term.button, "click", move |event| {
            event.prevent_default();
            toggled.set_open(!toggled.is_open());
        });
        // Enter on a link clicks it; a button takes Space too (and the page
        // must not scroll for it).
        let toggled = term.clone();
        bind::on(&term.button, "keydown", move |event| {
            let is_space = event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|key| key.key() == " ");
            if is_space {
                event.prevent_default();
                toggled.set_open(!toggled.is_open());
            }
        });
        let first = TERMS.with_borrow_mut(|terms| {
            terms.push(term);
            terms.len() == 1
        });
        if first {
            listen_on_window();
        }
        Ok(())
    }

    fn each_open_term(mut act: impl FnMut(&Term)) {
        let open: Vec<Rc<Term>> = TERMS.with_borrow(|terms| terms.iter().filter(|t| t.is_open()).cloned().collect());
        for term in &open {
            act(term);
        }
    }

    /// Once opened, a note sits outside its term (below its sentence), so its
    /// keys and clicks are heard on the window.
    fn listen_on_window() {
        let Some(window) = web_sys::window() else { return };
        bind::on(&window, "keydown", |event| {
            let is_escape = event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|key| key.key() == "Escape");
            if is_escape {
                each_open_term(|term| {
                    if term.holds(&event) {
                        event.prevent_default();
                        term.close_and_return();
                    }
                });
            }
        });
        bind::on(&window, "click", |event| {
            if dom::event_started_inside(&event, ".term__close") {
                each_open_term(|term| {
                    if term.holds(&event) {
                        term.close_and_return();
                    }
                });
            }
        });
        // A tap or click anywhere else closes a note, as a reader expects of
        // a small pop-up; focus stays where they put it. When the pointer
        // comes up, not when it goes down: what the reader pressed is then
        // already chosen, so the page closing up under the pointer cannot
        // move it away (browsers without scroll anchoring did). iOS also
        // sends this for a tap on plain text, where it sends no click; and
        // keys never do, so Enter on a link elsewhere leaves the note open,
        // as moving focus on does.
        bind::on(&window, "pointerup", |event| {
            each_open_term(|term| {
                if !term.holds(&event) {
                    term.set_open(false);
                }
            });
        });
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
}
