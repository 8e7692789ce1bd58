#[cfg(target_arch = "wasm32")]
use crate::islands::bind::{self, Island};
#[cfg(not(target_arch = "wasm32"))]
use {crate::content::use_content, leptos::prelude::*};

crate::island_words! {
    /// The charity page the app points to for more, unless a host names its own.
    pub struct ReadMoreWords { label, url }
}

/// The one place the app points elsewhere for more: a named charity page, or
/// the embedding charity's own page when it gives one (`?readmore=`). An
/// island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn ReadMore() -> impl IntoView {
    let link = use_content().read_more;
    let words = ReadMoreWords { label: link.label, url: link.url };
    view! {
        <p class="read-more" data-island="read-more" data-words=words.encode()>
            <a class="read-more__link" href=link.url rel="noreferrer">{link.label}</a>
        </p>
    }
}

/// A host's own page, when it names one, in place of the publisher's.
#[cfg(target_arch = "wasm32")]
pub fn bind(island: &Island) -> Result<(), String> {
    use crate::reactive::prelude::*;

    let words = ReadMoreWords::decode(&island.words()?).map_err(|e| e.to_string())?;
    let options = crate::embed::state::use_embed().options;
    let link = island.find::<web_sys::Element>(".read-more__link")?;
    bind::attribute(&link, "href", move || {
        Some(options.with(|o| o.read_more.as_ref().map_or(words.url.to_owned(), |r| r.url.clone())))
    });
    bind::text(&link, move || {
        options.with(|o| o.read_more.as_ref().and_then(|r| r.label.clone()).unwrap_or_else(|| words.label.to_owned()))
    });
    Ok(())
}
