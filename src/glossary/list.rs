use leptos::prelude::*;

use crate::content::use_content;
use crate::glossary::marked_text::isolated;
use crate::glossary::term::glossary_anchor;
use crate::sources::citations::Citations;

/// Every glossary term with its definition and sources, each with an anchor
/// that the terms in the text link to.
#[component]
pub fn GlossaryList() -> impl IntoView {
    let content = use_content();
    view! {
        <dl class="glossary-list">
            {content
                .glossary
                .iter()
                .map(|term| view! {
                    <div class="glossary-entry" id=glossary_anchor(term.id)>
                        <dt>{isolated(term.term)}</dt>
                        <dd>{isolated(term.definition.text)}<Citations cites=term.definition.cites/></dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}
