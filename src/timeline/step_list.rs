use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::timeline::state::use_timeline;
use crate::timeline::{MoveKind, TimelineView};

/// Every step as a link: the map of the whole journey, with the current step marked.
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
                    .map(|(index, &(_, title))| {
                        let this = TimelineView::Step(index);
                        let is_current = move || timeline.view.get() == this;
                        let on_click = move |ev: MouseEvent| {
                            // Let "open in new tab" and friends do what the reader asked.
                            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                                return;
                            }
                            ev.prevent_default();
                            timeline.show(this, MoveKind::Jumping);
                        };
                        view! {
                            <li class="step-list__item" class:step-list__item--current=is_current>
                                <a
                                    href=timeline.fragment_for(this)
                                    aria-current=move || is_current().then_some("step")
                                    on:click=on_click
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
