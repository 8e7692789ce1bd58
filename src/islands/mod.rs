//! The page's interactive parts ("islands"). The page is rendered in full at
//! build time by Leptos; in the browser each island binds to its own
//! pre-rendered element (`bind`): it finds its parts, listens to them, and
//! keeps them in step with the shared state through effects. Nothing is
//! hydrated or rendered again, and everything else stays plain HTML with no
//! code behind it.
//!
//! An island's root element carries `data-island="<name>"` and the words it
//! may show or say as it changes in `data-words` (`words`). `hydrate_all`
//! finds every island in the page and starts it. An island whose words or
//! parts are missing or malformed keeps its pre-rendered HTML, says so once
//! in the console, and the others start as usual.
//!
//! Why binding rather than hydration (issue 12, measured): hydrating Leptos
//! views brought each view's building code, Leptos's renderer and its server
//! functions' stream glue into the WebAssembly, 99 KiB brotli in all; bound,
//! the same islands need only Leptos's reactive system. Leptos's own
//! `#[island]` also carries its props as JSON (serde_json adds about 13 KiB),
//! and a malformed prop panics, which would stop every island on the page.

pub mod words;

/// The attribute that marks an island's root element, and names it.
pub const ISLAND_ATTRIBUTE: &str = "data-island";
/// The attribute that holds an island's words (`words::encode`).
pub const WORDS_ATTRIBUTE: &str = "data-words";

#[cfg(target_arch = "wasm32")]
pub mod bind;
#[cfg(target_arch = "wasm32")]
mod registry;
#[cfg(target_arch = "wasm32")]
pub use registry::{bind_all, hydrate_all};

/// The first island of this name in the page.
#[cfg(target_arch = "wasm32")]
pub fn find(name: &str) -> Option<web_sys::Element> {
    crate::platform::dom::document()?.query_selector(&format!("[{ISLAND_ATTRIBUTE}=\"{name}\"]")).ok()?
}

/// Runs `run` once the code that calls it is done, and again after any
/// signal it read changes (`crate::reactive`). The closure is boxed at once:
/// a generic body would be in the WebAssembly once per closure type.
#[cfg(target_arch = "wasm32")]
pub fn effect(run: impl Fn() + 'static) {
    crate::reactive::effect_boxed(Box::new(run));
}
