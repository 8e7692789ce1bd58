use leptos::prelude::*;

use crate::embed::state::use_embed;
use crate::platform::dom;
use crate::timeline::state::use_timeline;
use crate::timeline::{self, FocusAt, Move, MoveKind, TimelineView};

crate::platform::page_data::words_struct! {
    /// What the timeline's bar says, in the page's language.
    pub struct TimelineWords {
        pub label: String,
        pub all_steps_count: String,
        pub show_all: String,
        pub show_one: String,
        pub previous: String,
        pub previous_name: String,
        pub next: String,
        pub next_name: String,
        pub keys_hint: String,
        /// The arrows beside Previous and Next, pointing the way the page reads.
        pub back_arrow: String,
        pub forward_arrow: String,
    }
}

/// Where arrow keys belong to the field, not to the timeline.
const TEXT_ENTRY_SELECTOR: &str = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

/// The step-by-step timeline: where you are, Previous and Next, the step
/// itself, and the list of every step. Left and right arrows move while focus
/// is anywhere inside it. Every step is always in the page, so it reads in
/// full without scripts; with them, the steps not being shown are set aside.
/// Its children are the list of steps, the steps and "Copy a link", each an
/// island of its own that follows the shared `TimelineState`.
#[island]
pub fn TimelineWidget(words: TimelineWords, children: Children) -> impl IntoView {
    let TimelineWords {
        label,
        all_steps_count,
        show_all,
        show_one,
        previous,
        previous_name,
        next,
        next_name,
        keys_hint,
        back_arrow,
        forward_arrow,
    } = words;
    let timeline = use_timeline();
    let embedding = use_embed();
    let view = timeline.view;
    let last_step = timeline.step_count().saturating_sub(1);
    let previous_button = NodeRef::<leptos::html::Button>::new();
    let next_button = NodeRef::<leptos::html::Button>::new();
    let showing_all = move || view.get() == TimelineView::All;

    // Where focus is as the reader moves: on the move button, in the step
    // about to be hidden, or elsewhere (see `timeline::move_kind`).
    let focus_at = move |button: NodeRef<leptos::html::Button>| {
        if button.get_untracked().is_some_and(|button| dom::has_focus_on(&button)) {
            FocusAt::MoveButton
        } else if dom::focus_is_inside("article.step") {
            FocusAt::LeavingStep
        } else {
            FocusAt::Elsewhere
        }
    };
    // After Previous or Next the step they show comes into view with them:
    // on a phone, after a long step, its heading can be below the screen.
    // The bar goes to the top, the heading under it.
    let show_moved_step = move || {
        let TimelineView::Step(index) = view.get_untracked() else { return };
        let (Some(heading), Some(bar)) = (timeline.heading(index), timeline.bar.get_untracked()) else { return };
        dom::request_animation_frame(move || {
            if !embedding.options.with_untracked(|o| o.embedded) && !dom::fully_in_view(&heading) {
                dom::scroll_to_top_of_view(&bar);
            }
        });
    };
    let go_next = move || {
        timeline.next(focus_at(next_button));
        show_moved_step();
    };
    let go_previous = move || {
        timeline.previous(focus_at(previous_button));
        show_moved_step();
    };
    let on_arrow_key = move |event: leptos::ev::KeyboardEvent| {
        let with_modifier = event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key();
        let in_text_field = dom::event_started_inside(&event, TEXT_ENTRY_SELECTOR);
        match timeline::arrow_key_move(&event.key(), with_modifier, in_text_field, dom::page_is_right_to_left()) {
            Some(Move::Next) => {
                event.prevent_default();
                go_next();
            }
            Some(Move::Previous) => {
                event.prevent_default();
                go_previous();
            }
            None => {}
        }
    };
    let all_steps_said = all_steps_count.clone();
    let toggle_all = move |_| {
        let target = if showing_all() { TimelineView::Step(0) } else { TimelineView::All };
        timeline.show(target, MoveKind::Stepping);
        // Said, as a step is: otherwise only the button's own name changes,
        // which a screen reader does not always read again.
        if target == TimelineView::All {
            timeline.announcement.set(all_steps_said.clone());
        }
    };
    // When the reader jumps to a step, or focus would otherwise be lost, its
    // heading comes into view (the least scroll that shows it; never inside
    // a host's page, which is the host's to scroll) and takes focus.
    Effect::new(move |_| {
        let Some(index) = timeline.heading_to_focus.get() else { return };
        timeline.heading_to_focus.set(None);
        let Some(heading) = timeline.heading(index) else { return };
        dom::request_animation_frame(move || {
            if !embedding.options.with_untracked(|o| o.embedded) {
                dom::scroll_into_view_if_needed(&heading);
            }
            dom::focus_without_scroll(&heading);
        });
    });

    let count = move || match view.get() {
        TimelineView::Step(index) => timeline.step_count_text(index + 1),
        TimelineView::All => all_steps_count.clone(),
    };
    let show_all_label = move || if showing_all() { show_one.clone() } else { show_all.clone() };
    let (as_built_count, as_built_show_all) = (count(), show_all_label());
    view! {
        <div
            class="timeline-widget"
            class:timeline-widget--all=showing_all
            class:timeline-widget--moved=move || !timeline.announcement.with(String::is_empty)
            tabindex="0"
            role="group"
            aria-label=label
            on:keydown=on_arrow_key
        >
            <div class="timeline-bar" node_ref=timeline.bar>
                // Texts that change are set as properties (src/questions/list_count.rs says why).
                <p class="step-count" prop:textContent=count>{as_built_count}</p>
                <div class="step-buttons" hidden=showing_all>
                    <button
                        type="button"
                        class="button step-previous"
                        aria-label=previous_name
                        node_ref=previous_button
                        disabled=move || view.get() == TimelineView::Step(0)
                        on:click=move |_| go_previous()
                    >
                        <span aria-hidden="true">{back_arrow}</span>
                        <span>{previous}</span>
                    </button>
                    <button
                        type="button"
                        class="button button--primary step-next"
                        aria-label=next_name
                        node_ref=next_button
                        disabled=move || view.get() == TimelineView::Step(last_step)
                        on:click=move |_| go_next()
                    >
                        <span>{next}</span>
                        <span aria-hidden="true">{forward_arrow}</span>
                    </button>
                </div>
                <button type="button" class="button button--quiet show-all-steps" on:click=toggle_all prop:textContent=show_all_label>
                    {as_built_show_all}
                </button>
            </div>
            // The map of the steps comes first, so a phone shows it before a
            // long step; on wide screens it sits in a column beside the step.
            // "Copy a link" follows the step it links to.
            <div class="timeline-body">{children()}</div>
            <p class="keys-hint">{keys_hint}</p>
            <p class="visually-hidden timeline-widget__announce" aria-live="polite" prop:textContent=move || timeline.announcement.get()></p>
        </div>
    }
}

