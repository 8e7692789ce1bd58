#[cfg(target_arch = "wasm32")]
use crate::islands::bind::{self, Island};
#[cfg(not(target_arch = "wasm32"))]
use {crate::questions::my_list::LIST_HEADING_ID, leptos::prelude::*};

crate::island_words! {
    /// The words of the count shown beside the suggested questions.
    pub struct ListCountWords {
        /// "Questions in your list: {n}"
        count,
    }
}

/// How many questions the reader's list holds, kept in view at the foot of
/// the suggested questions while the reader ticks them, with a link down to
/// the list: the list itself is screens below the first tick on a phone.
/// An island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn ListCount(count: &'static str, go_to_list: &'static str) -> impl IntoView {
    let words = ListCountWords { count };
    view! {
        <p class="list-count" data-island="list-count" data-words=words.encode()>
            <span class="list-count__count">{count.replace("{n}", "0")}</span>
            " "
            <a class="list-count__link" href=format!("#{LIST_HEADING_ID}")>{go_to_list}</a>
        </p>
    }
}

#[cfg(target_arch = "wasm32")]
pub fn bind(island: &Island) -> Result<(), String> {
    use crate::reactive::prelude::*;

    let words = ListCountWords::decode(&island.words()?).map_err(|e| e.to_string())?;
    let questions = crate::questions::state::use_questions();
    let count = island.find::<web_sys::Element>(".list-count__count")?;
    bind::text(&count, move || words.count.replace("{n}", &questions.list.with(|list| list.len()).to_string()));
    Ok(())
}
