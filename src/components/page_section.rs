use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::components::read_more::ReadMore;
use crate::components::rich_text::Blocks;
use crate::components::source_list::SourceList;
use crate::components::timeline_widget::TimelineWidget;
use crate::content::{Section, SectionKind};
use crate::state::use_content;

/// A section of the page: the reader's question, the short answer, the detail,
/// then whatever this kind of section adds.
#[component]
pub fn PageSection(section: &'static Section) -> impl IntoView {
    let labels = &use_content().labels;
    let heading_id = format!("{}-heading", section.id);
    // Static dispatch (not `into_any`): a boxed view carries every way of
    // rendering, hydrating and rebuilding into the WebAssembly, used or not.
    let extra = match section.kind {
        SectionKind::Timeline => Some(EitherOf3::A(view! { <TimelineWidget/> })),
        SectionKind::ReadMore => Some(EitherOf3::B(view! { <ReadMore/> })),
        SectionKind::Sources => Some(EitherOf3::C(view! { <SourceList/> })),
        SectionKind::Notice | SectionKind::Prose => None,
    };
    let labelled_by = heading_id.clone();
    view! {
        <section
            id=section.id
            class=format!("page-section page-section--{}", section.id)
            aria-labelledby=labelled_by
        >
            <h2 id=heading_id>{section.heading}</h2>
            <p class="in-short">
                <strong class="in-short__label">{labels.in_short}</strong>
                " "
                {section.in_short}
            </p>
            <Blocks blocks=section.body/>
            {extra}
        </section>
    }
}
