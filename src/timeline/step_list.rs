use leptos::prelude::*;

use crate::timeline::state::use_timeline;
use crate::timeline::TimelineView;

/// Every step as a link: the map of the whole journey, with the current step
/// marked. The widget follows its links (`data-step-link`), as it does the
/// links at the end of each step.
#[component]
pub fn StepList(label: &'static str) -> impl IntoView {
    let timeline = use_timeline();
    view! {
        <nav class="step-list" aria-label=label>
            <ol class="step-list__items">
                {timeline
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(index, &(id, title))| {
                        // The page opens on the first step; the timeline's
                        // island marks the current one as the reader moves.
                        let is_current = index == 0;
                        view! {
                            <li class="step-list__item" class:step-list__item--current=is_current>
                                <a
                                    href=timeline.fragment_for(TimelineView::Step(index))
                                    aria-current=is_current.then_some("step")
                                    data-step-link=id
                                >
                                    <span class="step-list__number">{index + 1}</span>
                                    <span class="step-list__title">{title}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
