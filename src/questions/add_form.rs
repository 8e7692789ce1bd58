#[cfg(not(target_arch = "wasm32"))]
use {crate::content::model::QuestionsText, crate::questions::MAX_QUESTION_CHARS, leptos::prelude::*};

const FIELD_ID: &str = "own-question";
const HINT_ID: &str = "own-question-hint";
const ERROR_ID: &str = "own-question-error";

/// A field for the reader's own question. Its words are kept exactly as
/// typed (tidied of line breaks) and only ever shown as text. Part of the
/// list's island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn AddQuestionForm(text: &'static QuestionsText) -> impl IntoView {
    let hint = text.add_hint.replace("{max}", &MAX_QUESTION_CHARS.to_string());
    view! {
        <form class="add-question" novalidate>
            <label class="add-question__label" for=FIELD_ID>{text.add_label}</label>
            <p class="add-question__hint" id=HINT_ID>{hint}</p>
            <p class="add-question__error" id=ERROR_ID hidden>
                <span class="visually-hidden">{text.error_prefix}" "</span>
                {text.add_empty_error}
            </p>
            <textarea
                id=FIELD_ID
                class="add-question__field"
                rows="3"
                maxlength=MAX_QUESTION_CHARS.to_string()
                aria-describedby=HINT_ID
                aria-invalid="false"
            ></textarea>
            <button type="submit" class="button">{text.add_button}</button>
        </form>
    }
}

#[cfg(target_arch = "wasm32")]
pub fn bind(island: &crate::islands::bind::Island, view: crate::questions::my_list::ListView) -> Result<(), String> {
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use web_sys::{Element, HtmlTextAreaElement};

    use crate::islands::bind;
    use crate::questions::state::use_questions;
    use crate::questions::AddError;

    let questions = use_questions();
    let form: Element = island.find(".add-question")?;
    let field: HtmlTextAreaElement = island.find(&format!("#{FIELD_ID}"))?;
    let error_message: Element = island.find(&format!("#{ERROR_ID}"))?;
    let error = RwSignal::new(false);

    bind::flag(&error_message, "hidden", move || !error.get());
    bind::attribute(&field, "aria-describedby", move || {
        Some(if error.get() { format!("{ERROR_ID} {HINT_ID}") } else { HINT_ID.to_owned() })
    });
    bind::attribute(&field, "aria-invalid", move || Some((if error.get() { "true" } else { "false" }).to_owned()));
    bind::on(&form, "submit", move |event| {
        event.prevent_default();
        let mut result = Ok(());
        questions.change(|list| result = list.add_own(&field.value()));
        match result {
            Ok(()) => {
                field.set_value("");
                error.set(false);
                view.announce(view.words.added);
            }
            // As GOV.UK's error pattern does: focus goes to the field, whose
            // description now starts with the error, so it is heard at once.
            Err(AddError::Empty) => {
                error.set(true);
                let _ = field.focus();
            }
        }
    });
    Ok(())
}
