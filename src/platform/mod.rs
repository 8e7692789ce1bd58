//! The few places the app touches the browser directly, each tolerant of a
//! missing window or element: `dom` (focus, scrolling, attributes, printing),
//! `location` (the address), `clipboard`, and `local_store` (`localStorage`
//! behind the `storage::Store` trait, so that what is kept is tested natively),
//! `kept` (how a reader's work is kept: set aside, never overwritten,
//! other tabs followed), and `kept_state` (that, as the page's shared state).

pub mod clipboard;
pub mod dom;
pub mod hydrated;
pub mod kept;
pub mod kept_state;
pub mod local_store;
pub mod location;
pub mod page_data;
pub mod storage;
