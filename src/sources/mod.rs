//! Where every fact comes from: citations in the text, the numbered list of
//! sources, the trials, the "read more" link, and a publisher's own country
//! section with its sources (`publisher.toml`). Styles: `sources.css`.

#[cfg(target_arch = "wasm32")]
pub mod back_to_text;
#[cfg(not(target_arch = "wasm32"))]
pub mod citations;
#[cfg(not(target_arch = "wasm32"))]
pub mod country;
#[cfg(not(target_arch = "wasm32"))]
pub mod list;
pub mod read_more;
#[cfg(not(target_arch = "wasm32"))]
pub mod trial_list;

/// The class of the one "Back to the text" link (see `back_to_text`).
pub const BACK_LINK_CLASS: &str = "back-to-text";
