use leptos::prelude::*;

use crate::questions::my_list::QuestionWords;
use crate::questions::state::use_questions;
use crate::questions::{AddError, MAX_QUESTION_CHARS};

const FIELD_ID: &str = "own-question";
const HINT_ID: &str = "own-question-hint";
const ERROR_ID: &str = "own-question-error";

/// A field for the reader's own question. Its words are kept exactly as
/// typed (tidied of line breaks) and only ever shown as text.
#[component]
pub fn AddQuestionForm(words: QuestionWords, on_added: Callback<()>) -> impl IntoView {
    let text = words;
    let questions = use_questions();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let hint = text.add_hint.replace("{max}", &MAX_QUESTION_CHARS.to_string());

    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let mut result = Ok(());
        questions.change(|list| result = list.add_own(&typed.get_untracked()));
        match result {
            Ok(()) => {
                typed.set(String::new());
                error.set(false);
                on_added.run(());
            }
            // As GOV.UK's error pattern does: focus goes to the field, whose
            // description now starts with the error, so it is heard at once.
            Err(AddError::Empty) => {
                error.set(true);
                if let Some(field) = field.get_untracked() {
                    let _ = field.focus();
                }
            }
        }
    };

    view! {
        <form class="add-question" on:submit=add novalidate>
            <label class="add-question__label" for=FIELD_ID>{text.add_label}</label>
            <p class="add-question__hint" id=HINT_ID>{hint}</p>
            <p class="add-question__error" id=ERROR_ID hidden=move || !error.get()>
                <span class="visually-hidden">{text.error_prefix}" "</span>
                {text.add_empty_error}
            </p>
            <textarea
                node_ref=field
                id=FIELD_ID
                class="add-question__field"
                rows="3"
                maxlength=MAX_QUESTION_CHARS.to_string()
                aria-describedby=move || if error.get() { format!("{ERROR_ID} {HINT_ID}") } else { HINT_ID.to_owned() }
                aria-invalid=move || if error.get() { "true" } else { "false" }
                prop:value=move || typed.get()
                on:input=move |event| typed.set(event_target_value(&event))
            ></textarea>
            <button type="submit" class="button">{text.add_button}</button>
        </form>
    }
}
