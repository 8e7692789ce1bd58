//! Where every fact comes from: citations in the text, the numbered list of
//! sources, the trials and the "read more" link. Styles: `sources.css`.

pub mod citations;
pub mod list;
pub mod read_more;
pub mod trial_list;
