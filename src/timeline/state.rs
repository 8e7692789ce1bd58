//! The timeline's shared state: which view is shown, what the live region
//! says, and where focus goes after a move. The URL fragment mirrors it.

use crate::reactive::prelude::*;
use crate::reactive::use_context;
use crate::reactive::RwSignal;

use crate::address::fragment::{self, Route};
use crate::platform::location;
use crate::timeline::{self, FocusAt, MoveKind, TimelineView};

#[derive(Debug, Clone, Copy)]
pub struct TimelineState {
    pub view: RwSignal<TimelineView>,
    /// What the polite live region says; empty until the reader moves.
    pub announcement: RwSignal<String>,
    /// The step whose heading should take focus (its view does it, through its own `NodeRef`).
    pub heading_to_focus: RwSignal<Option<usize>>,
    /// Each step's id (its address) and title, in order: from the content when
    /// the page is rendered, and from the page itself in the browser.
    pub steps: &'static [(&'static str, &'static str)],
    /// "Step {n} of {total}"
    step_count_words: &'static str,
}

impl TimelineState {
    pub fn new(steps: &'static [(&'static str, &'static str)], step_count_words: &'static str) -> Self {
        Self {
            view: RwSignal::new(TimelineView::default()),
            announcement: RwSignal::new(String::new()),
            heading_to_focus: RwSignal::new(None),
            steps,
            step_count_words,
        }
    }

    /// The steps and their words, as the timeline's island carries them.
    /// Without them (a page that lacks them) the timeline has no steps, and
    /// its island says why it cannot start.
    #[cfg(target_arch = "wasm32")]
    pub fn from_page() -> Self {
        use crate::islands::{self, words::decode_list};
        use crate::timeline::widget::{TimelineWords, STEPS_ATTRIBUTE};
        let read = || -> Option<Self> {
            let el = islands::find("timeline")?;
            let steps = decode_list(&el.get_attribute(STEPS_ATTRIBUTE)?).ok()?;
            let words = TimelineWords::decode(&el.get_attribute(islands::WORDS_ATTRIBUTE)?).ok()?;
            Some(Self::new(Vec::leak(steps), words.step_count))
        };
        read().unwrap_or_else(|| Self::new(&[], ""))
    }

    pub fn step_count(&self) -> usize {
        self.steps.len()
    }

    pub fn step_ids(&self) -> Vec<&'static str> {
        self.steps.iter().map(|(id, _)| *id).collect()
    }

    /// "Step 3 of 8"
    pub fn step_count_text(&self, ordinal: usize) -> String {
        timeline::step_count_text(self.step_count_words, ordinal, self.step_count())
    }

    pub fn fragment_for(&self, view: TimelineView) -> String {
        fragment::format_timeline(view, &self.step_ids())
    }

    /// Shows a view because the reader asked for it: updates the address and
    /// announces the new step.
    pub fn show(&self, view: TimelineView, how: MoveKind) {
        self.view.set(view);
        location::replace_fragment(&self.fragment_for(view));
        if let TimelineView::Step(index) = view {
            let Some((_, title)) = self.steps.get(index) else { return };
            self.announcement.set(format!("{}: {}", self.step_count_text(index + 1), title));
            if how == MoveKind::Jumping {
                self.heading_to_focus.set(Some(index));
            }
        }
    }

    /// One step on. `focus` is where focus was, which the view knows.
    pub fn next(&self, focus: FocusAt) {
        if let TimelineView::Step(i) = self.view.get_untracked() {
            if let Some(n) = timeline::next(i, self.step_count()) {
                let reached_end = timeline::next(n, self.step_count()).is_none();
                self.show(TimelineView::Step(n), timeline::move_kind(reached_end, focus));
            }
        }
    }

    /// One step back. `focus` is where focus was, which the view knows.
    pub fn previous(&self, focus: FocusAt) {
        if let TimelineView::Step(i) = self.view.get_untracked() {
            if let Some(p) = timeline::previous(i) {
                self.show(TimelineView::Step(p), timeline::move_kind(p == 0, focus));
            }
        }
    }

    /// Follows the address: on start and when the reader edits it or goes Back.
    /// Returns the route so the caller can scroll to it.
    pub fn follow_fragment(&self, fragment: &str) -> Route {
        let route = fragment::parse(fragment, &self.step_ids());
        if let Route::Timeline(view) = route {
            if self.steps.is_empty() {
                return route;
            }
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
    use_context::<TimelineState>().expect("timeline state is provided by the page (App, or layout::start)")
}
