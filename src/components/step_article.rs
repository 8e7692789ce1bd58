use leptos::prelude::*;

use crate::components::immune_curve::ImmuneCurve;
use crate::components::rich_text::Paras;
use crate::components::stem_cell_picture::StemCellPicture;
use crate::state::{step_heading_id, use_content};

/// One step of the timeline: what happens, why, how long, what you may notice,
/// and two pictures.
#[component]
pub fn StepArticle(index: usize, show_ordinal: bool) -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let step = &content.steps[index];
    let heading_id = step_heading_id(step.id);
    let labelled_by = heading_id.clone();
    view! {
        <article class="step" data-step=step.id aria-labelledby=labelled_by>
            {show_ordinal.then(|| view! { <p class="step__ordinal">{content.step_count_text(index + 1)}</p> })}
            <h3 class="step__title" id=heading_id tabindex="-1">{step.title}</h3>
            {step.medical_name.map(|name| view! {
                <p class="step__medical-name">{labels.medical_name}" "<span class="step__medical-term">{name}</span></p>
            })}
            <div class="step__layout">
                <div class="step__text">
                    <h4>{labels.what_happens}</h4>
                    <Paras paras=step.what_happens/>
                    <h4>{labels.why}</h4>
                    <Paras paras=step.why/>
                    <h4>{labels.timing}</h4>
                    <Paras paras=step.timing/>
                    <h4>{labels.may_notice}</h4>
                    <Paras paras=step.may_notice/>
                </div>
                <div class="step__pictures">
                    <StemCellPicture index=index/>
                    <ImmuneCurve index=index/>
                </div>
            </div>
        </article>
    }
}
