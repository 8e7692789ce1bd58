//! The page's interactive parts ("islands"). The page is rendered in full at
//! build time; in the browser only these parts are hydrated, each from its own
//! element, and everything else stays plain HTML with no code behind it.
//!
//! An island's root element carries `data-island="<name>"` and its words in
//! `data-*` attributes (`words`); content inside it that never changes is a
//! `static_part::Static`, stepped over in the browser. `hydrate_all` finds
//! every island in the page and starts it. An island whose words are missing
//! or malformed keeps its pre-rendered HTML, says so once in the console, and
//! the others start as usual.
//!
//! Leptos's own `#[island]` was not used: its props travel as JSON (serde_json
//! adds about 13 KiB to the WebAssembly), and a malformed prop panics, which
//! would stop every island on the page.

pub mod static_part;
pub mod words;

pub use static_part::{Static, StaticView};

/// The attribute that marks an island's root element, and names it.
pub const ISLAND_ATTRIBUTE: &str = "data-island";
/// The attribute that holds an island's words (`words::encode`).
pub const WORDS_ATTRIBUTE: &str = "data-words";

#[cfg(target_arch = "wasm32")]
pub mod bind;
#[cfg(target_arch = "wasm32")]
mod registry;
#[cfg(target_arch = "wasm32")]
pub use registry::hydrate_all;

/// `Effect::new`, with the closure boxed: each `Effect::new` with its own
/// closure type brings its own copy of the effect's machinery into the
/// WebAssembly (about 1.4 KB each); through here there is one copy.
pub fn effect(run: impl Fn() + 'static) {
    let run: Box<dyn Fn()> = Box::new(run);
    leptos::prelude::Effect::new(move |_| run());
}
