use leptos::prelude::*;

use crate::questions::my_list::ListParts;
use crate::questions::state::use_questions;
use crate::questions::{AddError, MAX_QUESTION_CHARS};

const FIELD_ID: &str = "own-question";
const HINT_ID: &str = "own-question-hint";
const ERROR_ID: &str = "own-question-error";

/// A field for the reader's own question. Its words are kept exactly as
/// typed (tidied of line breaks) and only ever shown as text. Part of the
/// reader's list.
#[component]
pub fn AddQuestionForm() -> impl IntoView {
    let questions = use_questions();
    let parts = expect_context::<ListParts>();
    let error = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(field) = field.get_untracked() else { return };
        let mut result = Ok(());
        questions.change(|list| result = list.add_own(&field.value()));
        match result {
            Ok(()) => {
                field.set_value("");
                error.set(false);
                parts.announce(parts.word(|w| &w.added));
            }
            // As GOV.UK's error pattern does: focus goes to the field, whose
            // description now starts with the error, so it is heard at once.
            Err(AddError::Empty) => {
                error.set(true);
                let _ = field.focus();
            }
        }
    };
    view! {
        <form class="add-question" novalidate on:submit=add>
            <label class="add-question__label" for=FIELD_ID>{parts.word(|w| &w.add_label)}</label>
            <p class="add-question__hint" id=HINT_ID>{parts.word(|w| &w.add_hint)}</p>
            <p class="add-question__error" id=ERROR_ID hidden=move || !error.get()>
                <span class="visually-hidden">{parts.word(|w| &w.error_prefix)}" "</span>
                {parts.word(|w| &w.add_empty_error)}
            </p>
            <textarea
                id=FIELD_ID
                class="add-question__field"
                dir="auto"
                rows="3"
                maxlength=MAX_QUESTION_CHARS.to_string()
                aria-describedby=move || if error.get() { format!("{ERROR_ID} {HINT_ID}") } else { HINT_ID.to_owned() }
                aria-invalid=move || if error.get() { "true" } else { "false" }
                node_ref=field
            ></textarea>
            <button type="submit" class="button">{parts.word(|w| &w.add_button)}</button>
        </form>
    }
}
