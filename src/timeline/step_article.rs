use leptos::prelude::*;

use crate::platform::dom;
use crate::timeline::state::use_timeline;
use crate::timeline::{MoveKind, TimelineView};

crate::platform::page_data::words_struct! {
    /// The way on at the end of a step, in the page's language.
    pub struct StepEndWords {
        /// "Previous step", "Next step"
        pub previous_step: String,
        pub next_step: String,
        pub back_arrow: String,
        pub forward_arrow: String,
    }
}

/// One step of the timeline: its heading, what happens, why, how long, what
/// you may notice and two pictures (the island's children, never rendered
/// again in the browser), and the way on. Its id is the step's own address,
/// so the step list's links lead to it even without scripts. The steps not
/// shown are set aside; its heading takes focus when the reader jumps to it.
#[island]
pub fn StepArticle(index: usize, ordinal: String, end: StepEndWords, children: Children) -> impl IntoView {
    let timeline = use_timeline();
    let (step_id, title) = timeline.steps.get(index).copied().unwrap_or_default();
    let heading_id = step_heading_id(step_id);
    let labelled_by = heading_id.clone();
    let is_shown =
        move || matches!(timeline.view.get(), TimelineView::All) || timeline.view.get() == TimelineView::Step(index);
    let heading = timeline.headings.get(index).copied().unwrap_or_default();
    view! {
        <article
            id=format!("timeline/{step_id}")
            class="step"
            class:step--not-current=move || !is_shown()
            data-step=step_id
            aria-labelledby=labelled_by
            data-listen-scope=format!("step-{step_id}")
        >
            <p class="step__ordinal">{ordinal}</p>
            <h3 class="step__title" id=heading_id tabindex="-1" node_ref=heading>{title}</h3>
            {children()}
            <StepEnd index=index words=end/>
        </article>
    }
}

/// A step heading's id, which its article is labelled by.
fn step_heading_id(step_id: &str) -> String {
    format!("step-{step_id}-heading")
}

/// At the end of a step, the way on: "Previous step: …" and "Next step: …",
/// as GOV.UK's pagination does, so a reader who has scrolled through a long
/// step need not scroll back to the buttons above it. Without scripts every
/// step shows and they are left out (`timeline.css`).
#[component]
fn StepEnd(index: usize, words: StepEndWords) -> impl IntoView {
    let timeline = use_timeline();
    let StepEndWords { previous_step, next_step, back_arrow, forward_arrow } = words;
    let link_to = move |to: usize| {
        move |event: leptos::ev::MouseEvent| {
            if dom::is_plain_click(&event) {
                event.prevent_default();
                timeline.show(TimelineView::Step(to), MoveKind::Jumping);
            }
        }
    };
    let previous = index.checked_sub(1).and_then(|to| Some((to, *timeline.steps.get(to)?)));
    let next = timeline.steps.get(index + 1).map(|step| (index + 1, *step));
    view! {
        <div class="step-end">
            {previous.map(|(to, (id, title))| view! {
                <a class="step-end__link step-end__link--previous" href=format!("#timeline/{id}") data-step-link=id on:click=link_to(to)>
                    <span class="step-end__direction"><span aria-hidden="true">{back_arrow}" "</span>{previous_step}</span>
                    " "
                    <span class="step-end__title">{title}</span>
                </a>
            })}
            {next.map(|(to, (id, title))| view! {
                <a class="step-end__link step-end__link--next" href=format!("#timeline/{id}") data-step-link=id on:click=link_to(to)>
                    <span class="step-end__direction">{next_step}<span aria-hidden="true">" "{forward_arrow}</span></span>
                    " "
                    <span class="step-end__title">{title}</span>
                </a>
            })}
        </div>
    }
}

/// A step with its words from the content (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::StepArticleMark;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::{StepArticle, StepEndWords};
    use crate::content::use_content;
    use crate::glossary::marked_text::MarkedText;
    use crate::layout::call_team::CallTeamNotice;
    use crate::layout::rich_text::Paras;
    use crate::listen::view::ListenButton;
    use crate::my_dates::step_date::StepDate;
    use crate::timeline::immune_curve::ImmuneCurve;
    use crate::timeline::stem_cell_picture::StemCellPicture;

    #[component]
    pub fn StepArticleMark(index: usize) -> impl IntoView {
        let content = use_content();
        let labels = &content.labels;
        let step = &content.steps[index];
        let (back_arrow, forward_arrow) = crate::timeline::direction_arrows(content.language.right_to_left);
        let end = StepEndWords {
            previous_step: labels.previous_step.to_owned(),
            next_step: labels.next_step.to_owned(),
            back_arrow: back_arrow.to_owned(),
            forward_arrow: forward_arrow.to_owned(),
        };
        view! {
            <StepArticle index=index ordinal=content.step_count_text(index + 1) end=end>
                <ListenButton
                    name=format!("step-{}", step.id)
                    label=labels.listen.step.to_owned()
                    about=Some(super::step_heading_id(step.id))
                    says_when_no_voice=false
                />
                {step.medical_name.map(|name| view! {
                    <p class="step__medical-name">{labels.medical_name}" "<span class="step__medical-term"><MarkedText text=name unit=step.id/></span></p>
                })}
                <div class="step__layout">
                    <div class="step__text">
                        <h4>{labels.what_happens}</h4>
                        <Paras paras=step.what_happens unit=step.id/>
                        <h4>{labels.why}</h4>
                        <Paras paras=step.why unit=step.id/>
                        <h4>{labels.timing}</h4>
                        <Paras paras=step.timing unit=step.id/>
                        <h4>{labels.may_notice}</h4>
                        <Paras paras=step.may_notice unit=step.id/>
                        {step.call_team.map(|call_team| view! { <CallTeamNotice call_team=call_team unit=step.id heading_level=4/> })}
                    </div>
                    <div class="step__pictures">
                        <StemCellPicture index=index/>
                        <ImmuneCurve index=index/>
                    </div>
                </div>
                <StepDate step_id=step.id.to_owned()/>
            </StepArticle>
        }
    }
}
