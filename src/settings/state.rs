//! The reading settings as shared state, kept in this browser's storage.

use leptos::prelude::use_context;
use leptos::prelude::RwSignal;
use leptos::prelude::*;

use crate::platform::local_store::LocalStore;
use crate::platform::storage::Store;
use crate::settings::{self, ReadingSettings};

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

    /// Back to the standard text and spacing, and nothing left stored. The
    /// speed of reading aloud, which this panel does not show, is kept.
    pub fn reset(&self) {
        let kept = ReadingSettings { speech: self.settings.get_untracked().speech, ..ReadingSettings::default() };
        self.settings.set(kept);
        let _ = if kept.is_default() {
            LocalStore.remove(settings::STORAGE_KEY)
        } else {
            LocalStore.set(settings::STORAGE_KEY, &settings::encode(&kept))
        };
    }
}

impl Default for ReadingSettingsState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_reading_settings() -> ReadingSettingsState {
    use_context::<ReadingSettingsState>().expect("reading settings are provided by the page (App, or layout::start)")
}
