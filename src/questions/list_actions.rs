use leptos::prelude::*;

use crate::clear_confirm::{ClearWithConfirmation, ClearWords};
use crate::platform::{clipboard, dom};
use crate::questions::my_list::ListParts;
use crate::questions::state::use_questions;

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
/// Part of the reader's list; hidden until the list has questions.
#[component]
pub fn QuestionListActions() -> impl IntoView {
    let questions = use_questions();
    let parts = expect_context::<ListParts>();
    let status = RwSignal::new(Status::Quiet);
    let copy_field = NodeRef::<leptos::html::Textarea>::new();

    let copy = move |_| {
        let plain = questions.list.with_untracked(|list| list.as_plain_text(&parts.word(|w| &w.printed_title)));
        clipboard::copy_or_offer(
            plain,
            move |copied, plain| {
                status.set(if copied { Status::Copied } else { Status::CopyYourself(plain) });
                true
            },
            move || copy_field.get_untracked().map(Into::into),
        );
    };
    let clear = move |_| {
        questions.change(|list| list.clear());
        status.set(Status::Cleared);
        parts.focus_heading_soon();
    };
    let clear_words = ClearWords {
        clear: parts.word(|w| &w.clear),
        question: parts.word(|w| &w.clear_confirm),
        yes: parts.word(|w| &w.clear_yes),
        no: parts.word(|w| &w.clear_no),
    };
    let said = move || match status.get() {
        Status::Copied => parts.word(|w| &w.copied),
        Status::Cleared => parts.word(|w| &w.cleared),
        Status::Quiet | Status::CopyYourself(_) => String::new(),
    };
    let to_copy = move || match status.get() {
        Status::CopyYourself(plain) => plain,
        _ => String::new(),
    };
    view! {
        <div class="question-actions" hidden=move || questions.list.with(|list| list.is_empty())>
            <button type="button" class="button question-actions__print" on:click=|_| dom::print_only("questions")>
                {parts.word(|w| &w.print)}
            </button>
            <button type="button" class="button question-actions__copy" on:click=copy>{parts.word(|w| &w.copy)}</button>
            <ClearWithConfirmation name="my-questions" words=clear_words on_ask=move |_| status.set(Status::Quiet) on_clear=clear/>
        </div>
        <p class="question-actions__status" role="status" prop:textContent=said></p>
        <label class="text-to-copy-field" hidden=move || !matches!(status.get(), Status::CopyYourself(_))>
            {parts.word(|w| &w.copy_yourself)}
            <textarea id="my-questions-copy-text" class="text-to-copy my-questions__copy-text" readonly rows="6" prop:value=to_copy node_ref=copy_field></textarea>
        </label>
    }
}
