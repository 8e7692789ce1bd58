use leptos::prelude::*;

use crate::embed::state::use_embed;

/// The one place the app points elsewhere for more: a named charity page, or
/// the embedding charity's own page when it gives one (`?readmore=`).
#[island]
pub fn ReadMore(label: String, url: String) -> impl IntoView {
    let options = use_embed().options;
    let href = move || options.with(|o| o.read_more.as_ref().map_or_else(|| url.clone(), |r| r.url.clone()));
    let text =
        move || options.with(|o| o.read_more.as_ref().and_then(|r| r.label.clone())).unwrap_or_else(|| label.clone());
    let as_built = text();
    view! {
        <p class="read-more">
            // Its text as a property (src/questions/list_count.rs says why).
            <a class="read-more__link" href=href rel="noreferrer" prop:textContent=text>{as_built}</a>
        </p>
    }
}
