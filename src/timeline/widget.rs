use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::address::fragment::ALL_STEPS_ELEMENT_ID;
use crate::content::{use_content, Content};
use crate::embed::state::use_embed;
use crate::islands::{Static, StaticView};
use crate::platform::dom;
use crate::timeline::copy_link::CopyStepLink;
use crate::timeline::state::use_timeline;
use crate::timeline::step_article::StepArticle;
use crate::timeline::step_list::StepList;
use crate::timeline::{self, FocusAt, Move, MoveKind, TimelineView};

crate::island_words! {
    /// The words the timeline shows or says as the reader moves.
    pub struct TimelineWords {
        timeline_label,
        steps_list_label,
        /// "Step {n} of {total}"
        step_count,
        all_steps_count,
        previous,
        next,
        step_word,
        show_all,
        show_one,
        keys_hint,
        copy_link,
        link_copied,
        copy_link_yourself,
    }
}

impl TimelineWords {
    pub fn from_content(content: &Content) -> Self {
        let l = &content.labels;
        Self {
            timeline_label: l.timeline_label,
            steps_list_label: l.steps_list_label,
            step_count: l.step_count,
            all_steps_count: l.all_steps_count,
            previous: l.previous,
            next: l.next,
            step_word: l.step_word,
            show_all: l.show_all,
            show_one: l.show_one,
            keys_hint: l.keys_hint,
            copy_link: l.copy_link,
            link_copied: l.link_copied,
            copy_link_yourself: l.copy_link_yourself,
        }
    }
}

/// The timeline as the page is rendered: its words from the content, and
/// every step's article as a static part (the browser never rebuilds them).
#[component]
pub fn Timeline() -> impl IntoView {
    let content = use_content();
    let articles = Static::new(view! {
        // Every step is always in the page, so it reads in full without
        // scripts; with them, the steps not being shown are set aside.
        <div class="timeline-steps" id=ALL_STEPS_ELEMENT_ID>
            {(0..content.steps.len()).map(|index| view! { <StepArticle index=index/> }).collect_view()}
        </div>
    });
    view! { <TimelineWidget words=TimelineWords::from_content(content) articles=articles/> }
}

/// The attribute that carries each step's id and title (`islands::words`).
pub const STEPS_ATTRIBUTE: &str = "data-steps";

/// A step's article, inside this widget (see `step_article.rs`).
const STEP_SELECTOR: &str = "article.step";

/// Where arrow keys belong to the field, not to the timeline.
const TEXT_ENTRY_SELECTOR: &str = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

