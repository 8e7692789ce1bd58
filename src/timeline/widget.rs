use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use crate::address::fragment::ALL_STEPS_ELEMENT_ID;
use crate::content::use_content;
use crate::platform::browser;
use crate::timeline::copy_link::CopyStepLink;
use crate::timeline::state::use_timeline;
use crate::timeline::state::MoveKind;
use crate::timeline::state::NEXT_BUTTON_ID;
use crate::timeline::state::PREVIOUS_BUTTON_ID;
use crate::timeline::step_article::StepArticle;
use crate::timeline::step_list::StepList;
use crate::timeline::{self, Move, TimelineView};

/// Where arrow keys belong to the field, not to the timeline.
const TEXT_ENTRY_SELECTOR: &str = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

/// The step-by-step timeline: where you are, Previous and Next, the step
/// itself, and the list of every step. Left and right arrows move while focus
/// is anywhere inside it.
#[component]
pub fn TimelineWidget() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let timeline = use_timeline();
    let view = timeline.view;
    let step_count = content.steps.len();

    let on_keydown = move |ev: KeyboardEvent| {
        let with_modifier = ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key();
        let in_text_field = browser::event_started_inside(&ev, TEXT_ENTRY_SELECTOR);
        match timeline::arrow_key_move(&ev.key(), with_modifier, in_text_field) {
            Some(Move::Next) => {
                ev.prevent_default();
                timeline.next();
            }
            Some(Move::Previous) => {
                ev.prevent_default();
                timeline.previous();
            }
            None => {}
        }
    };
    let showing_all = move || view.get() == TimelineView::All;
    let toggle_all = move |_: MouseEvent| {
        let target = match view.get_untracked() {
            TimelineView::All => TimelineView::Step(0),
            TimelineView::Step(_) => TimelineView::All,
        };
        timeline.show(target, MoveKind::Stepping);
    };
    let at_first = move || view.get() == TimelineView::Step(0);
    let at_last = move || view.get() == TimelineView::Step(step_count - 1);

    view! {
        <div
            class="timeline-widget"
            class:timeline-widget--all=showing_all
            class:timeline-widget--moved=move || !timeline.announcement.get().is_empty()
            tabindex="0"
            role="group"
            aria-label=labels.timeline_label
            on:keydown=on_keydown
        >
            <div class="timeline-bar">
                <p class="step-count">
                    {move || match view.get() {
                        TimelineView::Step(i) => content.step_count_text(i + 1),
                        TimelineView::All => labels.all_steps_count.to_owned(),
                    }}
                </p>
                <div class="step-buttons" hidden=showing_all>
                    <button
                        type="button"
                        id=PREVIOUS_BUTTON_ID
                        class="button step-previous"
                        disabled=at_first
                        on:click=move |_| timeline.previous()
                    >
                        <span aria-hidden="true">"←"</span>
                        <span>{labels.previous}<span class="visually-hidden">" "{labels.step_word}</span></span>
                    </button>
                    <button
                        type="button"
                        id=NEXT_BUTTON_ID
                        class="button button--primary step-next"
                        disabled=at_last
                        on:click=move |_| timeline.next()
                    >
                        <span>{labels.next}<span class="visually-hidden">" "{labels.step_word}</span></span>
                        <span aria-hidden="true">"→"</span>
                    </button>
                </div>
                <button type="button" class="button button--quiet show-all-steps" on:click=toggle_all>
                    {move || if showing_all() { labels.show_one } else { labels.show_all }}
                </button>
                <CopyStepLink/>
            </div>
            <div class="timeline-body">
                // Every step is always in the page, so it reads in full without
                // scripts; with them, the steps not being shown are set aside.
                <div class="timeline-steps" id=ALL_STEPS_ELEMENT_ID>
                    {(0..step_count).map(|index| view! { <StepArticle index=index/> }).collect_view()}
                </div>
                <StepList/>
            </div>
            <p class="keys-hint">{labels.keys_hint}</p>
            <p class="visually-hidden" aria-live="polite">{move || timeline.announcement.get()}</p>
        </div>
    }
}
