//! The shared state's reactive system: signals, stored values, context and
//! effects. At build time, Leptos's own (`reactive_graph`, which its render
//! needs); in the browser, `browser.rs`, a small core with the same names
//! (its comment says why). A feature imports them from here, and its state
//! reads the same in both.

#[cfg(not(target_arch = "wasm32"))]
pub use reactive_graph::owner::{provide_context, use_context, LocalStorage, StoredValue};
#[cfg(not(target_arch = "wasm32"))]
pub use reactive_graph::prelude;
#[cfg(not(target_arch = "wasm32"))]
pub use reactive_graph::signal::RwSignal;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::{effect_boxed, prelude, provide_context, use_context, LocalStorage, RwSignal, StoredValue};
