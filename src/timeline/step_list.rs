use leptos::prelude::*;

use crate::timeline::state::use_timeline;
use crate::timeline::TimelineView;

/// Every step as a link: the map of the whole journey, with the current step
/// marked. The widget follows its links (`data-step-link`), as it does the
/// links at the end of each step.
///
/// On a phone the list would stand between Previous and Next and the step
/// they show (eight links, a screen high): there it starts folded behind a
/// button, which the timeline's island opens and closes (`toggle`). On wide
/// screens, and without scripts, the list is always open and the button is
/// not shown (`timeline.css`).
#[component]
pub fn StepList(label: &'static str, toggle: &'static str) -> impl IntoView {
    let timeline = use_timeline();
    view! {
        <nav class="step-list" aria-label=label>
            <button
                type="button"
                class="button button--quiet step-list__toggle"
                aria-expanded="false"
                aria-controls=STEP_LIST_ITEMS_ID
            >
                <span class="step-list__toggle-mark" aria-hidden="true"></span>
                {toggle}
            </button>
            <ol class="step-list__items" id=STEP_LIST_ITEMS_ID>
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

/// The list's own items, which its fold button controls.
const STEP_LIST_ITEMS_ID: &str = "step-list-items";
