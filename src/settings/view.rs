use leptos::prelude::*;

use crate::content::use_content;
use crate::settings::state::use_reading_settings;
use crate::settings::{ReadingSettings, TextSize};

/// A small panel for larger text and more line spacing. Changes apply at once
/// and are kept in this browser where it allows; one button resets them.
#[component]
pub fn ReadingSettingsPanel() -> impl IntoView {
    let labels = &use_content().labels.settings;
    let reading = use_reading_settings();
    let current = reading.settings;

    let size_options = TextSize::ALL
        .into_iter()
        .zip(labels.sizes)
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
        <details class="reading-settings">
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
