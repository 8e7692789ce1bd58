#[cfg(not(target_arch = "wasm32"))]
use {
    crate::address::fragment::ALL_STEPS_ELEMENT_ID, crate::content::use_content,
    crate::timeline::copy_link::CopyStepLink, crate::timeline::state::use_timeline,
    crate::timeline::step_article::StepArticle, crate::timeline::step_list::StepList, leptos::prelude::*,
};

crate::island_words! {
    /// The words the timeline shows or says as the reader moves.
    pub struct TimelineWords {
        /// "Step {n} of {total}"
        step_count,
        all_steps_count,
        show_all,
        show_one,
        link_copied,
        copy_link_yourself,
    }
}

/// The attribute that carries each step's id and title (`islands::words`).
pub const STEPS_ATTRIBUTE: &str = "data-steps";

/// The step-by-step timeline: where you are, Previous and Next, the step
/// itself, and the list of every step. Left and right arrows move while focus
/// is anywhere inside it. Every step is always in the page, so it reads in
/// full without scripts; with them, the steps not being shown are set aside.
/// An island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn Timeline() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let (back_arrow, forward_arrow) = crate::timeline::direction_arrows(content.language.right_to_left);
    let timeline = use_timeline();
    let words = TimelineWords {
        step_count: labels.step_count,
        all_steps_count: labels.all_steps_count,
        show_all: labels.show_all,
        show_one: labels.show_one,
        link_copied: labels.link_copied,
        copy_link_yourself: labels.copy_link_yourself,
    };
    view! {
        <div
            class="timeline-widget"
            tabindex="0"
            role="group"
            data-island="timeline"
            data-words=words.encode()
            data-steps=crate::islands::words::encode(timeline.steps.iter().copied())
            aria-label=labels.timeline_label
        >
            <div class="timeline-bar">
                // The page opens on the first step.
                <p class="step-count">{timeline.step_count_text(1)}</p>
                <div class="step-buttons">
                    <button type="button" class="button step-previous" aria-label=labels.previous_button_name disabled>
                        <span aria-hidden="true">{back_arrow}</span>
                        <span>{labels.previous}</span>
                    </button>
                    <button type="button" class="button button--primary step-next" aria-label=labels.next_button_name>
                        <span>{labels.next}</span>
                        <span aria-hidden="true">{forward_arrow}</span>
                    </button>
                </div>
                <button type="button" class="button button--quiet show-all-steps">{labels.show_all}</button>
            </div>
            // The map of the steps comes first, so a phone shows it before a
            // long step; on wide screens it sits in a column beside the step.
            // "Copy a link" follows the step it links to.
            <div class="timeline-body">
                <StepList label=labels.steps_list_label toggle=labels.steps_list_toggle/>
                <div class="timeline-steps" id=ALL_STEPS_ELEMENT_ID>
                    {(0..content.steps.len()).map(|index| view! { <StepArticle index=index/> }).collect_view()}
                </div>
                <CopyStepLink label=labels.copy_link/>
            </div>
            <p class="keys-hint">{labels.keys_hint}</p>
            <p class="visually-hidden timeline-widget__announce" aria-live="polite"></p>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::bind;

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::platform::dom::request_animation_frame;
    use crate::reactive::prelude::*;
    use web_sys::{Element, HtmlButtonElement, HtmlElement};

    use super::TimelineWords;
    use crate::embed::state::use_embed;
    use crate::islands::bind::{self, Island};
    use crate::platform::dom;
    use crate::timeline::state::use_timeline;
    use crate::timeline::{self, FocusAt, Move, MoveKind, TimelineView};

    /// A step's article, inside this widget (see `step_article.rs`).
    const STEP_SELECTOR: &str = "article.step";

    /// Where arrow keys belong to the field, not to the timeline.
    const TEXT_ENTRY_SELECTOR: &str = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

    pub fn bind(island: &Island) -> Result<(), String> {
        let words = TimelineWords::decode(&island.words()?).map_err(|e| e.to_string())?;
        let timeline = use_timeline();
        let view = timeline.view;
        let step_count = timeline.step_count();
        let articles = island.find_exactly::<HtmlElement>(STEP_SELECTOR, step_count, "steps")?;
        let list_links = island.find_exactly::<Element>(".step-list__item a", step_count, "steps in its list")?;
        let previous = island.find::<HtmlButtonElement>(".step-previous")?;
        let next = island.find::<HtmlButtonElement>(".step-next")?;
        let show_all = island.find::<Element>(".show-all-steps")?;
        let count = island.find::<Element>(".step-count")?;
        let step_buttons = island.find::<Element>(".step-buttons")?;
        let announcement = island.find::<Element>(".timeline-widget__announce")?;
        let list = island.find::<Element>(".step-list")?;
        let list_toggle = island.find::<HtmlButtonElement>(".step-list__toggle")?;
        let bar = island.find::<HtmlElement>(".timeline-bar")?;
        if step_count == 0 {
            return Err("its words name no steps".to_owned());
        }
        // "Copy a link" finds its parts too before anything is bound: an
        // island either works or stays as rendered.
        crate::timeline::copy_link::bind(island, words)?;
        let root = island.root.clone();

        // What shows: the current step, or every step.
        let showing_all = move || view.get() == TimelineView::All;
        crate::islands::effect(move || {
            let shown = view.get();
            for (index, article) in articles.iter().enumerate() {
                let current = shown == TimelineView::All || shown == TimelineView::Step(index);
                let _ = article.class_list().toggle_with_force("step--not-current", !current);
            }
            for (index, link) in list_links.iter().enumerate() {
                let current = shown == TimelineView::Step(index);
                if let Some(item) = link.parent_element() {
                    let _ = item.class_list().toggle_with_force("step-list__item--current", current);
                }
                let _ = if current {
                    link.set_attribute("aria-current", "step")
                } else {
                    link.remove_attribute("aria-current")
                };
            }
        });
        bind::class(&root, "timeline-widget--all", showing_all);
        bind::class(&root, "timeline-widget--moved", move || !timeline.announcement.with(String::is_empty));
        bind::text(&count, move || match view.get() {
            TimelineView::Step(i) => timeline.step_count_text(i + 1),
            TimelineView::All => words.all_steps_count.to_owned(),
        });
        bind::flag(&step_buttons, "hidden", showing_all);
        bind::flag(&previous, "disabled", move || view.get() == TimelineView::Step(0));
        bind::flag(&next, "disabled", move || view.get() == TimelineView::Step(step_count - 1));
        bind::text(&show_all, move || (if showing_all() { words.show_one } else { words.show_all }).to_owned());
        bind::text(&announcement, move || timeline.announcement.get());

        // Where focus is as the reader moves: on the move button, in the step
        // about to be hidden, or elsewhere (see `timeline::move_kind`).
        let focus_at = move |button: &HtmlButtonElement| {
            if dom::has_focus_on(button) {
                FocusAt::MoveButton
            } else if dom::focus_is_inside(STEP_SELECTOR) {
                FocusAt::LeavingStep
            } else {
                FocusAt::Elsewhere
            }
        };
        // The list of steps, folded on a phone (see `StepList`).
        let unfold = {
            let list = list.clone();
            let list_toggle = list_toggle.clone();
            move |open: bool| {
                let _ = list.class_list().toggle_with_force("step-list--open", open);
                let _ = list_toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
        };
        bind::on(&list_toggle, "click", {
            let unfold = unfold.clone();
            let list = list.clone();
            move |_| unfold(!list.class_list().contains("step-list--open"))
        });
        // After Previous or Next the step they show comes into view with
        // them: on a phone, after a long step, its heading can be below the
        // screen. The bar goes to the top, the heading under it.
        let embedding = use_embed();
        let show_moved_step = {
            let headings: Vec<HtmlElement> = island.find_all(".step__title");
            let bar = bar.clone();
            move || {
                let TimelineView::Step(index) = view.get_untracked() else { return };
                let Some(heading) = headings.get(index).cloned() else { return };
                let bar = bar.clone();
                request_animation_frame(move || {
                    if !embedding.options.with_untracked(|o| o.embedded) && !dom::fully_in_view(&heading) {
                        dom::scroll_to_top_of_view(&bar);
                    }
                });
            }
        };
        let go_next = {
            let next = next.clone();
            let show_moved_step = show_moved_step.clone();
            move || {
                timeline.next(focus_at(&next));
                show_moved_step();
            }
        };
        let go_previous = {
            let previous = previous.clone();
            move || {
                timeline.previous(focus_at(&previous));
                show_moved_step();
            }
        };
        bind::on(&next, "click", {
            let go_next = go_next.clone();
            move |_| go_next()
        });
        bind::on(&previous, "click", {
            let go_previous = go_previous.clone();
            move |_| go_previous()
        });
        bind::on(&show_all, "click", move |_| {
            let target = match view.get_untracked() {
                TimelineView::All => TimelineView::Step(0),
                TimelineView::Step(_) => TimelineView::All,
            };
            timeline.show(target, MoveKind::Stepping);
        });
        let right_to_left = dom::document()
            .and_then(|d| d.document_element())
            .is_some_and(|html| html.get_attribute("dir").as_deref() == Some("rtl"));
        bind::on(&root, "keydown", move |event| {
            let Some(key) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&event) else { return };
            let with_modifier = key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key();
            let in_text_field = dom::event_started_inside(&event, TEXT_ENTRY_SELECTOR);
            match timeline::arrow_key_move(&key.key(), with_modifier, in_text_field, right_to_left) {
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
        });
        // A link to a step: in the list of steps, or "Previous step" and "Next
        // step" at the end of each step. Every click on one comes up to here.
        bind::on(&root, "click", move |event| {
            let Some(click) = wasm_bindgen::JsCast::dyn_ref::<web_sys::MouseEvent>(&event) else { return };
            // Let "open in new tab" and friends do what the reader asked.
            if click.ctrl_key() || click.meta_key() || click.shift_key() || click.button() != 0 {
                return;
            }
            let Some(link) = dom::event_target_closest(&event, "a[data-step-link]") else { return };
            let id = link.get_attribute("data-step-link").unwrap_or_default();
            if let Some(index) = timeline.steps.iter().position(|(step_id, _)| *step_id == id) {
                event.prevent_default();
                // A step chosen from the list opened on a phone: the list
                // folds again and the bar goes to the top of the screen, the
                // step's heading right under it. (On wide screens the list is
                // never folded: it stands beside the step.)
                if list.class_list().contains("step-list--open") {
                    unfold(false);
                    let bar = bar.clone();
                    request_animation_frame(move || {
                        if !embedding.options.with_untracked(|o| o.embedded) {
                            dom::scroll_to_top_of_view(&bar);
                        }
                    });
                }
                timeline.show(TimelineView::Step(index), MoveKind::Jumping);
            }
        });
        focus_headings(island);
        Ok(())
    }

    /// When the reader jumps to a step, or focus would otherwise be lost, its
    /// heading comes into view (the least scroll that shows it; never inside a
    /// host's page, which is the host's to scroll) and takes focus.
    fn focus_headings(island: &Island) {
        let timeline = use_timeline();
        let embedding = use_embed();
        let headings: Vec<HtmlElement> = island.find_all(".step__title");
        crate::islands::effect(move || {
            let Some(index) = timeline.heading_to_focus.get() else { return };
            timeline.heading_to_focus.set(None);
            let Some(heading) = headings.get(index).cloned() else { return };
            request_animation_frame(move || {
                if !embedding.options.with_untracked(|o| o.embedded) {
                    dom::scroll_into_view_if_needed(&heading);
                }
                dom::focus_without_scroll(&heading);
            });
        });
    }
}
