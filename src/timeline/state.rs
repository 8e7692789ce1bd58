//! The timeline's shared state: which view is shown, what the live region
//! says, and where focus goes after a move. The URL fragment mirrors it.

use leptos::prelude::*;

use crate::address::fragment::{self, Route};
use crate::content::Content;
use crate::platform::browser;
use crate::timeline::{self, TimelineView};

/// How the reader moved, which decides what happens to focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveKind {
    /// Previous/Next buttons or arrow keys: focus stays where the reader is.
    Stepping,
    /// Picking a step from the list: focus goes to that step's heading.
    Jumping,
}

#[derive(Debug, Clone, Copy)]
pub struct TimelineState {
    pub view: RwSignal<TimelineView>,
    /// What the polite live region says; empty until the reader moves.
    pub announcement: RwSignal<String>,
    content: &'static Content,
}

impl TimelineState {
    pub fn new(content: &'static Content) -> Self {
        Self { view: RwSignal::new(TimelineView::default()), announcement: RwSignal::new(String::new()), content }
    }

    pub fn step_count(&self) -> usize {
        self.content.steps.len()
    }

    fn step_ids(&self) -> Vec<&'static str> {
        self.content.steps.iter().map(|s| s.id).collect()
    }

    pub fn fragment_for(&self, view: TimelineView) -> String {
        fragment::format_timeline(view, &self.step_ids())
    }

    /// Shows a view because the reader asked for it: updates the address and
    /// announces the new step.
    pub fn show(&self, view: TimelineView, how: MoveKind) {
        let content = self.content;
        self.view.set(view);
        browser::replace_fragment(&self.fragment_for(view));
        if let TimelineView::Step(index) = view {
            let step = &content.steps[index];
            self.announcement.set(format!("{}: {}", content.step_count_text(index + 1), step.title));
            if how == MoveKind::Jumping {
                request_animation_frame(move || browser::focus_without_scroll(&step_heading_id(step.id)));
            }
        }
    }

    pub fn next(&self) {
        if let TimelineView::Step(i) = self.view.get_untracked() {
            if let Some(n) = timeline::next(i, self.step_count()) {
                let at_end = timeline::next(n, self.step_count()).is_none();
                self.show(TimelineView::Step(n), self.stepping_kind(at_end, NEXT_BUTTON_ID));
            }
        }
    }

    pub fn previous(&self) {
        if let TimelineView::Step(i) = self.view.get_untracked() {
            if let Some(p) = timeline::previous(i) {
                let at_start = p == 0;
                self.show(TimelineView::Step(p), self.stepping_kind(at_start, PREVIOUS_BUTTON_ID));
            }
        }
    }

    /// Focus on something that is about to disappear (a button that becomes
    /// disabled at an end, or a link inside the step being left) would fall
    /// back to the top of the page; the reader is taken to the new step's heading instead.
    fn stepping_kind(&self, reached_end: bool, button_id: &str) -> MoveKind {
        let focus_in_leaving_step = browser::focus_is_inside(STEP_SELECTOR);
        if (reached_end && browser::has_focus(button_id)) || focus_in_leaving_step {
            MoveKind::Jumping
        } else {
            MoveKind::Stepping
        }
    }

    /// Follows the address: on start and when the reader edits it or goes Back.
    /// Returns the route so the caller can scroll to it.
    pub fn follow_fragment(&self, fragment: &str) -> Route {
        let route = fragment::parse(fragment, &self.step_ids());
        if let Route::Timeline(view) = route {
            let view = match view {
                TimelineView::Step(i) => TimelineView::Step(timeline::clamp(i, self.step_count())),
                all => all,
            };
            self.view.set(view);
        }
        route
    }
}

pub fn use_timeline() -> TimelineState {
    use_context::<TimelineState>().expect("timeline state is provided by App")
}

/// Matches a step's article (see `step_article.rs`).
const STEP_SELECTOR: &str = "article.step";
pub const PREVIOUS_BUTTON_ID: &str = "step-previous-button";
pub const NEXT_BUTTON_ID: &str = "step-next-button";

pub fn step_heading_id(step_id: &str) -> String {
    format!("step-{step_id}-heading")
}
