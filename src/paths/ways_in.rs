use leptos::prelude::*;

use crate::content::use_content;
use crate::paths::reading_time::fill_minutes;
use crate::paths::short_version::short_version_words;
use crate::paths::{CONTENTS_ID, SHORT_VERSION_ID};

/// Under the page's title, the two short ways into a long page: the
/// contents, and the short version with its reading time. On a phone the notice
/// fills the rest of the first screen, and the contents come after it: these
/// two links keep the ways in on that first screen, in every language.
#[component]
pub fn WaysIn() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    view! {
        <p class="ways-in">
            <a class="ways-in__contents" href=format!("#{CONTENTS_ID}")>{labels.contents_heading}</a>
            " "
            <a class="ways-in__short" href=format!("#{SHORT_VERSION_ID}")>
                {fill_minutes(labels.short_version_link, short_version_words(content), content.lang)}
            </a>
        </p>
    }
}
