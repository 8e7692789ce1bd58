use leptos::prelude::*;

use crate::platform::dom;
use crate::questions::my_list::ListParts;
use crate::questions::state::use_questions;

/// After a stored list could not be read: the reader can see it as the text
/// it is, to copy their questions from it, or delete it. It is never deleted
/// without their asking. Part of the reader's list; hidden until then.
#[component]
pub fn EarlierList() -> impl IntoView {
    let questions = use_questions();
    let parts = expect_context::<ListParts>();
    let earlier = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Textarea>::new();
    let show = move |_| {
        earlier.set(questions.earlier_lists());
        dom::request_animation_frame(move || {
            if let Some(field) = field.get_untracked() {
                dom::select_text(&field);
            }
        });
    };
    let delete = move |_| {
        questions.delete_earlier_lists();
        earlier.set(String::new());
        parts.focus_heading_soon();
    };
    view! {
        <div class="earlier-list" hidden=move || questions.status.with(|status| status.unreadable_found.is_none())>
            <button type="button" class="button button--small earlier-list__show" on:click=show>
                {parts.word(|w| &w.show_earlier)}
            </button>
            <button type="button" class="button button--small button--quiet earlier-list__delete" on:click=delete>
                {parts.word(|w| &w.delete_earlier)}
            </button>
            <label class="text-to-copy-field" hidden=move || earlier.with(String::is_empty)>
                {parts.word(|w| &w.earlier_label)}
                <textarea id="earlier-list-text" class="text-to-copy my-questions__copy-text" readonly rows="6" prop:value=move || earlier.get() node_ref=field></textarea>
            </label>
        </div>
    }
}
