#[cfg(not(target_arch = "wasm32"))]
use {crate::content::model::QuestionsText, leptos::prelude::*};

const CLEAR_BUTTON_ID: &str = "my-questions-clear";
const CONFIRM_ID: &str = "my-questions-clear-confirm";
#[cfg(not(target_arch = "wasm32"))]
const CONFIRM_QUESTION_ID: &str = "my-questions-clear-question";
const COPY_TEXT_ID: &str = "my-questions-copy-text";

/// Print, copy and clear the reader's list. Clearing asks first, in the page
/// rather than in a browser dialog (which a host's sandboxed frame may block).
/// Part of the list's island (`bind`); hidden until the list has questions.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn QuestionListActions(text: &'static QuestionsText) -> impl IntoView {
    view! {
        <div class="question-actions" hidden>
            <button type="button" class="button question-actions__print">{text.print}</button>
            <button type="button" class="button question-actions__copy">{text.copy}</button>
            <button type="button" class="button button--quiet" id=CLEAR_BUTTON_ID>{text.clear}</button>
        </div>
        <div class="clear-confirm" id=CONFIRM_ID tabindex="-1" role="group" aria-labelledby=CONFIRM_QUESTION_ID hidden>
            <p class="clear-confirm__question" id=CONFIRM_QUESTION_ID>{text.clear_confirm}</p>
            <button type="button" class="button button--warning clear-confirm__yes">{text.clear_yes}</button>
            <button type="button" class="button button--quiet clear-confirm__no">{text.clear_no}</button>
        </div>
        <p class="question-actions__status" role="status"></p>
        <label class="text-to-copy-field" hidden>
            {text.copy_yourself}
            <textarea id=COPY_TEXT_ID class="text-to-copy my-questions__copy-text" readonly rows="6"></textarea>
        </label>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::bind;

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::platform::dom::request_animation_frame;
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

    use super::{CLEAR_BUTTON_ID, CONFIRM_ID, COPY_TEXT_ID};
    use crate::islands::bind::{self, Island};
    use crate::platform::{clipboard, dom};
    use crate::questions::my_list::ListView;
    use crate::questions::state::use_questions;

    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Status {
        Quiet,
        Copied,
        /// The browser would not copy: the text is shown for the reader to copy.
        CopyYourself(String),
        Cleared,
    }

    pub fn bind(island: &Island, view: ListView) -> Result<(), String> {
        let questions = use_questions();
        let actions: Element = island.find(".question-actions")?;
        let print: Element = island.find(".question-actions__print")?;
        let copy: Element = island.find(".question-actions__copy")?;
        let clear_button: HtmlElement = island.find(&format!("#{CLEAR_BUTTON_ID}"))?;
        let confirmation: HtmlElement = island.find(&format!("#{CONFIRM_ID}"))?;
        let yes: Element = island.find(".clear-confirm__yes")?;
        let no: Element = island.find(".clear-confirm__no")?;
        let status_line: Element = island.find(".question-actions__status")?;
        let copy_field: HtmlTextAreaElement = island.find(&format!("#{COPY_TEXT_ID}"))?;
        let copy_label = copy_field.parent_element().ok_or("its copy field has no label")?;

        let status = RwSignal::new(Status::Quiet);
        let confirming = RwSignal::new(false);
        let words = view.words;
        bind::flag(&actions, "hidden", move || questions.list.with(|list| list.is_empty()));
        bind::flag(&clear_button, "hidden", move || confirming.get());
        bind::flag(&confirmation, "hidden", move || !confirming.get());
        bind::text(&status_line, move || {
            match status.get() {
                Status::Copied => words.copied,
                Status::Cleared => words.cleared,
                Status::Quiet | Status::CopyYourself(_) => "",
            }
            .to_owned()
        });
        bind::flag(&copy_label, "hidden", move || !matches!(status.get(), Status::CopyYourself(_)));
        let shown_copy = copy_field.clone();
        crate::islands::effect(move || {
            shown_copy.set_value(&match status.get() {
                Status::CopyYourself(plain) => plain,
                _ => String::new(),
            })
        });

        bind::on(&print, "click", |_| dom::print_only("questions"));
        bind::on(&copy, "click", move |_| {
            let plain = questions.list.with_untracked(|list| list.as_plain_text(words.printed_title));
            let field = copy_field.clone();
            clipboard::copy_or_offer(
                plain,
                move |copied, plain| {
                    status.set(if copied { Status::Copied } else { Status::CopyYourself(plain) });
                    true
                },
                move || Some(field.into()),
            );
        });
        bind::on(&clear_button.clone(), "click", move |_| {
            confirming.set(true);
            status.set(Status::Quiet);
            let confirmation = confirmation.clone();
            request_animation_frame(move || {
                let _ = confirmation.focus();
            });
        });
        bind::on(&yes, "click", move |_| {
            questions.change(|list| list.clear());
            confirming.set(false);
            status.set(Status::Cleared);
            view.focus_heading_soon();
        });
        bind::on(&no, "click", move |_| {
            confirming.set(false);
            let clear_button = clear_button.clone();
            request_animation_frame(move || {
                let _ = clear_button.focus();
            });
        });
        Ok(())
    }
}
