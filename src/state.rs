//! State shared through context: which content is shown, and where the
//! timeline is. The URL fragment mirrors the timeline so any step can be shared.

use leptos::prelude::*;

use crate::browser;
use crate::browser::LocalStore;
use crate::content::Content;
use crate::embed::EmbedOptions;
use crate::markup;
use crate::question_store::{QuestionStore, Status};
use crate::questions::{self, QuestionList};
use crate::route::{self, Route};
use crate::settings::{self, ReadingSettings};
use crate::storage::Store;
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
        Self { view: RwSignal::new(TimelineView::default()), announcement: RwSignal::new(String::new()), content }
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
        Self { settings: RwSignal::new(ReadingSettings::default()), can_save: RwSignal::new(true) }
    }

    /// Reads what was stored, after the first render (never during it, so that
    /// the pre-rendered page and the first render agree). An unreadable value
    /// is replaced by the defaults.
    pub fn load_from_browser(&self) {
        let store = LocalStore;
        let loaded = settings::load(store.get(settings::STORAGE_KEY).ok().flatten().as_deref());
        if let Some(replacement) = &loaded.replacement {
            let _ = store.set(settings::STORAGE_KEY, replacement);
        }
        self.settings.set(loaded.settings);
        self.can_save.set(store.is_available());
    }

    /// Applies the reader's choice at once, and keeps it where the browser allows.
    pub fn choose(&self, chosen: ReadingSettings) {
        self.settings.set(chosen);
        let saved = LocalStore.set(settings::STORAGE_KEY, &settings::encode(&chosen));
        self.can_save.set(saved.is_ok());
    }

    /// Back to the defaults, and nothing left stored.
    pub fn reset(&self) {
        self.settings.set(ReadingSettings::default());
        let _ = LocalStore.remove(settings::STORAGE_KEY);
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
/// keeping them. The storage policy itself is `question_store` (tested natively).
#[derive(Debug, Clone, Copy)]
pub struct QuestionsState {
    pub list: RwSignal<QuestionList>,
    /// What the page tells the reader about keeping the list.
    pub status: RwSignal<Status>,
    store: StoredValue<Option<QuestionStore<LocalStore>>, LocalStorage>,
    content: &'static Content,
}

impl QuestionsState {
    pub fn new(content: &'static Content) -> Self {
        Self {
            list: RwSignal::new(QuestionList::default()),
            status: RwSignal::new(Status { unreadable_found: None, changed_elsewhere: false, not_kept: None }),
            store: StoredValue::new_local(None),
            content,
        }
    }

    fn suggestion_text(content: &'static Content) -> impl Fn(&str) -> Option<String> {
        move |id| content.suggested_question(id).map(markup::plain)
    }

    /// Reads the stored list after the first render.
    pub fn load_from_browser(&self) {
        let (store, list) = QuestionStore::open(LocalStore, Self::suggestion_text(self.content));
        self.status.set(store.status().clone());
        self.store.set_value(Some(store));
        self.list.set(list);
        self.follow_other_tabs();
    }

    fn with_store(&self, act: impl FnOnce(&mut QuestionStore<LocalStore>)) {
        let status = self.store.try_update_value(|store| {
            store.as_mut().map(|store| {
                act(store);
                store.status().clone()
            })
        });
        if let Some(Some(status)) = status {
            self.status.set(status);
        }
    }

    /// Another tab of this explainer changed the list: show its version, so
    /// that neither tab saves over the other's questions.
    fn follow_other_tabs(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(questions::STORAGE_KEY) {
                return;
            }
            let mut followed = None;
            let shown = state.list.get_untracked();
            state.with_store(|store| {
                followed =
                    store.changed_elsewhere(event.new_value().as_deref(), &shown, Self::suggestion_text(state.content));
            });
            if let Some(list) = followed {
                state.list.set(list);
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// The lists kept because they could not be read, as the text they are.
    pub fn earlier_lists(&self) -> String {
        self.store.with_value(|store| store.as_ref().map(QuestionStore::earlier_lists)).unwrap_or_default()
    }

    /// Deletes the lists kept aside, at the reader's request.
    pub fn delete_earlier_lists(&self) {
        let list = self.list.get_untracked();
        self.with_store(|store| store.delete_earlier_lists(&list));
    }

    /// Changes the list and keeps it where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut QuestionList)) {
        self.list.update(edit);
        let list = self.list.get_untracked();
        self.with_store(|store| store.save(&list));
    }
}

pub fn use_questions() -> QuestionsState {
    use_context::<QuestionsState>().expect("questions are provided by App")
}
