//! This browser's `localStorage` behind the [`Store`] trait.

use crate::platform::storage::{Refused, Store};

/// The browser's `localStorage`, or `None` where it refuses it (sandboxed
/// frames, some private modes throw on the very first touch).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This browser's `localStorage` as a [`Store`]: every refusal (blocked,
/// full) is an `Err`, never an exception.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        local_storage().ok_or(Refused)?.get_item(key).map_err(|_| Refused)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        local_storage().ok_or(Refused)?.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&self, key: &str) -> Result<(), Refused> {
        local_storage().ok_or(Refused)?.remove_item(key).map_err(|_| Refused)
    }

    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(storage) = local_storage() else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|index| storage.key(index).ok().flatten()).filter(|key| key.starts_with(prefix)).collect()
    }

    fn is_available(&self) -> bool {
        local_storage().is_some()
    }
}
