#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

const FIELD_ID: &str = "earlier-list-text";

/// After a stored list could not be read: the reader can see it as the text
/// it is, to copy their questions from it, or delete it. It is never deleted
/// without their asking. Part of the list's island (`bind`); hidden until then.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn EarlierList(show: &'static str, delete: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <div class="earlier-list" hidden>
            <button type="button" class="button button--small earlier-list__show">{show}</button>
            <button type="button" class="button button--small button--quiet earlier-list__delete">{delete}</button>
            <label class="text-to-copy-field" hidden>
                {label}
                <textarea id=FIELD_ID class="text-to-copy my-questions__copy-text" readonly rows="6"></textarea>
            </label>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub fn bind(island: &crate::islands::bind::Island, view: crate::questions::my_list::ListView) -> Result<(), String> {
    use crate::platform::dom::request_animation_frame;
    use crate::reactive::prelude::*;
    use web_sys::{Element, HtmlTextAreaElement};

    use crate::islands::bind;
    use crate::platform::dom;
    use crate::questions::state::use_questions;

    let questions = use_questions();
    let part: Element = island.find(".earlier-list")?;
    let show: Element = island.find(".earlier-list__show")?;
    let delete: Element = island.find(".earlier-list__delete")?;
    let field: HtmlTextAreaElement = island.find(&format!("#{FIELD_ID}"))?;
    let label = field.parent_element().ok_or("its earlier list has no label")?;

    bind::flag(&part, "hidden", move || questions.status.with(|status| status.unreadable_found.is_none()));
    let (shown_field, shown_label) = (field.clone(), label.clone());
    bind::on(&show, "click", move |_| {
        let earlier = questions.earlier_lists();
        shown_field.set_value(&earlier);
        if !earlier.is_empty() {
            let _ = shown_label.remove_attribute("hidden");
        }
        let field = shown_field.clone();
        request_animation_frame(move || dom::select_text(&field));
    });
    bind::on(&delete, "click", move |_| {
        questions.delete_earlier_lists();
        field.set_value("");
        let _ = label.set_attribute("hidden", "");
        view.focus_heading_soon();
    });
    Ok(())
}
