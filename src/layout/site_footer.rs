use leptos::prelude::*;

use crate::content::use_content;
use crate::embed::state::use_embed;

/// The notice again at the end of the page, and a way back up.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let embedding = use_embed();
    let org = move || embedding.options.with(|o| o.org.clone());
    view! {
        <footer class="site-footer">
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
