//! State shared through context: which content is shown, and where the
//! timeline is. The URL fragment mirrors the timeline so any step can be shared.

use leptos::prelude::*;

use crate::browser;
use crate::content::Content;
use crate::embed::EmbedOptions;
use crate::markup;
use crate::questions::{self, QuestionList};
use crate::route::{self, Route};
use crate::settings::{self, ReadingSettings};
use crate::timeline::{self, TimelineView};

pub fn provide_content(content: &'static Content) {
    provide_context(content);
}

pub fn use_content() -> &'static Content {
    use_context::<&'static Content>().expect("content is provided by App")
}

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
        Self {
            view: RwSignal::new(TimelineView::default()),
            announcement: RwSignal::new(String::new()),
            content,
        }
    }

    pub fn step_count(&self) -> usize {
        self.content.steps.len()
    }

    fn step_ids(&self) -> Vec<&'static str> {
        self.content.steps.iter().map(|s| s.id).collect()
    }

    pub fn fragment_for(&self, view: TimelineView) -> String {
        route::format_timeline(view, &self.step_ids())
    }

    /// Shows a view because the reader asked for it: updates the address and
    /// announces the new step.
    pub fn show(&self, view: TimelineView, how: MoveKind) {
        let content = self.content;
        self.view.set(view);
        browser::replace_fragment(&self.fragment_for(view));
        if let TimelineView::Step(index) = view {
            let step = &content.steps[index];
            self.announcement.set(format!(
                "{}: {}",
                content.step_count_text(index + 1),
                step.title
            ));
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
        let route = route::parse(fragment, &self.step_ids());
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

/// The reader's text size and line spacing, and whether this browser lets us keep them.
#[derive(Debug, Clone, Copy)]
pub struct ReadingSettingsState {
    pub settings: RwSignal<ReadingSettings>,
    /// False where storage is blocked: the settings then last for this visit.
    pub can_save: RwSignal<bool>,
}

impl ReadingSettingsState {
    pub fn new() -> Self {
        Self {
            settings: RwSignal::new(ReadingSettings::default()),
            can_save: RwSignal::new(true),
        }
    }

    /// Reads what was stored, after the first render (never during it, so that
    /// the pre-rendered page and the first render agree). An unreadable value
    /// is replaced by the defaults.
    pub fn load_from_browser(&self) {
        let loaded = settings::load(browser::read_stored(settings::STORAGE_KEY).as_deref());
        if let Some(replacement) = &loaded.replacement {
            browser::write_stored(settings::STORAGE_KEY, replacement);
        }
        self.settings.set(loaded.settings);
        self.can_save.set(browser::storage_available());
    }

    /// Applies the reader's choice at once, and keeps it where the browser allows.
    pub fn choose(&self, chosen: ReadingSettings) {
        self.settings.set(chosen);
        let saved = browser::write_stored(settings::STORAGE_KEY, &settings::encode(&chosen));
        self.can_save.set(saved);
    }

    /// Back to the defaults, and nothing left stored.
    pub fn reset(&self) {
        self.settings.set(ReadingSettings::default());
        browser::remove_stored(settings::STORAGE_KEY);
    }
}

impl Default for ReadingSettingsState {
    fn default() -> Self {
        Self::new()
    }
}

/// What a host page asked for through the address (`?embed&host=…`), checked.
/// Starts as the normal page, so the first render matches the pre-rendered one.
#[derive(Debug, Clone, Copy)]
pub struct EmbedState {
    pub options: RwSignal<EmbedOptions>,
    /// The standalone page's address for where the reader is, for "Open the full page".
    pub full_page_address: RwSignal<String>,
}

impl EmbedState {
    pub fn new() -> Self {
        Self {
            options: RwSignal::new(EmbedOptions::default()),
            // Filled in from the real address once the app runs (embed mode only shows it).
            full_page_address: RwSignal::new("#".to_owned()),
        }
    }
}

impl Default for EmbedState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_embed() -> EmbedState {
    use_context::<EmbedState>().expect("embed state is provided by App")
}

pub fn use_reading_settings() -> ReadingSettingsState {
    use_context::<ReadingSettingsState>().expect("reading settings are provided by App")
}

pub fn use_timeline() -> TimelineState {
    use_context::<TimelineState>().expect("timeline state is provided by App")
}

/// Matches a step's article (see `components/step_article.rs`).
const STEP_SELECTOR: &str = "article.step";
pub const PREVIOUS_BUTTON_ID: &str = "step-previous-button";
pub const NEXT_BUTTON_ID: &str = "step-next-button";

pub fn step_heading_id(step_id: &str) -> String {
    format!("step-{step_id}-heading")
}

/// The reader's questions for their MS team, and what the page can say about
/// keeping them.
#[derive(Debug, Clone, Copy)]
pub struct QuestionsState {
    pub list: RwSignal<QuestionList>,
    /// An earlier stored list could not be read (it was kept aside).
    pub earlier_list_unreadable: RwSignal<bool>,
    /// False where storage is blocked or full: the list lasts for this visit.
    pub can_save: RwSignal<bool>,
    /// Set when an unreadable list could not be kept aside: saving over it
    /// would destroy it, so nothing is saved this visit.
    must_not_overwrite: RwSignal<bool>,
    content: &'static Content,
}

impl QuestionsState {
    pub fn new(content: &'static Content) -> Self {
        Self {
            list: RwSignal::new(QuestionList::default()),
            earlier_list_unreadable: RwSignal::new(false),
            can_save: RwSignal::new(true),
            must_not_overwrite: RwSignal::new(false),
            content,
        }
    }

    fn suggestion_text(content: &'static Content) -> impl Fn(&str) -> Option<String> {
        move |id| content.suggested_question(id).map(markup::plain)
    }

    /// Reads the stored list after the first render. An unreadable one is
    /// copied aside under a key of its own before anything can replace it.
    pub fn load_from_browser(&self) {
        let stored = browser::read_stored(questions::STORAGE_KEY);
        let loaded = questions::load(stored.as_deref(), Self::suggestion_text(self.content));
        if let (Some(_), Some(unreadable)) = (loaded.unreadable, stored) {
            let aside = questions::set_aside_key(|key| browser::read_stored(key).is_some());
            if browser::write_stored(&aside, &unreadable) {
                browser::remove_stored(questions::STORAGE_KEY);
            } else {
                self.must_not_overwrite.set(true);
            }
            self.earlier_list_unreadable.set(true);
        }
        self.list.set(loaded.list);
        self.can_save.set(browser::storage_available() && !self.must_not_overwrite.get_untracked());
        self.follow_other_tabs();
    }

    /// Another tab of this explainer changed the list: show its version, so
    /// that neither tab saves over the other's questions.
    fn follow_other_tabs(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(questions::STORAGE_KEY) {
                return;
            }
            let list = match event.new_value() {
                None => Some(QuestionList::default()),
                Some(value) => questions::decode(&value, Self::suggestion_text(state.content)).ok(),
            };
            if let Some(list) = list {
                state.list.set(list);
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// The lists kept aside because they could not be read, oldest first, as
    /// the text they are: the reader may still find their questions in them.
    pub fn earlier_lists(&self) -> String {
        // Kept under numbered keys, the first free number each time: walk the
        // numbers in order until every kept list is found.
        let count = browser::stored_keys_with_prefix(questions::SET_ASIDE_PREFIX).len();
        let mut found = Vec::with_capacity(count + 1);
        // One that could not be copied aside is still under the list's own key.
        if self.must_not_overwrite.get_untracked() {
            found.extend(browser::read_stored(questions::STORAGE_KEY));
        }
        let count = count + found.len();
        let mut number = 1;
        while found.len() < count && number <= 10_000 {
            if let Some(list) = browser::read_stored(&format!("{}{number}", questions::SET_ASIDE_PREFIX)) {
                found.push(list);
            }
            number += 1;
        }
        found.join("\n\n")
    }

    /// Deletes the lists kept aside, at the reader's request.
    pub fn delete_earlier_lists(&self) {
        for key in browser::stored_keys_with_prefix(questions::SET_ASIDE_PREFIX) {
            browser::remove_stored(&key);
        }
        self.earlier_list_unreadable.set(false);
        if self.must_not_overwrite.get_untracked() {
            self.must_not_overwrite.set(false);
            // The unreadable list that stopped saving is gone with the
            // reader's consent: this visit's list can be kept now.
            self.save();
        }
    }

    /// Changes the list and keeps it where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut QuestionList)) {
        self.list.update(edit);
        if !self.must_not_overwrite.get_untracked() {
            self.save();
        }
    }

    fn save(&self) {
        let saved = self.list.with_untracked(|list| {
            if list.is_empty() {
                browser::remove_stored(questions::STORAGE_KEY)
            } else {
                browser::write_stored(questions::STORAGE_KEY, &questions::encode(list))
            }
        });
        self.can_save.set(saved);
    }
}

pub fn use_questions() -> QuestionsState {
    use_context::<QuestionsState>().expect("questions are provided by App")
}
