use leptos::prelude::*;

use crate::platform::dom;
use crate::questions::my_list::QuestionWords;
use crate::questions::state::use_questions;

const FIELD_ID: &str = "earlier-list-text";

/// After a stored list could not be read: the reader can see it as the text
/// it is, to copy their questions from it, or delete it. It is never deleted
/// without their asking. `on_deleted` runs once it is (its owner moves focus).
#[component]
pub fn EarlierList(words: QuestionWords, on_deleted: Callback<()>) -> impl IntoView {
    let text = words;
    let questions = use_questions();
    let shown = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Textarea>::new();
    let show = move |_| {
        shown.set(questions.earlier_lists());
        request_animation_frame(move || {
            if let Some(field) = field.get_untracked() {
                dom::select_text(&field);
            }
        });
    };
    let delete = move |_| {
        questions.delete_earlier_lists();
        shown.set(String::new());
        request_animation_frame(move || on_deleted.run(()));
    };
    view! {
        <div class="earlier-list" hidden=move || questions.status.with(|status| status.unreadable_found.is_none())>
            <button type="button" class="button button--small" on:click=show>{text.show_earlier}</button>
            <button type="button" class="button button--small button--quiet" on:click=delete>{text.delete_earlier}</button>
            <label class="text-to-copy-field" hidden=move || shown.with(String::is_empty)>
                {text.earlier_label}
                <textarea id=FIELD_ID node_ref=field class="text-to-copy my-questions__copy-text" readonly rows="6" prop:value=move || shown.get()></textarea>
            </label>
        </div>
    }
}
