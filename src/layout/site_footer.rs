#[cfg(target_arch = "wasm32")]
use crate::islands::bind::{self, Island};
#[cfg(not(target_arch = "wasm32"))]
use {crate::content::use_content, leptos::prelude::*};

crate::island_words! {
    /// What the footer says in the browser: who shared the page, in a host's frame.
    pub struct FooterWords {
        shared_by,
    }
}

/// The notice again at the end of the page, and a way back up. An island: in
/// a host's frame it links to the full page and names who shared it (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let words = FooterWords { shared_by: labels.shared_by };
    view! {
        <footer class="site-footer" data-island="footer" data-words=words.encode()>
            <div class="site-footer__inner">
                <p class="site-footer__notice">
                    {labels.notice_line}" "<a href="#notice">{labels.notice_link}</a>
                </p>
                <p class="site-footer__top"><a href="#">{labels.back_to_top}</a></p>
                // Shown in embed mode only (src/layout/layout.css).
                <p class="site-footer__embed-links">
                    <a href="#sources">{labels.embed_sources}</a>
                    <a class="site-footer__full-page" href="#" target="_blank" rel="noopener">
                        {labels.open_full_page}
                    </a>
                </p>
                <p class="site-footer__org" hidden></p>
                {(content.language.all.len() > 1)
                    .then(|| view! { <p class="site-footer__language-kept">{content.language.kept}</p> })}
            </div>
        </footer>
    }
}

/// The link to the full page follows the reader; the charity that shared the
/// page is named once the address has been read.
#[cfg(target_arch = "wasm32")]
pub fn bind(island: &Island) -> Result<(), String> {
    use crate::reactive::prelude::*;

    let words = FooterWords::decode(&island.words()?).map_err(|e| e.to_string())?;
    let embedding = crate::embed::state::use_embed();
    let full_page = island.find::<web_sys::Element>(".site-footer__full-page")?;
    let org = island.find::<web_sys::Element>(".site-footer__org")?;
    bind::attribute(&full_page, "href", move || Some(embedding.full_page_address.get()));
    let named = move || embedding.options.with(|o| o.org.clone());
    bind::text(&org, move || named().map(|org| format!("{} {org}", words.shared_by)).unwrap_or_default());
    bind::flag(&org, "hidden", move || named().is_none());
    Ok(())
}
