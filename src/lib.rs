//! aHSCT Explained: a plain-language, interactive explainer of autologous
//! haematopoietic stem cell transplantation for multiple sclerosis.
//!
//! Layout: `content` (the words, as data), `route` and `timeline` (pure logic),
//! `browser` (the few browser calls we make), `state` (shared signals),
//! `app` and `components` (the views).

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod route;
pub mod state;
pub mod timeline;

/// Starts the app in the browser: the panic message, then the view.
pub fn start() {
    browser::install_panic_message();
    browser::remove_startup_fallback();
    if let Some(root) = browser::app_root() {
        leptos::mount::mount_to(root, app::App).forget();
    }
}
