//! aHSCT Explained: a plain-language, interactive explainer of autologous
//! haematopoietic stem cell transplantation for multiple sclerosis.
//!
//! One folder per feature, each with its views, its pure logic (natively
//! tested), its shared state and its styles: `timeline`, `cells`, `glossary`,
//! `questions`, `settings`, `embed`, `sources`, `paths` (the contents and
//! the short version), `clear_confirm` (the clear that asks first, which
//! the list and the dates share), `listen` (the page read aloud), and `layout` (the page around them).
//! `content` holds the words as data; `address` reads the page's own
//! address; `platform` the few direct browser calls and storage; `prerender`
//! is the HTML rendered at build time.

// Server-side rendering of deeply nested views needs more room for type checking.
#![recursion_limit = "256"]

pub mod address;
pub mod cells;
pub mod clear_confirm;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod embed;
pub mod glossary;
#[cfg(test)]
mod input_properties;
pub mod languages;
pub mod layout;
pub mod listen;
pub mod my_dates;
pub mod paths;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod questions;
pub mod settings;
pub mod sources;
pub mod timeline;

/// Starts the app in the browser: the panic message, then the page's islands,
/// which take over the HTML rendered ahead of time rather than building it again.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    platform::dom::install_panic_message();
    layout::start::start();
}
