use leptos::prelude::*;

use crate::embed::state::use_embed;
use crate::platform::dom;
use crate::timeline::state::use_timeline;
use crate::timeline::{MoveKind, TimelineView};

/// Every step as a link: the map of the whole journey, with the current step
/// marked. A link shows its step (and its heading takes focus); opened in a
/// new tab, or without scripts, it is the step's address.
///
/// On a phone the list would stand between Previous and Next and the step
/// they show (eight links, a screen high): there it starts folded behind a
/// button (`toggle`). On wide screens, and without scripts, the list is
/// always open and the button is not shown (`timeline.css`).
#[island]
pub fn StepList(label: String, toggle: String) -> impl IntoView {
    let timeline = use_timeline();
    let embedding = use_embed();
    let open = RwSignal::new(false);
    let items = timeline
        .steps
        .iter()
        .enumerate()
        .map(|(index, &(id, title))| {
            let is_current = move || timeline.view.get() == TimelineView::Step(index);
            let follow = move |event: leptos::ev::MouseEvent| {
                if !dom::is_plain_click(&event) {
                    return;
                }
                event.prevent_default();
                // A step chosen from the list opened on a phone: the list
                // folds again and the bar goes to the top of the screen, the
                // step's heading right under it. (On wide screens the list is
                // never folded: it stands beside the step.)
                if open.get_untracked() {
                    open.set(false);
                    if let Some(bar) = timeline.bar.get_untracked() {
                        dom::request_animation_frame(move || {
                            if !embedding.options.with_untracked(|o| o.embedded) {
                                dom::scroll_to_top_of_view(&bar);
                            }
                        });
                    }
                }
                timeline.show(TimelineView::Step(index), MoveKind::Jumping);
            };
            view! {
                <li class="step-list__item" class:step-list__item--current=is_current>
                    <a
                        href=timeline.fragment_for(TimelineView::Step(index))
                        aria-current=move || is_current().then_some("step")
                        data-step-link=id
                        on:click=follow
                    >
                        <span class="step-list__number">{index + 1}</span>
                        <span class="step-list__title">{title}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-list" class:step-list--open=move || open.get() aria-label=label>
            <button
                type="button"
                class="button button--quiet step-list__toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=STEP_LIST_ITEMS_ID
                on:click=move |_| open.update(|open| *open = !*open)
            >
                <span class="step-list__toggle-mark" aria-hidden="true"></span>
                {toggle}
            </button>
            <ol class="step-list__items" id=STEP_LIST_ITEMS_ID>
                {items}
            </ol>
        </nav>
    }
}

/// The list's own items, which its fold button controls.
const STEP_LIST_ITEMS_ID: &str = "step-list-items";
