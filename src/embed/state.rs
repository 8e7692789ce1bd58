//! What the host page asked for, as shared state.

use leptos::prelude::use_context;
use leptos::prelude::RwSignal;

use crate::embed::EmbedOptions;

/// What a host page asked for through the address (`?embed&host=…`), checked.
/// Starts as the normal page, so the first render matches the pre-rendered one.
#[derive(Debug, Clone, Copy)]
pub struct EmbedState {
    pub options: RwSignal<EmbedOptions>,
    /// The standalone page's address for where the reader is, for "Open the full page".
    pub full_page_address: RwSignal<String>,
}

impl EmbedState {
    pub fn new() -> Self {
        Self {
            options: RwSignal::new(EmbedOptions::default()),
            // Filled in from the real address once the app runs (embed mode only shows it).
            full_page_address: RwSignal::new("#".to_owned()),
        }
    }
}

impl Default for EmbedState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_embed() -> EmbedState {
    use_context::<EmbedState>().expect("embed state is provided by the page (App, or layout::start)")
}
