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
    view! {
        <ol class="source-list">
            {content
                .sources
                .iter()
                .map(|source| {
                    let citation = match source.url {
                        Some(url) => Either::Left(view! { <a href=url rel="noreferrer">{source.citation}</a> }),
                        None => Either::Right(source.citation),
                    };
                    view! { <li id=source_anchor(source.id)>{citation}</li> }
                })
                .collect_view()}
        </ol>
        <p class="review-dates">
            {labels.reviewed}" "
            <time datetime=review.last_reviewed_iso>{review.last_reviewed}</time>". "
            {labels.next_review}" "
            <time datetime=review.next_review_iso>{review.next_review}</time>"."
        </p>
        <p class="publisher">{labels.published_by}" "{review.publisher}"."</p>
        // Moved into the source or glossary entry a reader reaches from a link
        // in the text, and shown there (`back_to_text.rs`); hidden otherwise.
        <a class=BACK_LINK_CLASS href="#main" hidden>{labels.back_to_text}</a>
    }
}
