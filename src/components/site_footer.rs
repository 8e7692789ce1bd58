use leptos::prelude::*;

use crate::state::use_content;

/// The notice again at the end of the page, and a way back up.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__notice">
                    {labels.notice_line}" "<a href="#notice">{labels.notice_link}</a>
                </p>
                <p><a href="#">{labels.back_to_top}</a></p>
            </div>
        </footer>
    }
}
