//! The few places the app touches the browser directly, and storage behind a
//! trait so that the rules for what is kept are tested natively.

pub mod browser;
pub mod storage;
