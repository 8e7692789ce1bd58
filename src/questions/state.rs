//! The reader's list as shared state, kept by `questions::store`.

use leptos::prelude::*;
use leptos::prelude::{use_context, RwSignal};

use serde::{Deserialize, Serialize};

use crate::platform::kept_state::KeptState;
use crate::questions::store::{QuestionFormat, QuestionStore, Status};
use crate::questions::QuestionList;

/// The reader's questions for their MS team, and what the page can say about
/// keeping them. The storage policy itself is `questions::store` (tested natively).
#[derive(Clone, Copy)]
pub struct QuestionsState {
    /// `kept`'s own value, named for what it is.
    pub list: RwSignal<QuestionList>,
    /// What the page tells the reader about keeping the list.
    pub status: RwSignal<Status>,
    kept: KeptState<QuestionFormat>,
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
        let kept = KeptState::new();
        Self { list: kept.value, status: kept.status, kept, catalog }
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
        let catalog = self.catalog;
        self.kept.open(QuestionFormat::new(Self::suggestion_text(catalog)), move |list| {
            Self::with_current_ids(catalog, list)
        });
    }

    /// The lists kept because they could not be read, as the text they are.
    pub fn earlier_lists(&self) -> String {
        self.kept.read_store(QuestionStore::set_aside_text).unwrap_or_default()
    }

    /// Deletes the lists kept aside, at the reader's request.
    pub fn delete_earlier_lists(&self) {
        let list = self.list.get_untracked();
        self.kept.with_store(|store| store.delete_set_aside(&list));
    }

    /// Changes the list and keeps it where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut QuestionList)) {
        self.kept.change(edit);
    }
}

/// The attribute of the element that carries `CatalogPageData` as JSON
/// (rendered by `suggested::SuggestedQuestions`).
pub const CATALOG_ATTRIBUTE: &str = "data-question-catalog";

/// What the page tells the browser's entry about its suggested questions, once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogPageData {
    pub questions: Vec<(String, String)>,
    pub replaced: Vec<(String, String)>,
}

impl CatalogPageData {
    pub fn of(catalog: Catalog) -> Self {
        let owned = |pairs: &[(&str, &str)]| pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect();
        Self { questions: owned(catalog.questions), replaced: owned(catalog.replaced) }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The catalog as the page carries it; an empty one where it does not.
    #[cfg(target_arch = "wasm32")]
    pub fn from_page() -> Catalog {
        let Some(data) = crate::platform::page_data::read::<CatalogPageData>(CATALOG_ATTRIBUTE) else {
            return Catalog::default();
        };
        let leak = |pairs: Vec<(String, String)>| -> &'static [(&'static str, &'static str)] {
            Vec::leak(pairs.into_iter().map(|(a, b)| (&*a.leak(), &*b.leak())).collect())
        };
        Catalog { questions: leak(data.questions), replaced: leak(data.replaced) }
    }
}

pub fn use_questions() -> QuestionsState {
    use_context::<QuestionsState>().expect("questions are provided by the page (App, or layout::start)")
}
