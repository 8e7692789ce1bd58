//! The explainer's words, as data apart from the views.

/// Words that the browser never needs: prose rendered into the page at build
/// time and only hydrated there, where hydration keeps the server's text and
/// never reads ours. In the WebAssembly they are empty, so they are not
/// shipped twice. Text the app shows or reads after it starts (labels, step
/// titles, the suggested questions) must not use this; nor may text with a
/// glossary mark, whose shape the browser needs (checked as it compiles).
macro_rules! prose {
    ($text:literal) => {{
        const _: () = assert!(!$crate::content::has_glossary_mark($text), "prose!() text with a glossary mark");
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            $text
        }
    }};
}

/// Whether text holds a glossary mark's opening (`[[`), for `prose!`.
pub const fn has_glossary_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'[' && bytes[i + 1] == b'[' {
            return true;
        }
        i += 1;
    }
    false
}

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
