//! Short paths through a long page, for readers who are tired or short of
//! time: the contents near the top, and the short version of the whole page
//! (`#short`), each with the time it takes to read. Both are plain
//! pre-rendered HTML that works without scripts: the short version shows
//! when it is the page's target (`:target`). The app only remembers a
//! reader's choice of the short version, with the reading settings.
//! Styles: `paths.css`.

#[cfg(not(target_arch = "wasm32"))]
pub mod contents;
#[cfg(not(target_arch = "wasm32"))]
pub mod reading_time;
#[cfg(target_arch = "wasm32")]
pub mod remember;
#[cfg(not(target_arch = "wasm32"))]
pub mod short_version;
#[cfg(not(target_arch = "wasm32"))]
pub mod ways_in;

/// The short version's id, and so its deep link (`#short`).
pub const SHORT_VERSION_ID: &str = "short";
/// The contents' id: where "Read the full page" leads.
pub const CONTENTS_ID: &str = "contents";
