//! The page's own address: the fragment (where to go) and the query string
//! (what a host page asked for). Pure, tested natively.

pub mod fragment;
pub mod query;
