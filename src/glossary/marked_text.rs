use leptos::either::Either;
use leptos::prelude::*;

use crate::content::use_content;
use crate::glossary::markup::{self, Piece};
use crate::glossary::term::GlossaryTermMark;
use crate::languages::bidi::{runs, Run};

/// Text with its glossary marks (`[[shown|term-id]]`) turned into terms a
/// reader can open in place.
#[component]
pub fn MarkedText(text: &'static str, unit: &'static str) -> impl IntoView {
    markup::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Either::Left(isolated(text)),
            Piece::Term { shown, term_id, after } => {
                Either::Right(view! { <GlossaryTermMark shown=shown term_id=term_id unit=unit after=after/> })
            }
        })
        .collect_view()
}

/// Text as the page shows it: on a right-to-left page, each run of
/// Latin-script words ("CD34+", "G-CSF") isolated, so that it keeps its own
/// order (`languages::bidi`); elsewhere, the text as it is.
pub fn isolated(text: &'static str) -> impl IntoView {
    if !use_content().language.right_to_left {
        return Either::Left(text);
    }
    Either::Right(
        runs(text)
            .into_iter()
            .map(|run| match run {
                Run::Plain(text) => Either::Left(text),
                Run::Latin(text) => Either::Right(view! { <bdi>{text}</bdi> }),
            })
            .collect_view(),
    )
}
