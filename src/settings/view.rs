use leptos::prelude::*;

use crate::content::use_content;
use crate::settings::state::use_reading_settings;
use crate::settings::{ReadingSettings, TextSize};

crate::island_words! {
    /// The reading settings' words.
    pub struct SettingsWords {
        open,
        text_size,
        standard,
        larger,
        largest,
        more_line_spacing,
        reset,
        kept_here,
        not_kept,
    }
}

/// The panel as the page is rendered, with its words from the content.
#[component]
pub fn ReadingSettingsControl() -> impl IntoView {
    let labels = &use_content().labels.settings;
    let [standard, larger, largest] = labels.sizes;
    let words = SettingsWords {
        open: labels.open,
        text_size: labels.text_size,
        standard,
        larger,
        largest,
        more_line_spacing: labels.more_line_spacing,
        reset: labels.reset,
        kept_here: labels.kept_here,
        not_kept: labels.not_kept,
    };
    view! { <ReadingSettingsPanel words=words/> }
}

/// A small panel for larger text and more line spacing. Changes apply at once
/// and are kept in this browser where it allows; one button resets them.
#[component]
pub fn ReadingSettingsPanel(words: SettingsWords) -> impl IntoView {
    let labels = words;
    let reading = use_reading_settings();
    let current = reading.settings;

    let size_options = TextSize::ALL
        .into_iter()
        .zip([words.standard, words.larger, words.largest])
        .map(|(size, label)| {
            let choose = move |_| reading.choose(ReadingSettings { text_size: size, ..current.get_untracked() });
            view! {
                <label class="reading-settings__option">
                    <input
                        type="radio"
                        name="text-size"
                        value=size.as_str()
                        prop:checked=move || current.get().text_size == size
                        on:change=choose
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

    view! {
        <details class="reading-settings" data-island="settings" data-words=words.encode()>
            <summary class="reading-settings__summary">{labels.open}</summary>
            <div class="reading-settings__panel">
                <fieldset class="reading-settings__group">
                    <legend>{labels.text_size}</legend>
                    {size_options}
                </fieldset>
                <label class="reading-settings__option">
                    <input
                        type="checkbox"
                        prop:checked=move || current.get().more_line_spacing
                        on:change=toggle_spacing
                    />
                    " "
                    {labels.more_line_spacing}
                </label>
                <button type="button" class="button button--quiet" on:click=move |_| reading.reset()>
                    {labels.reset}
                </button>
                <p class="reading-settings__note">
                    {move || if reading.can_save.get() { labels.kept_here } else { labels.not_kept }}
                </p>
            </div>
        </details>
    }
}
