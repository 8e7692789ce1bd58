//! Where the page keeps what a reader saves. The app uses the browser's
//! `localStorage` (`local_store::LocalStore`); native tests use [`MemoryStore`],
//! which can also be blocked, full, or shared by two "tabs", so that every
//! storage policy is tested without a browser.

/// The browser said no: storage is blocked (a sandboxed frame, some private
/// modes) or full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// A string store shaped like `localStorage`.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, Refused>;
    fn set(&self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&self, key: &str) -> Result<(), Refused>;
    /// Every key that starts with `prefix` (none where storage is blocked).
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String>;
    /// Whether anything can be stored at all.
    fn is_available(&self) -> bool;
}

#[cfg(test)]
pub use memory::MemoryStore;

#[cfg(test)]
mod memory {
    use super::{Refused, Store};
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::rc::Rc;

    /// An in-memory `localStorage`. Clones share their entries, as two tabs of
    /// one site share one `localStorage`.
    #[derive(Debug, Clone, Default)]
    pub struct MemoryStore {
        entries: Rc<RefCell<BTreeMap<String, String>>>,
        state: Rc<RefCell<Limits>>,
    }

    #[derive(Debug, Default)]
    struct Limits {
        blocked: bool,
        /// Total characters of keys and values it holds at most.
        capacity: Option<usize>,
    }

    impl MemoryStore {
        pub fn blocked() -> Self {
            let store = Self::default();
            store.state.borrow_mut().blocked = true;
            store
        }

        /// Refuses any write that would take it past `capacity` characters.
        pub fn set_capacity(&self, capacity: usize) {
            self.state.borrow_mut().capacity = Some(capacity);
        }

        /// What another tab (or a later release) writing directly does.
        pub fn put(&self, key: &str, value: &str) {
            self.entries.borrow_mut().insert(key.to_owned(), value.to_owned());
        }

        pub fn peek(&self, key: &str) -> Option<String> {
            self.entries.borrow().get(key).cloned()
        }

        pub fn len(&self) -> usize {
            self.entries.borrow().len()
        }

        pub fn is_empty(&self) -> bool {
            self.entries.borrow().is_empty()
        }

        fn used_without(&self, key: &str) -> usize {
            self.entries
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.chars().count() + v.chars().count())
                .sum()
        }
    }

    impl Store for MemoryStore {
        fn get(&self, key: &str) -> Result<Option<String>, Refused> {
            if self.state.borrow().blocked {
                return Err(Refused);
            }
            Ok(self.peek(key))
        }

        fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
            let state = self.state.borrow();
            if state.blocked {
                return Err(Refused);
            }
            let needed = self.used_without(key) + key.chars().count() + value.chars().count();
            if state.capacity.is_some_and(|capacity| needed > capacity) {
                return Err(Refused);
            }
            self.put(key, value);
            Ok(())
        }

        fn remove(&self, key: &str) -> Result<(), Refused> {
            if self.state.borrow().blocked {
                return Err(Refused);
            }
            self.entries.borrow_mut().remove(key);
            Ok(())
        }

        fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
            if self.state.borrow().blocked {
                return Vec::new();
            }
            self.entries.borrow().keys().filter(|k| k.starts_with(prefix)).cloned().collect()
        }

        fn is_available(&self) -> bool {
            !self.state.borrow().blocked
        }
    }
}
