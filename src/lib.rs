//! aHSCT Explained: a plain-language, interactive explainer of autologous
//! haematopoietic stem cell transplantation for multiple sclerosis.
//!
//! Layout: `content` (the words, as data), `markup` (glossary marks in the words),
//! `route`, `timeline`, `settings` and `questions` (pure logic),
//! `browser` (the few browser calls we make), `prerender` (the
//! HTML rendered at build time), `state` (shared signals),
//! `app` and `components` (the views).

// Server-side rendering of deeply nested views needs more room for type checking.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod embed;
#[cfg(test)]
mod input_properties;
pub mod markup;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod query;
pub mod question_store;
pub mod questions;
pub mod route;
pub mod settings;
pub mod state;
pub mod storage;
pub mod timeline;

/// Starts the app in the browser: the panic message, then the view, which
/// takes over the HTML rendered ahead of time rather than building it again.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::install_panic_message();
    if let Some(root) = browser::app_root() {
        leptos::mount::hydrate_from(root, app::App).forget();
    }
}
