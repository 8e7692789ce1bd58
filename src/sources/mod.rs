//! Where every fact comes from: citations in the text, the numbered list of
//! sources, the trials, the "read more" link, and a publisher's own country
//! section with its sources (`publisher.toml`). Styles: `sources.css`.

#[cfg(target_arch = "wasm32")]
pub mod back_to_text;
pub mod citations;
pub mod country;
pub mod list;
pub mod read_more;
pub mod trial_list;
