//! The explainer's words, as data apart from the views.

mod en;
pub mod model;

pub use model::*;

/// The content for a language tag. English is the only language so far, and the
/// fallback for any tag we do not have.
pub fn for_language(_tag: &str) -> &'static Content {
    &en::CONTENT
}

#[cfg(test)]
mod tests;
