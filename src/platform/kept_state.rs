//! A thing the reader makes (their questions, their dates) as shared state on
//! the page: its value, what the page can say about keeping it, and the
//! `localStorage` behind both, kept by the policy in `platform::kept`.
//! Each feature's state wraps one of these with its own words and rules.

use leptos::prelude::*;
use leptos::prelude::{LocalStorage, RwSignal, StoredValue};

use crate::platform::kept::{KeptFormat, KeptStore, Status};
use crate::platform::local_store::LocalStore;

/// The store of one kept thing in this browser.
pub type BrowserStore<F> = KeptStore<LocalStore, F>;

pub struct KeptState<F: KeptFormat + 'static> {
    pub value: RwSignal<F::Value>,
    /// What the page tells the reader about keeping the value.
    pub status: RwSignal<Status>,
    /// `None` until the page has started and read storage (`open`).
    store: StoredValue<Option<BrowserStore<F>>, LocalStorage>,
}

// By hand: a derive would ask the format itself to be `Copy`.
impl<F: KeptFormat + 'static> Clone for KeptState<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: KeptFormat + 'static> Copy for KeptState<F> {}

impl<F> KeptState<F>
where
    F: KeptFormat + 'static,
    F::Value: Clone + Send + Sync + 'static,
{
    /// Nothing read yet: the value is empty and nothing is said about keeping it.
    pub fn new() -> Self {
        Self {
            value: RwSignal::new(F::Value::default()),
            status: RwSignal::new(Status::default()),
            store: StoredValue::new_local(None),
        }
    }

    /// Reads what is kept, once the page has started, and from then on
    /// follows the changes other tabs make. `current` brings a value read
    /// from storage up to this release (a retired question id, for one).
    pub fn open(&self, format: F, current: impl Fn(F::Value) -> F::Value + Copy + 'static) {
        let key = format.key();
        let (store, value) = KeptStore::open(LocalStore, format);
        self.status.set(store.status().clone());
        self.store.set_value(Some(store));
        self.value.set(current(value));
        self.follow_other_tabs(key, current);
    }

    /// Changes the value and keeps it where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut F::Value)) {
        self.value.update(edit);
        let value = self.value.get_untracked();
        self.with_store(|store| store.save(&value));
    }

    /// Acts on the store and shows what the page can then say about keeping
    /// the value; `None` before `open`.
    pub fn with_store<R>(&self, act: impl FnOnce(&mut BrowserStore<F>) -> R) -> Option<R> {
        let (result, status) = self
            .store
            .try_update_value(|store| {
                store.as_mut().map(|store| {
                    let result = act(store);
                    (result, store.status().clone())
                })
            })
            .flatten()?;
        self.status.set(status);
        Some(result)
    }

    /// Reads from the store; `None` before `open`.
    pub fn read_store<R>(&self, read: impl FnOnce(&BrowserStore<F>) -> R) -> Option<R> {
        self.store.with_value(|store| store.as_ref().map(read))
    }

    /// Another tab changed what is kept: show its version, so that neither
    /// tab saves over the other's.
    fn follow_other_tabs(&self, key: &'static str, current: impl Fn(F::Value) -> F::Value + 'static) {
        let state = *self;
        crate::platform::dom::on_window("storage", move |event| {
            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(&event) else { return };
            if event.key().as_deref() != Some(key) {
                return;
            }
            let shown = state.value.get_untracked();
            let followed = state.with_store(|store| store.changed_elsewhere(event.new_value().as_deref(), &shown));
            if let Some(Some(value)) = followed {
                state.value.set(current(value));
            }
        });
    }
}

impl<F> Default for KeptState<F>
where
    F: KeptFormat + 'static,
    F::Value: Clone + Send + Sync + 'static,
{
    fn default() -> Self {
        Self::new()
    }
}
