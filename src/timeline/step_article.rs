use leptos::prelude::*;

use crate::content::use_content;
use crate::glossary::marked_text::MarkedText;
use crate::layout::call_team::CallTeamNotice;
use crate::layout::rich_text::Paras;
use crate::my_dates::step_date::StepDate;
use crate::timeline::immune_curve::ImmuneCurve;
use crate::timeline::stem_cell_picture::StemCellPicture;

/// One step of the timeline: what happens, why, how long, what you may notice,
/// and two pictures. Its id is the step's own address, so the step list's
/// links lead to it even without scripts. Static: the timeline island sets
/// aside the steps not shown, and moves focus to a heading.
#[component]
pub fn StepArticle(index: usize) -> impl IntoView {
    let content = use_content();
    // The page opens on the first step.
    let is_not_current = index != 0;
    let labels = &content.labels;
    let step = &content.steps[index];
    let heading_id = step_heading_id(step.id);
    let labelled_by = heading_id.clone();
    view! {
        <article
            id=format!("timeline/{}", step.id)
            class="step"
            class:step--not-current=is_not_current
            data-step=step.id
            aria-labelledby=labelled_by
        >
            <p class="step__ordinal">{content.step_count_text(index + 1)}</p>
            <h3 class="step__title" id=heading_id tabindex="-1">{step.title}</h3>
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
            <StepDate step_id=step.id/>
            <StepEnd index=index/>
        </article>
    }
}

/// A step heading's id, which its article is labelled by.
fn step_heading_id(step_id: &str) -> String {
    format!("step-{step_id}-heading")
}

/// At the end of a step, the way on: "Previous step: …" and "Next step: …",
/// as GOV.UK's pagination does, so a reader who has scrolled through a long
/// step need not scroll back to the buttons above it. The timeline's island
/// follows these links (`data-step-link`); without scripts every step shows
/// and they are left out.
#[component]
fn StepEnd(index: usize) -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let previous = index.checked_sub(1).and_then(|i| content.steps.get(i));
    let next = content.steps.get(index + 1);
    let (back_arrow, forward_arrow) = crate::timeline::direction_arrows(content.language.right_to_left);
    view! {
        <div class="step-end">
            {previous.map(|step| view! {
                <a class="step-end__link step-end__link--previous" href=format!("#timeline/{}", step.id) data-step-link=step.id>
                    <span class="step-end__direction"><span aria-hidden="true">{back_arrow}" "</span>{labels.previous_step}</span>
                    " "
                    <span class="step-end__title">{step.title}</span>
                </a>
            })}
            {next.map(|step| view! {
                <a class="step-end__link step-end__link--next" href=format!("#timeline/{}", step.id) data-step-link=step.id>
                    <span class="step-end__direction">{labels.next_step}<span aria-hidden="true">" "{forward_arrow}</span></span>
                    " "
                    <span class="step-end__title">{step.title}</span>
                </a>
            })}
        </div>
    }
}
