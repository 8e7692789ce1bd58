use leptos::either::EitherOf9;
use leptos::prelude::*;

use crate::cells::explorer::CellExplorerSection;
use crate::content::use_content;
use crate::content::{Section, SectionKind};
use crate::glossary::list::GlossaryList;
use crate::glossary::marked_text::MarkedText;
use crate::languages::switcher::TranslationStatus;
use crate::layout::can_and_cannot::CanAndCannot;
use crate::layout::rich_text::Blocks;
use crate::listen::view::ListenButton;
use crate::my_dates::panel::MyDates;
use crate::questions::tool::QuestionsTool;
use crate::sources::country::CountrySection;
use crate::sources::list::SourceList;
use crate::sources::read_more::ReadMore;
use crate::sources::trial_list::TrialList;
use crate::timeline::widget::Timeline;

/// A section of the page: the reader's question, the short answer, the detail,
/// then whatever this kind of section adds.
#[component]
pub fn PageSection(section: &'static Section) -> impl IntoView {
    let labels = &use_content().labels;
    let heading_id = format!("{}-heading", section.id);
    // Static dispatch (not `into_any`): a boxed view carries every way of
    // rendering, hydrating and rebuilding into the WebAssembly, used or not.
    let unit = section.id;
    let extra = match section.kind {
        SectionKind::Timeline => Some(EitherOf9::A(view! { <Timeline/><MyDates/> })),
        SectionKind::ReadMore => {
            let link = &use_content().read_more;
            Some(EitherOf9::B(view! { <ReadMore label=link.label.to_owned() url=link.url.to_owned()/> }))
        }
        SectionKind::Sources => Some(EitherOf9::C(view! { <SourceList/> })),
        SectionKind::CellExplorer => Some(EitherOf9::D(view! { <CellExplorerSection/> })),
        SectionKind::CanAndCannot => Some(EitherOf9::E(view! { <CanAndCannot unit=unit/> })),
        SectionKind::Trials => Some(EitherOf9::F(view! { <TrialList unit=unit/> })),
        SectionKind::Questions => Some(EitherOf9::G(view! { <QuestionsTool unit=unit/> })),
        SectionKind::Glossary => Some(EitherOf9::H(view! { <GlossaryList/> })),
        SectionKind::Country => Some(EitherOf9::I(view! { <CountrySection/> })),
        SectionKind::Notice | SectionKind::Prose => None,
    };
    let labelled_by = heading_id.clone();
    let is_notice = matches!(section.kind, SectionKind::Notice);
    let listen = move || {
        view! { <ListenButton
            name=section.id.to_owned()
            label=labels.listen.part.to_owned()
            about=Some(format!("{}-heading", section.id))
            says_when_no_voice=false
        /> }
    };
    view! {
        <section
            id=section.id
            class=format!("page-section page-section--{}", section.id)
            aria-labelledby=labelled_by
            data-listen-scope=section.id
        >
            <h2 id=heading_id>{section.heading}</h2>
            {(!is_notice).then(listen)}
            <p class="in-short">
                <strong class="in-short__label">{labels.in_short}</strong>
                " "
                <MarkedText text=section.in_short unit=unit/>
            </p>
            <Blocks blocks=section.body unit=unit/>
            // The notice's words come first on a phone's first screen: its
            // control follows them.
            {is_notice.then(listen)}
            {extra}
            // A translation's own caution closes the notice, which a phone's
            // first screen shows before the header can push it down.
            {matches!(section.kind, SectionKind::Notice).then(|| view! { <TranslationStatus/> })}
        </section>
    }
}
