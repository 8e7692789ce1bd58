//! The explainer's words, as data apart from the views.

mod en;
pub mod model;

use leptos::prelude::{provide_context, use_context};

pub use model::*;

/// The content for a language tag. English is the only language so far, and the
/// fallback for any tag we do not have.
pub fn for_language(_tag: &str) -> &'static Content {
    &en::CONTENT
}

/// Makes the page's content available to every view below (see `use_content`).
pub fn provide_content(content: &'static Content) {
    provide_context(content);
}

pub fn use_content() -> &'static Content {
    use_context::<&'static Content>().expect("content is provided by App")
}

#[cfg(test)]
mod tests;
