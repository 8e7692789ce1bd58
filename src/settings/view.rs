use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::settings::state::use_reading_settings;
use crate::settings::{ReadingSettings, TextSize};

/// What the reading settings say, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsWords {
    pub open: String,
    pub text_size: String,
    /// One for each of `TextSize::ALL`, in that order.
    pub sizes: Vec<String>,
    pub more_line_spacing: String,
    pub reset: String,
    pub kept_here: String,
    pub not_kept: String,
}

/// A small panel for larger text and more line spacing. Changes apply at once
/// and are kept in this browser where it allows; one button resets them.
#[island]
pub fn ReadingSettingsPanel(words: SettingsWords) -> impl IntoView {
    let reading = use_reading_settings();
    let current = reading.settings;
    let SettingsWords { open, text_size, sizes, more_line_spacing, reset, kept_here, not_kept } = words;
    let size_options = TextSize::ALL
        .into_iter()
        .zip(sizes)
        .map(|(size, label)| {
            view! {
                <label class="reading-settings__option">
                    <input
                        type="radio"
                        name="text-size"
                        value=size.as_str()
                        prop:checked=move || current.get().text_size == size
                        on:change=move |_| {
                            reading.choose(ReadingSettings { text_size: size, ..current.get_untracked() })
                        }
                    />
                    " "
                    {label}
                </label>
            }
        })
        .collect_view();
    let toggle_spacing = move |_| {
        let now = current.get_untracked();
        reading.choose(ReadingSettings { more_line_spacing: !now.more_line_spacing, ..now });
    };
    let note = move || if reading.can_save.get() { kept_here.clone() } else { not_kept.clone() };
    let as_built_note = note();

    view! {
        <details class="reading-settings">
            <summary class="reading-settings__summary">{open}</summary>
            <div class="reading-settings__panel">
                <fieldset class="reading-settings__group">
                    <legend>{text_size}</legend>
                    {size_options}
                </fieldset>
                <label class="reading-settings__option">
                    <input
                        type="checkbox"
                        class="reading-settings__spacing"
                        prop:checked=move || current.get().more_line_spacing
                        on:change=toggle_spacing
                    />
                    " "
                    {more_line_spacing}
                </label>
                <button type="button" class="button button--quiet" on:click=move |_| reading.reset()>
                    {reset}
                </button>
                // Its text as a property (src/questions/list_count.rs says why).
                <p class="reading-settings__note" prop:textContent=note>{as_built_note}</p>
            </div>
        </details>
    }
}
