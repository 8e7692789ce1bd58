//! "Clear", asked first in the page. The reader's list of questions and the
//! reader's dates both end with it. A browser's own dialog (`confirm()`) may
//! be blocked in a host's sandboxed frame and takes the reader out of the
//! page; this question stays beside what it is about, and focus goes with
//! the reader: to the question's group, back to the button on No, and on Yes
//! to wherever the owner says (the emptied thing's heading).

use leptos::prelude::*;

use crate::platform::dom;

/// What the button and its question say, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClearWords {
    pub clear: String,
    pub question: String,
    pub yes: String,
    pub no: String,
}

/// The "Clear" button, and in its place once pressed the question with Yes
/// and No. It sits in a row of buttons; the question takes the row's width.
/// `name` starts its elements' ids: `{name}-clear` (the button),
/// `{name}-clear-confirm` (the question's group) and `{name}-clear-question`.
#[component]
pub fn ClearWithConfirmation(
    name: &'static str,
    words: ClearWords,
    /// Runs as the question shows: the owner quiets what its status said.
    #[prop(into)]
    on_ask: Callback<()>,
    /// Runs on Yes: the owner clears, says so, and moves focus.
    #[prop(into)]
    on_clear: Callback<()>,
) -> impl IntoView {
    let ClearWords { clear, question, yes, no } = words;
    let question_id = format!("{name}-clear-question");
    let labelled_by = question_id.clone();
    let confirming = RwSignal::new(false);
    let clear_button = NodeRef::<leptos::html::Button>::new();
    let confirmation = NodeRef::<leptos::html::Div>::new();

    let ask = move |_| {
        confirming.set(true);
        on_ask.run(());
        dom::focus_soon(confirmation);
    };
    let confirm = move |_| {
        confirming.set(false);
        on_clear.run(());
    };
    let keep = move |_| {
        confirming.set(false);
        dom::focus_soon(clear_button);
    };
    view! {
        <button
            type="button"
            class="button button--quiet clear-confirm__ask"
            id=format!("{name}-clear")
            hidden=move || confirming.get()
            on:click=ask
            node_ref=clear_button
        >
            {clear}
        </button>
        <div
            class="clear-confirm"
            id=format!("{name}-clear-confirm")
            tabindex="-1"
            role="group"
            aria-labelledby=labelled_by
            hidden=move || !confirming.get()
            node_ref=confirmation
        >
            <p class="clear-confirm__question" id=question_id>{question}</p>
            <button type="button" class="button button--warning clear-confirm__yes" on:click=confirm>{yes}</button>
            <button type="button" class="button button--quiet clear-confirm__no" on:click=keep>{no}</button>
        </div>
    }
}
