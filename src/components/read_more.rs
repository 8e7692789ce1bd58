use leptos::prelude::*;

use crate::state::use_content;

/// The one place the app points elsewhere for more: a named charity page.
#[component]
pub fn ReadMore() -> impl IntoView {
    let link = use_content().read_more;
    view! {
        <p class="read-more">
            <a class="read-more__link" href=link.url rel="noreferrer">{link.label}</a>
        </p>
    }
}
