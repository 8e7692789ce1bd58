use leptos::prelude::*;

use crate::content::use_content;
use crate::layout::rich_text::ParaText;

/// The newer randomised trials: each one's name, where it runs, what it
/// compares aHSCT with, and its status with the month and year it was
/// recorded (each trial has its own date).
#[component]
pub fn TrialList(unit: &'static str) -> impl IntoView {
    let text = &use_content().trials;
    view! {
        <h3 class="trial-list__heading">{text.heading}</h3>
        <ul class="trial-list">
            {text
                .trials
                .iter()
                .map(|trial| view! {
                    <li class="trial">
                        <h4 class="trial__name">{trial.name}</h4>
                        <dl class="trial__facts">
                            <dt>{text.where_label}</dt>
                            <dd><ParaText para=trial.country unit=unit/></dd>
                            <dt>{text.compared_with_label}</dt>
                            <dd><ParaText para=trial.comparison unit=unit/></dd>
                            <dt>{text.status_label}</dt>
                            <dd><ParaText para=trial.status_text unit=unit/></dd>
                        </dl>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
