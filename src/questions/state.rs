//! The reader's list as shared state, kept by `questions::store`.

use crate::reactive::prelude::*;
use crate::reactive::RwSignal;
use crate::reactive::{use_context, LocalStorage, StoredValue};

use crate::platform::local_store::LocalStore;
use crate::questions::store::{QuestionFormat, QuestionStore, Status};
use crate::questions::{self, QuestionList};

/// The reader's questions for their MS team, and what the page can say about
/// keeping them. The storage policy itself is `questions::store` (tested natively).
#[derive(Debug, Clone, Copy)]
pub struct QuestionsState {
    pub list: RwSignal<QuestionList>,
    /// What the page tells the reader about keeping the list.
    pub status: RwSignal<Status>,
    store: StoredValue<Option<QuestionStore<LocalStore>>, LocalStorage>,
    catalog: Catalog,
}

/// This release's suggested questions, as the page has them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Catalog {
    /// Each suggestion's id and its words as plain text.
    pub questions: &'static [(&'static str, &'static str)],
    /// Suggestions corrected under a new id: (the retired id, the new one).
    pub replaced: &'static [(&'static str, &'static str)],
}

impl Catalog {
    pub fn text(&self, id: &str) -> Option<&'static str> {
        self.questions.iter().find(|(q, _)| *q == id).map(|(_, text)| *text)
    }
}

impl QuestionsState {
    pub fn new(catalog: Catalog) -> Self {
        Self {
            list: RwSignal::new(QuestionList::default()),
            status: RwSignal::new(Status { unreadable_found: None, changed_elsewhere: false, not_kept: None }),
            store: StoredValue::new_local(None),
            catalog,
        }
    }

    /// This release's words for a stored suggestion id; a retired id reads as
    /// the question that replaced it (see `with_current_ids`).
    fn suggestion_text(catalog: Catalog) -> impl Fn(&str) -> Option<String> {
        move |id| {
            let current = catalog.replaced.iter().find(|(retired, _)| *retired == id).map_or(id, |(_, now)| *now);
            catalog.text(current).map(str::to_owned)
        }
    }

    /// Retired suggestion ids in a stored list become the questions that replaced them.
    fn with_current_ids(catalog: Catalog, mut list: QuestionList) -> QuestionList {
        for (retired, current) in catalog.replaced {
            if let Some(text) = catalog.text(current) {
                list.replace_suggested(retired, current, text);
            }
        }
        list
    }

    pub fn catalog(&self) -> Catalog {
        self.catalog
    }

    /// Reads the stored list after the first render.
    pub fn load_from_browser(&self) {
        let (store, list) = QuestionStore::open(LocalStore, QuestionFormat::new(Self::suggestion_text(self.catalog)));
        self.status.set(store.status().clone());
        self.store.set_value(Some(store));
        self.list.set(Self::with_current_ids(self.catalog, list));
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
        crate::platform::dom::on_window("storage", move |event| {
            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(&event) else { return };
            if event.key().as_deref() != Some(questions::STORAGE_KEY) {
                return;
            }
            let mut followed = None;
            let shown = state.list.get_untracked();
            state.with_store(|store| {
                followed = store.changed_elsewhere(event.new_value().as_deref(), &shown);
            });
            if let Some(list) = followed {
                state.list.set(Self::with_current_ids(state.catalog, list));
            }
        });
    }

    /// The lists kept because they could not be read, as the text they are.
    pub fn earlier_lists(&self) -> String {
        self.store.with_value(|store| store.as_ref().map(QuestionStore::set_aside_text)).unwrap_or_default()
    }

    /// Deletes the lists kept aside, at the reader's request.
    pub fn delete_earlier_lists(&self) {
        let list = self.list.get_untracked();
        self.with_store(|store| store.delete_set_aside(&list));
    }

    /// Changes the list and keeps it where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut QuestionList)) {
        self.list.update(edit);
        let list = self.list.get_untracked();
        self.with_store(|store| store.save(&list));
    }
}

pub fn use_questions() -> QuestionsState {
    use_context::<QuestionsState>().expect("questions are provided by the page (App, or layout::start)")
}