/// The timeline as the content describes it (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::Timeline;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::{TimelineWidget, TimelineWords};
    use crate::address::fragment::ALL_STEPS_ELEMENT_ID;
    use crate::content::use_content;
    use crate::timeline::copy_link::{CopyLinkWords, CopyStepLink};
    use crate::timeline::state::{use_timeline, TimelinePageData};
    use crate::timeline::step_article::StepArticleMark;
    use crate::timeline::step_list::StepList;

    #[component]
    pub fn Timeline() -> impl IntoView {
        let content = use_content();
        let labels = &content.labels;
        let (back_arrow, forward_arrow) = crate::timeline::direction_arrows(content.language.right_to_left);
        let timeline = use_timeline();
        let words = TimelineWords {
            label: labels.timeline_label.to_owned(),
            all_steps_count: labels.all_steps_count.to_owned(),
            show_all: labels.show_all.to_owned(),
            show_one: labels.show_one.to_owned(),
            previous: labels.previous.to_owned(),
            previous_name: labels.previous_button_name.to_owned(),
            next: labels.next.to_owned(),
            next_name: labels.next_button_name.to_owned(),
            keys_hint: labels.keys_hint.to_owned(),
            back_arrow: back_arrow.to_owned(),
            forward_arrow: forward_arrow.to_owned(),
        };
        let copy_words = CopyLinkWords {
            copy_link: labels.copy_link.to_owned(),
            link_copied: labels.link_copied.to_owned(),
            copy_link_yourself: labels.copy_link_yourself.to_owned(),
        };
        // The steps and how to count them, read once by the browser's entry
        // into the shared state that every part of the timeline follows.
        let page_data = TimelinePageData::of(&timeline).to_json();
        view! {
            <div class="timeline" data-timeline=page_data>
                <TimelineWidget words=words>
                    <StepList label=labels.steps_list_label.to_owned() toggle=labels.steps_list_toggle.to_owned()/>
                    <div class="timeline-steps" id=ALL_STEPS_ELEMENT_ID>
                        {(0..content.steps.len()).map(|index| view! { <StepArticleMark index=index/> }).collect_view()}
                    </div>
                    <CopyStepLink words=copy_words/>
                </TimelineWidget>
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TimelineWords;

    #[test]
    fn the_bars_words_read_back_as_the_page_carries_them_and_a_missing_one_is_refused() {
        let text = |name: &str| format!("{name} in words");
        let words = TimelineWords {
            label: text("label"),
            all_steps_count: text("all"),
            show_all: text("show all"),
            show_one: text("show one"),
            previous: text("previous"),
            previous_name: text("previous step"),
            next: text("next"),
            next_name: text("next step"),
            keys_hint: text("keys"),
            back_arrow: "←".to_owned(),
            forward_arrow: "→".to_owned(),
        };
        let json = serde_json::to_string(&words).expect("words as JSON");
        assert_eq!(serde_json::from_str::<TimelineWords>(&json).expect("read back"), words);
        assert!(serde_json::from_str::<TimelineWords>(&json.replacen("\"label\":", "\"name\":", 1)).is_err());
    }
}
