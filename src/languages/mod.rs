//! The languages the explainer is published in (issue 16): the list of links
//! to this page in each of them, at the top of the page, and the note each
//! translation carries about where it comes from and whether it was checked.
//! Each language is a page of its own, rendered at build time from
//! `content/<lang>/` (`content::load_all`); one WebAssembly serves them all.

pub mod bidi;
pub mod plural;
#[cfg(not(target_arch = "wasm32"))]
pub mod switcher;
