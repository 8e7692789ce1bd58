//! The timeline's shared state: which view is shown, what the live region
//! says, and where focus goes after a move. The URL fragment mirrors it.

use leptos::prelude::use_context;
use leptos::prelude::RwSignal;
use leptos::prelude::*;

use leptos::prelude::NodeRef;
use serde::{Deserialize, Serialize};

use crate::address::fragment::{self, Route};
use crate::platform::location;
use crate::timeline::{self, FocusAt, MoveKind, TimelineView};

#[derive(Debug, Clone, Copy)]
pub struct TimelineState {
    /// The bar with Previous and Next, which a move brings to the top of the screen.
    pub bar: NodeRef<leptos::html::Div>,
    /// Each step's heading, which takes focus when the reader jumps to its step.
    pub headings: &'static [NodeRef<leptos::html::H3>],
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
            bar: NodeRef::new(),
            headings: Vec::leak(steps.iter().map(|_| NodeRef::new()).collect()),
            view: RwSignal::new(TimelineView::default()),
            announcement: RwSignal::new(String::new()),
            heading_to_focus: RwSignal::new(None),
            steps,
            step_count_words,
        }
    }

    /// The steps and their words, as the page carries them (`TimelinePageData`).
    /// Without them (a page that lacks them) the timeline has no steps, and
    /// its islands say why they cannot start.
    #[cfg(target_arch = "wasm32")]
    pub fn from_page() -> Self {
        match crate::platform::page_data::read::<TimelinePageData>(TIMELINE_DATA_ATTRIBUTE) {
            Some(data) => Self::new(
                Vec::leak(data.steps.into_iter().map(|(id, title)| (&*id.leak(), &*title.leak())).collect()),
                data.step_count.leak(),
            ),
            None => Self::new(&[], ""),
        }
    }

    /// A step's heading, once its island has hydrated.
    pub fn heading(&self, index: usize) -> Option<web_sys::HtmlHeadingElement> {
        self.headings.get(index)?.get_untracked()
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

/// The attribute of the element that carries `TimelinePageData` as JSON
/// (rendered by `widget::Timeline`).
pub const TIMELINE_DATA_ATTRIBUTE: &str = "data-timeline";

/// What the page tells the browser's entry about its timeline, once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelinePageData {
    /// Each step's id and title, in order.
    pub steps: Vec<(String, String)>,
    /// "Step {n} of {total}"
    pub step_count: String,
}

impl TimelinePageData {
    pub fn of(timeline: &TimelineState) -> Self {
        Self {
            steps: timeline.steps.iter().map(|(id, title)| ((*id).to_owned(), (*title).to_owned())).collect(),
            step_count: timeline.step_count_words.to_owned(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

pub fn use_timeline() -> TimelineState {
    use_context::<TimelineState>().expect("timeline state is provided by the page (App, or layout::start)")
}
