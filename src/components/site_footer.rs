use leptos::prelude::*;

use crate::state::use_content;

/// The notice again at the end of the page, and a way back up.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let notice = content.section("notice").map(|s| s.in_short);
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__notice">
                    {notice}" "<a href="#notice">{labels.notice_link}</a>
                </p>
                <p><a href="#">{labels.back_to_top}</a></p>
            </div>
        </footer>
    }
}
