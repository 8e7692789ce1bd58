use leptos::prelude::*;

use crate::platform::clipboard;
use crate::platform::dom;
use crate::questions::my_list::QuestionWords;
use crate::questions::state::use_questions;

const CLEAR_BUTTON_ID: &str = "my-questions-clear";
const CONFIRM_ID: &str = "my-questions-clear-confirm";
const CONFIRM_QUESTION_ID: &str = "my-questions-clear-question";
const COPY_TEXT_ID: &str = "my-questions-copy-text";

#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Quiet,
    Copied,
    /// The browser would not copy: the text is shown for the reader to copy.
    CopyYourself(String),
    Cleared,
}

/// Print, copy and clear the reader's list. Clearing asks first, in the page
/// rather than in a browser dialog (which a host's sandboxed frame may block).
/// `on_cleared` runs once the list is cleared (its owner moves focus).
#[component]
pub fn QuestionListActions(words: QuestionWords, on_cleared: Callback<()>) -> impl IntoView {
    let text = words;
    let questions = use_questions();
    let status = RwSignal::new(Status::Quiet);
    let confirming = RwSignal::new(false);
    let has_questions = move || questions.list.with(|list| !list.is_empty());
    let clear_button = NodeRef::<leptos::html::Button>::new();
    let confirmation = NodeRef::<leptos::html::Div>::new();
    let copy_field = NodeRef::<leptos::html::Textarea>::new();

    let copy = move |_| {
        let plain = questions.list.with_untracked(|list| list.as_plain_text(text.printed_title));
        clipboard::copy_or_offer(
            plain,
            move |copied, plain| {
                status.set(if copied { Status::Copied } else { Status::CopyYourself(plain) });
                true
            },
            move || copy_field.get_untracked().map(Into::into),
        );
    };
    let ask_to_clear = move |_| {
        confirming.set(true);
        status.set(Status::Quiet);
        request_animation_frame(move || {
            if let Some(confirmation) = confirmation.get_untracked() {
                let _ = confirmation.focus();
            }
        });
    };
    let clear = move |_| {
        questions.change(|list| list.clear());
        confirming.set(false);
        status.set(Status::Cleared);
        request_animation_frame(move || on_cleared.run(()));
    };
    let keep = move |_| {
        confirming.set(false);
        request_animation_frame(move || {
            if let Some(clear_button) = clear_button.get_untracked() {
                let _ = clear_button.focus();
            }
        });
    };

    view! {
        <div class="question-actions" hidden=move || !has_questions()>
            <button type="button" class="button" on:click=move |_| dom::print_only("questions")>{text.print}</button>
            <button type="button" class="button" on:click=copy>{text.copy}</button>
            <button type="button" class="button button--quiet" id=CLEAR_BUTTON_ID node_ref=clear_button on:click=ask_to_clear
                hidden=move || confirming.get()>
                {text.clear}
            </button>
        </div>
        <div class="clear-confirm" id=CONFIRM_ID node_ref=confirmation tabindex="-1" role="group" aria-labelledby=CONFIRM_QUESTION_ID
            hidden=move || !confirming.get()>
            <p class="clear-confirm__question" id=CONFIRM_QUESTION_ID>{text.clear_confirm}</p>
            <button type="button" class="button button--warning" on:click=clear>{text.clear_yes}</button>
            <button type="button" class="button button--quiet" on:click=keep>{text.clear_no}</button>
        </div>
        <p class="question-actions__status" role="status">
            {move || match status.get() {
                Status::Copied => text.copied,
                Status::Cleared => text.cleared,
                Status::Quiet | Status::CopyYourself(_) => "",
            }}
        </p>
        // Always in the page, hidden until needed: a view built later would
        // bring its own building code into the WebAssembly.
        <label class="text-to-copy-field" hidden=move || !matches!(status.get(), Status::CopyYourself(_))>
            {text.copy_yourself}
            <textarea
                id=COPY_TEXT_ID
                node_ref=copy_field
                class="text-to-copy my-questions__copy-text"
                readonly
                rows="6"
                prop:value=move || match status.get() {
                    Status::CopyYourself(plain) => plain,
                    _ => String::new(),
                }
            ></textarea>
        </label>
    }
}
