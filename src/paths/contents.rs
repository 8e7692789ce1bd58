use leptos::prelude::*;

use crate::content::{use_content, SectionKind};
use crate::paths::reading_time::fill_minutes;
use crate::paths::short_version::short_version_words;
use crate::paths::{CONTENTS_ID, SHORT_VERSION_ID};

/// The contents near the top of the page (GOV.UK's contents pattern): a link
/// to the short version, with its reading time, then a link to every
/// section in order. The notice just above it is not listed.
#[component]
pub fn PageContents() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let items = content
        .sections
        .iter()
        .filter(|section| section.kind != SectionKind::Notice)
        .map(|section| {
            view! { <li><a href=format!("#{}", section.id)>{section.heading}</a></li> }
        })
        .collect_view();
    view! {
        <nav id=CONTENTS_ID class="contents" aria-labelledby=CONTENTS_HEADING_ID tabindex="-1">
            <h2 id=CONTENTS_HEADING_ID class="contents__heading">{labels.contents_heading}</h2>
            <p class="contents__short">
                <a href=format!("#{SHORT_VERSION_ID}")>
                    {fill_minutes(labels.short_version_link, short_version_words(content), content.lang)}
                </a>
            </p>
            <ol class="contents__list" role="list">{items}</ol>
        </nav>
    }
}

const CONTENTS_HEADING_ID: &str = "contents-heading";
