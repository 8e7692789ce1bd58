use leptos::prelude::*;

use crate::content::use_content;
use crate::embed::state::use_embed;

crate::island_words! {
    /// The footer's words.
    pub struct FooterWords {
        notice_line,
        notice_link,
        back_to_top,
        embed_sources,
        open_full_page,
        shared_by,
    }
}

/// The footer as the page is rendered, with its words from the content.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let l = &use_content().labels;
    let words = FooterWords {
        notice_line: l.notice_line,
        notice_link: l.notice_link,
        back_to_top: l.back_to_top,
        embed_sources: l.embed_sources,
        open_full_page: l.open_full_page,
        shared_by: l.shared_by,
    };
    view! { <Footer words=words/> }
}

/// The notice again at the end of the page, and a way back up. An island: in
/// a host's frame it links to the full page and names who shared it.
#[component]
pub fn Footer(words: FooterWords) -> impl IntoView {
    let labels = words;
    let embedding = use_embed();
    let org = move || embedding.options.with(|o| o.org.clone());
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
                    <a href=move || embedding.full_page_address.get() target="_blank" rel="noopener">
                        {labels.open_full_page}
                    </a>
                </p>
                {move || org().map(|org| view! { <p class="site-footer__org">{labels.shared_by}" "{org}</p> })}
            </div>
        </footer>
    }
}
