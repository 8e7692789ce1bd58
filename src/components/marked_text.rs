use leptos::either::Either;
use leptos::prelude::*;

use crate::components::glossary_term::GlossaryTerm;
use crate::markup::{self, Segment};

/// Punctuation that must stay on the line of the term before it.
const CLOSING_PUNCTUATION: &[char] = &['.', ',', ';', ':', '?', '!', ')', '’', '”'];

/// Text with its glossary marks (`[[shown|term-id]]`) turned into terms a
/// reader can open in place.
#[component]
pub fn MarkedText(text: &'static str, unit: &'static str) -> impl IntoView {
    let segments = markup::segments(text);
    let mut views = Vec::with_capacity(segments.len());
    let mut carried = "";
    for (index, segment) in segments.iter().enumerate() {
        match *segment {
            Segment::Text(text) => views.push(Either::Left(&text[carried.len()..])),
            Segment::Term { shown, term_id } => {
                // A term is a button, and a line may break after a button: the
                // punctuation that follows it goes with it, so a full stop
                // never starts a line.
                let after = match segments.get(index + 1) {
                    Some(Segment::Text(next)) => {
                        let end = next.find(|c| !CLOSING_PUNCTUATION.contains(&c)).unwrap_or(next.len());
                        &next[..end]
                    }
                    _ => "",
                };
                carried = after;
                views.push(Either::Right(view! { <GlossaryTerm shown=shown term_id=term_id unit=unit after=after/> }));
                continue;
            }
        }
        carried = "";
    }
    views
}
