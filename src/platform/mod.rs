//! The few places the app touches the browser directly, each tolerant of a
//! missing window or element: `dom` (focus, scrolling, attributes, printing),
//! `location` (the address), `clipboard`, and `local_store` (`localStorage`
//! behind the `storage::Store` trait, so that what is kept is tested natively),
//! and `kept` (how a reader's work is kept: set aside, never overwritten,
//! other tabs followed).

pub mod clipboard;
pub mod dom;
pub mod kept;
pub mod local_store;
pub mod location;
pub mod storage;
