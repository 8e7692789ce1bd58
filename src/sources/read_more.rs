use leptos::prelude::*;

use crate::content::use_content;
use crate::embed::state::use_embed;

crate::island_words! {
    /// The charity page the app points to for more, unless a host names its own.
    pub struct ReadMoreWords { label, url }
}

/// The read-more link as the page is rendered, from the content.
#[component]
pub fn ReadMore() -> impl IntoView {
    let link = use_content().read_more;
    view! { <ReadMoreLink words=ReadMoreWords { label: link.label, url: link.url }/> }
}

/// The one place the app points elsewhere for more: a named charity page, or
/// the embedding charity's own page when it gives one (`?readmore=`). An island.
#[component]
pub fn ReadMoreLink(words: ReadMoreWords) -> impl IntoView {
    let options = use_embed().options;
    let url = move || options.with(|o| o.read_more.as_ref().map_or(words.url.to_owned(), |r| r.url.clone()));
    let label = move || {
        options.with(|o| o.read_more.as_ref().and_then(|r| r.label.clone()).unwrap_or_else(|| words.label.to_owned()))
    };
    view! {
        <p class="read-more" data-island="read-more" data-words=words.encode()>
            <a class="read-more__link" href=url rel="noreferrer">{label}</a>
        </p>
    }
}
