//! Technical terms: marked in the content's text (`markup`, pure), opened in
//! place (`term`), and listed in the glossary section (`list`). Styles:
//! `glossary.css`.

#[cfg(not(target_arch = "wasm32"))]
pub mod list;
#[cfg(not(target_arch = "wasm32"))]
pub mod marked_text;
pub mod markup;
pub mod term;