/// The step-by-step timeline: where you are, Previous and Next, the step
/// itself, and the list of every step. Left and right arrows move while focus
/// is anywhere inside it. An island: `articles` are the steps' static part.
#[component]
pub fn TimelineWidget(words: TimelineWords, articles: StaticView) -> impl IntoView {
    let labels = words;
    let timeline = use_timeline();
    let view = timeline.view;
    let step_count = timeline.step_count();
    let steps_box = NodeRef::<leptos::html::Div>::new();
    // The articles are plain HTML: the steps not being shown are set aside here.
    crate::islands::effect(move || {
        let shown = view.get();
        let Some(steps_box) = steps_box.get() else { return };
        let articles = steps_box.children();
        for index in 0..articles.length() {
            if let Some(article) = articles.item(index) {
                let current = shown == TimelineView::All || shown == TimelineView::Step(index as usize);
                let _ = article.class_list().toggle_with_force("step--not-current", !current);
            }
        }
    });
    // When the reader jumps to a step, or focus would otherwise be lost, its
    // heading comes into view (the least scroll that shows it; never inside a
    // host's page, which is the host's to scroll) and takes focus.
    let embedding = use_embed();
    crate::islands::effect(move || {
        let Some(index) = timeline.heading_to_focus.get() else { return };
        timeline.heading_to_focus.set(None);
        let Some((step_id, _)) = timeline.steps.get(index) else { return };
        let selector = format!("article[data-step='{step_id}'] .step__title");
        request_animation_frame(move || {
            let heading = steps_box.get_untracked().and_then(|b| b.query_selector(&selector).ok().flatten());
            if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                if !embedding.options.with_untracked(|o| o.embedded) {
                    dom::scroll_into_view_if_needed(&heading);
                }
                dom::focus_without_scroll(&heading);
            }
        });
    });

    let previous_button = NodeRef::<leptos::html::Button>::new();
    let next_button = NodeRef::<leptos::html::Button>::new();
    // Where focus is as the reader moves: on the move button, in the step
    // about to be hidden, or elsewhere (see `timeline::move_kind`).
    let focus_at = move |button: NodeRef<leptos::html::Button>| {
        if button.get_untracked().is_some_and(|button| dom::has_focus_on(&button)) {
            FocusAt::MoveButton
        } else if dom::focus_is_inside(STEP_SELECTOR) {
            FocusAt::LeavingStep
        } else {
            FocusAt::Elsewhere
        }
    };
    let go_next = move || timeline.next(focus_at(next_button));
    let go_previous = move || timeline.previous(focus_at(previous_button));

    let on_keydown = move |ev: KeyboardEvent| {
        let with_modifier = ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key();
        let in_text_field = dom::event_started_inside(&ev, TEXT_ENTRY_SELECTOR);
        match timeline::arrow_key_move(&ev.key(), with_modifier, in_text_field) {
            Some(Move::Next) => {
                ev.prevent_default();
                go_next();
            }
            Some(Move::Previous) => {
                ev.prevent_default();
                go_previous();
            }
            None => {}
        }
    };
    // A link to a step: in the list of steps, or "Previous step" and "Next
    // step" at the end of each step (static HTML). Every click on one comes up
    // to here.
    let follow_step_link = move |ev: MouseEvent| {
        // Let "open in new tab" and friends do what the reader asked.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        let Some(link) = dom::event_target_closest(&ev, "a[data-step-link]") else { return };
        let id = link.get_attribute("data-step-link").unwrap_or_default();
        if let Some(index) = timeline.steps.iter().position(|(step_id, _)| *step_id == id) {
            ev.prevent_default();
            timeline.show(TimelineView::Step(index), MoveKind::Jumping);
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
            data-island="timeline"
            data-words=words.encode()
            data-steps=crate::islands::words::encode(timeline.steps.iter().copied())
            aria-label=labels.timeline_label
            on:keydown=on_keydown
            on:click=follow_step_link
        >
            <div class="timeline-bar">
                <p class="step-count">
                    {move || match view.get() {
                        TimelineView::Step(i) => timeline.step_count_text(i + 1),
                        TimelineView::All => labels.all_steps_count.to_owned(),
                    }}
                </p>
                <div class="step-buttons" hidden=showing_all>
                    <button
                        type="button"
                        node_ref=previous_button
                        class="button step-previous"
                        disabled=at_first
                        on:click=move |_| go_previous()
                    >
                        <span aria-hidden="true">"←"</span>
                        <span>{labels.previous}<span class="visually-hidden">" "{labels.step_word}</span></span>
                    </button>
                    <button
                        type="button"
                        node_ref=next_button
                        class="button button--primary step-next"
                        disabled=at_last
                        on:click=move |_| go_next()
                    >
                        <span>{labels.next}<span class="visually-hidden">" "{labels.step_word}</span></span>
                        <span aria-hidden="true">"→"</span>
                    </button>
                </div>
                <button type="button" class="button button--quiet show-all-steps" on:click=toggle_all>
                    {move || if showing_all() { labels.show_one } else { labels.show_all }}
                </button>
            </div>
            // The map of the steps comes first, so a phone shows it before a
            // long step; on wide screens it sits in a column beside the step.
            // "Copy a link" follows the step it links to.
            <div class="timeline-body">
                <StepList label=words.steps_list_label/>
                {articles.node_ref(steps_box)}
                <CopyStepLink words=words/>
            </div>
            <p class="keys-hint">{labels.keys_hint}</p>
            <p class="visually-hidden" aria-live="polite">{move || timeline.announcement.get()}</p>
        </div>
    }
}
