use leptos::prelude::*;

use crate::questions::my_list::LIST_HEADING_ID;
use crate::questions::state::use_questions;

/// How many questions the reader's list holds, kept in view at the foot of
/// the suggested questions while the reader ticks them, with a link down to
/// the list: the list itself is screens below the first tick on a phone.
/// `count` says "Questions in your list: {n}".
#[island]
pub fn ListCount(count: String, go_to_list: String) -> impl IntoView {
    let questions = use_questions();
    let shown = move || count.replace("{n}", &questions.list.with(|list| list.len()).to_string());
    let as_built = shown();
    view! {
        <p class="list-count">
            // Its text as a property, not a text node: a translator's <font>
            // elements take the place of a text node, whose updates would
            // then be lost, while the element stays.
            <span class="list-count__count" prop:textContent=shown>{as_built}</span>
            " "
            <a class="list-count__link" href=format!("#{LIST_HEADING_ID}")>{go_to_list}</a>
        </p>
    }
}
