//! The shared state's reactive system: Leptos's own, at build time and in the
//! browser. A feature imports it from here, so its state reads the same in
//! both builds.

pub use leptos::reactive::owner::{provide_context, use_context, LocalStorage, StoredValue};
/// The reading and writing traits of signals (`get`, `set`, `with`, `update`…).
pub use leptos::reactive::prelude;
pub use leptos::reactive::signal::RwSignal;

/// Runs `run` after the code that calls it, and again after any signal it
/// read changes. Effects live as long as the page: the owner they are made
/// under (the app's root) is never dropped.
pub fn effect_boxed(run: Box<dyn Fn()>) {
    leptos::prelude::Effect::new(move |_| run());
}
