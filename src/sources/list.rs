use leptos::either::Either;
use leptos::prelude::*;

use crate::content::use_content;
use crate::sources::citations::source_anchor;

use crate::sources::BACK_LINK_CLASS;

/// The numbered references that the numbers in the text point to, and the review dates.
#[component]
pub fn SourceList() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let review = &content.review;
    // The sources are English publications, cited as published: on another
    // language's page they say so, and in a right-to-left line they keep
    // their own order (their full stop stays at their end).
    let (citation_lang, citation_dir) = match content.lang.starts_with("en") {
        true => (None, None),
        false => (Some("en"), Some("ltr")),
    };
    view! {
        <ol class="source-list">
            {content
                .sources
                .iter()
                .map(|source| {
                    let (published, after) = match source.note {
                        Some(note) => (source.citation.strip_suffix('.').unwrap_or(source.citation), format!(" ({note})."),),
                        None => (source.citation, String::new()),
                    };
                    let citation = match source.url {
                        Some(url) => Either::Left(view! { <a href=url rel="noreferrer">{published}</a> }),
                        None => Either::Right(published),
                    };
                    view! {
                        <li id=source_anchor(source.id)>
                            <span class="source-list__citation" lang=citation_lang dir=citation_dir>{citation}</span>
                            {after}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <ReviewDates/>
        <p class="publisher">{labels.published_by}" "{review.publisher}"."</p>
        // Moved into the source or glossary entry a reader reaches from a link
        // in the text, and shown there (`back_to_text.rs`); hidden otherwise.
        <a class=BACK_LINK_CLASS href="#main" hidden>{labels.back_to_text}</a>
    }
}

/// When the text was last checked against its sources, and when it will be
/// again; or, where the text has changed since that check, that it has and
/// that the changes are not yet checked. A publisher's own clinician's
/// sign-off shows as theirs.
#[component]
fn ReviewDates() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let review = &content.review;
    let checked = if review.changed_since {
        let (before, after) = split_at_date(labels.reviewed_before_changes);
        Either::Left(view! {
            <p class="review-dates review-dates--changed">
                {before}<time datetime=review.last_reviewed_iso>{review.last_reviewed}</time>{after}
            </p>
        })
    } else {
        Either::Right(view! {
            <p class="review-dates">
                {labels.reviewed}" "
                <time datetime=review.last_reviewed_iso>{review.last_reviewed}</time>". "
                {labels.next_review}" "
                <time datetime=review.next_review_iso>{review.next_review}</time>"."
            </p>
        })
    };
    let signed_off = review.signed_off.map(|(day, iso)| {
        let (before, after) = split_at_date(&labels.signed_off.replace("{publisher}", review.publisher));
        view! {
            <p class="review-dates review-dates--signed-off">
                {before}<time datetime=iso>{day}</time>{after}
            </p>
        }
    });
    view! { {checked} {signed_off} }
}

/// The words of a template before and after its `{date}`.
fn split_at_date(template: &str) -> (String, String) {
    let (before, after) = template.split_once("{date}").unwrap_or((template, ""));
    (before.to_owned(), after.to_owned())
}
