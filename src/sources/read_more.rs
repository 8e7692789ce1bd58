use leptos::prelude::*;

use crate::content::use_content;
use crate::embed::state::use_embed;

/// The one place the app points elsewhere for more: a named charity page, or
/// the embedding charity's own page when it gives one (`?readmore=`).
#[component]
pub fn ReadMore() -> impl IntoView {
    let default = use_content().read_more;
    let options = use_embed().options;
    let url = move || options.with(|o| o.read_more.as_ref().map_or(default.url.to_owned(), |r| r.url.clone()));
    let label = move || {
        options.with(|o| o.read_more.as_ref().and_then(|r| r.label.clone()).unwrap_or_else(|| default.label.to_owned()))
    };
    view! {
        <p class="read-more">
            <a class="read-more__link" href=url rel="noreferrer">{label}</a>
        </p>
    }
}
