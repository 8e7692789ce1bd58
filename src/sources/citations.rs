use leptos::prelude::*;

use crate::content::use_content;
use crate::content::SourceId;

/// The anchor of a source in the reference list.
pub fn source_anchor(id: SourceId) -> String {
    format!("source-{}", id.to_ascii_lowercase())
}

/// "[1, 4]" after a sentence, each number a link to its source. Screen readers
/// hear "Source 1", which makes sense out of context.
#[component]
pub fn Citations(cites: &'static [SourceId]) -> impl IntoView {
    let content = use_content();
    let source_word = content.labels.source_word;
    // Cited in reference-number order already (a content test checks).
    let links: Vec<_> = cites.iter().filter_map(|id| content.source_number(id).map(|n| (*id, n))).collect();
    (!links.is_empty()).then(|| {
        let last = links.len() - 1;
        view! {
            <span class="citations">
                " ["
                {links
                    .into_iter()
                    .enumerate()
                    .map(|(i, (id, number))| {
                        view! {
                            <a class="citation" href=format!("#{}", source_anchor(id))>
                                <span class="visually-hidden">{source_word}" "</span>
                                {number}
                            </a>
                            {(i < last).then_some(", ")}
                        }
                    })
                    .collect_view()}
                "]"
            </span>
        }
    })
}
