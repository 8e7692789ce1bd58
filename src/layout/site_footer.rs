use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::embed::state::use_embed;

/// What the footer says, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FooterWords {
    pub notice_line: String,
    pub notice_link: String,
    pub back_to_top: String,
    pub embed_sources: String,
    pub open_full_page: String,
    /// "Shared by", before the name of the charity whose frame the page is in.
    pub shared_by: String,
    /// Which language the page keeps, where there is more than one.
    pub language_kept: Option<String>,
}

/// The notice again at the end of the page, and a way back up. In a host's
/// frame it links to the full page, where the reader is, and names who
/// shared it.
#[island]
pub fn SiteFooter(words: FooterWords) -> impl IntoView {
    let embedding = use_embed();
    let full_page = move || embedding.full_page_address.get();
    let shared_by = words.shared_by;
    let named = move || embedding.options.with(|o| o.org.clone());
    let org_line = move || named().map(|org| format!("{shared_by} {org}")).unwrap_or_default();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__notice">
                    {words.notice_line}" "<a href="#notice">{words.notice_link}</a>
                </p>
                <p class="site-footer__top"><a href="#">{words.back_to_top}</a></p>
                // Shown in embed mode only (style/layout.css).
                <p class="site-footer__embed-links">
                    <a href="#sources">{words.embed_sources}</a>
                    <a class="site-footer__full-page" href=full_page target="_blank" rel="noopener">
                        {words.open_full_page}
                    </a>
                </p>
                // Its text as a property (src/questions/list_count.rs says why).
                <p class="site-footer__org" hidden=move || named().is_none() prop:textContent=org_line></p>
                {words.language_kept.map(|kept| view! { <p class="site-footer__language-kept">{kept}</p> })}
            </div>
        </footer>
    }
}
