use leptos::prelude::*;

use crate::content::use_content;
use crate::sources::citations::Citations;

/// The anchor of a term in the glossary section.
pub fn glossary_anchor(term_id: &str) -> String {
    format!("glossary-{term_id}")
}

/// A technical term in running text: a button that opens its short definition
/// right there (a disclosure), with a link to the full glossary. Escape closes
/// it and puts focus back on the term. Without scripts it reads as plain text,
/// and the glossary section has every definition. `after` is punctuation that
/// follows the term, kept on its line.
#[component]
pub fn GlossaryTerm(
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
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let note_id = format!("term-note-{unit}-{term_id}");
    let controls = note_id.clone();
    let close_on_escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            event.stop_propagation();
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    leptos::either::Either::Right(view! {
        <span class="term" on:keydown=close_on_escape>
            <button
                type="button"
                class="term__button"
                node_ref=button
                data-term=term_id
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=controls
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {shown}
            </button>
            {after}
            <span class="term__note" id=note_id hidden=move || !open.get()>
                <strong class="term__name">{term.term}</strong>
                " "
                {term.definition.text}
                <Citations cites=term.definition.cites/>
                " "
                <a class="term__more" href=format!("#{}", glossary_anchor(term_id))>
                    {content.glossary_more}
                    <span class="visually-hidden">" "{content.glossary_about}" "{term.term}</span>
                </a>
            </span>
        </span>
    })
}
