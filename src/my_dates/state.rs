//! The reader's dates as shared state in the browser, kept by the storage
//! policy every kept thing shares (`platform::kept`).

use crate::reactive::prelude::*;
use crate::reactive::RwSignal;
use crate::reactive::{use_context, LocalStorage, StoredValue};

use crate::my_dates::words::MyDatesWords;
use crate::my_dates::{MyDates, MyDatesFormat, STORAGE_KEY};
use crate::platform::kept::{KeptStore, Status};
use crate::platform::local_store::LocalStore;

type DatesStore = KeptStore<LocalStore, MyDatesFormat>;

/// The reader's dates, what the page can say about keeping them, and the
/// words the dates' islands show as they change (from the page).
#[derive(Clone, Copy)]
pub struct MyDatesState {
    pub dates: RwSignal<MyDates>,
    pub status: RwSignal<Status>,
    /// `None` where the page lacks them: the islands then say so and stay as rendered.
    pub words: Option<MyDatesWords>,
    store: StoredValue<Option<DatesStore>, LocalStorage>,
}

impl MyDatesState {
    pub fn new(words: Option<MyDatesWords>) -> Self {
        Self {
            dates: RwSignal::new(MyDates::default()),
            status: RwSignal::new(Status { unreadable_found: None, changed_elsewhere: false, not_kept: None }),
            words,
            store: StoredValue::new_local(None),
        }
    }

    /// Reads the stored dates after the page has started.
    pub fn load_from_browser(&self) {
        let (store, dates) = KeptStore::open(LocalStore, MyDatesFormat);
        self.status.set(store.status().clone());
        self.store.set_value(Some(store));
        self.dates.set(dates);
        self.follow_other_tabs();
    }

    fn with_store(&self, act: impl FnOnce(&mut DatesStore)) {
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

    /// Another tab changed the dates: show its version, so that neither tab
    /// saves over the other's.
    fn follow_other_tabs(&self) {
        let state = *self;
        crate::platform::dom::on_window("storage", move |event| {
            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(&event) else { return };
            if event.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            let mut followed = None;
            let shown = state.dates.get_untracked();
            state.with_store(|store| followed = store.changed_elsewhere(event.new_value().as_deref(), &shown));
            if let Some(dates) = followed {
                state.dates.set(dates);
            }
        });
    }

    /// Changes the dates and keeps them where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut MyDates)) {
        self.dates.update(edit);
        let dates = self.dates.get_untracked();
        self.with_store(|store| store.save(&dates));
    }
}

impl MyDatesState {
    /// The words, or why an island cannot start without them.
    pub fn words(&self) -> Result<MyDatesWords, String> {
        self.words.ok_or_else(|| "the words of the dates' panel are missing or malformed".to_owned())
    }
}

pub fn use_my_dates() -> MyDatesState {
    use_context::<MyDatesState>().expect("my dates are provided by the page (layout::start)")
}
