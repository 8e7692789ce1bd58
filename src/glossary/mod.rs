//! Technical terms: marked in the content's text (`markup`, pure), opened in
//! place (`term`), and listed in the glossary section (`list`). Styles:
//! `glossary.css`.

pub mod list;
pub mod marked_text;
pub mod markup;
pub mod term;
