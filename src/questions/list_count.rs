use leptos::prelude::*;

use crate::questions::my_list::LIST_HEADING_ID;
use crate::questions::state::use_questions;

crate::island_words! {
    /// The words of the count shown beside the suggested questions.
    pub struct ListCountWords {
        /// "Questions in your list: {n}"
        count,
        go_to_list,
    }
}

/// How many questions the reader's list holds, kept in view at the foot of
/// the suggested questions while the reader ticks them, with a link down to
/// the list: the list itself is screens below the first tick on a phone.
#[component]
pub fn ListCount(words: ListCountWords) -> impl IntoView {
    let questions = use_questions();
    let count = move || questions.list.with(|list| list.len());
    view! {
        <p class="list-count" data-island="list-count" data-words=words.encode()>
            <span class="list-count__count">{move || words.count.replace("{n}", &count().to_string())}</span>
            " "
            <a class="list-count__link" href=format!("#{LIST_HEADING_ID}")>{words.go_to_list}</a>
        </p>
    }
}
