//! The explainer's words, as data apart from the views: the structure in Rust
//! (`structure.rs`), the words in each language's Fluent files
//! (`content/<lang>/*.ftl`), and what only the publisher can say in
//! `publisher.toml`. All are read at build time; the browser's WebAssembly
//! holds none of it (each island reads its words from the page).

#[cfg(not(target_arch = "wasm32"))]
mod loading;
pub mod model;

use leptos::prelude::{provide_context, use_context};

#[cfg(not(target_arch = "wasm32"))]
pub use loading::*;
pub use model::*;

/// Makes the page's content available to every view below (see `use_content`).
pub fn provide_content(content: &'static Content) {
    provide_context(content);
}

pub fn use_content() -> &'static Content {
    use_context::<&'static Content>().expect("content is provided by App")
}

#[cfg(test)]
mod tests;
