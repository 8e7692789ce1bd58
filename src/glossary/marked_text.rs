use leptos::either::Either;
use leptos::prelude::*;

use crate::glossary::markup::{self, Piece};
use crate::glossary::term::GlossaryTermMark;

/// Text with its glossary marks (`[[shown|term-id]]`) turned into terms a
/// reader can open in place.
#[component]
pub fn MarkedText(text: &'static str, unit: &'static str) -> impl IntoView {
    markup::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Either::Left(text),
            Piece::Term { shown, term_id, after } => {
                Either::Right(view! { <GlossaryTermMark shown=shown term_id=term_id unit=unit after=after/> })
            }
        })
        .collect_view()
}
