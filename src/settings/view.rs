use crate::settings::TextSize;
#[cfg(not(target_arch = "wasm32"))]
use {crate::content::use_content, leptos::prelude::*};
#[cfg(target_arch = "wasm32")]
use {
    crate::islands::bind::{self, Island},
    crate::settings::state::use_reading_settings,
    crate::settings::ReadingSettings,
};

crate::island_words! {
    /// What the reading settings say in the browser: whether it keeps them.
    pub struct SettingsWords {
        kept_here,
        not_kept,
    }
}

/// A small panel for larger text and more line spacing. Changes apply at once
/// and are kept in this browser where it allows; one button resets them. An
/// island: `bind` takes it over in the browser.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn ReadingSettingsPanel() -> impl IntoView {
    let labels = &use_content().labels.settings;
    let words = SettingsWords { kept_here: labels.kept_here, not_kept: labels.not_kept };
    let size_options = TextSize::ALL
        .into_iter()
        .zip(labels.sizes)
        .map(|(size, label)| {
            view! {
                <label class="reading-settings__option">
                    <input type="radio" name="text-size" value=size.as_str()/>
                    " "
                    {label}
                </label>
            }
        })
        .collect_view();

    view! {
        <details class="reading-settings" data-island="settings" data-words=words.encode()>
            <summary class="reading-settings__summary">{labels.open}</summary>
            <div class="reading-settings__panel">
                <fieldset class="reading-settings__group">
                    <legend>{labels.text_size}</legend>
                    {size_options}
                </fieldset>
                <label class="reading-settings__option">
                    <input type="checkbox" class="reading-settings__spacing"/>
                    " "
                    {labels.more_line_spacing}
                </label>
                <button type="button" class="button button--quiet">{labels.reset}</button>
                <p class="reading-settings__note">{labels.kept_here}</p>
            </div>
        </details>
    }
}

/// The panel's controls, bound to the shared reading settings.
#[cfg(target_arch = "wasm32")]
pub fn bind(island: &Island) -> Result<(), String> {
    use crate::reactive::prelude::*;
    use web_sys::HtmlInputElement;

    let words = SettingsWords::decode(&island.words()?).map_err(|e| e.to_string())?;
    let reading = use_reading_settings();
    let current = reading.settings;

    let sizes = island.find_exactly::<HtmlInputElement>("input[name=text-size]", TextSize::ALL.len(), "text sizes")?;
    let spacing = island.find::<HtmlInputElement>(".reading-settings__spacing")?;
    let reset = island.find::<web_sys::HtmlButtonElement>("button")?;
    let note = island.find::<web_sys::Element>(".reading-settings__note")?;

    for (input, size) in sizes.iter().zip(TextSize::ALL) {
        bind::on(input, "change", move |_| {
            reading.choose(ReadingSettings { text_size: size, ..current.get_untracked() });
        });
        bind::checked(input, move || current.get().text_size == size);
    }
    bind::on(&spacing, "change", move |_| {
        let now = current.get_untracked();
        reading.choose(ReadingSettings { more_line_spacing: !now.more_line_spacing, ..now });
    });
    bind::checked(&spacing, move || current.get().more_line_spacing);
    bind::on(&reset, "click", move |_| reading.reset());
    bind::text(&note, move || (if reading.can_save.get() { words.kept_here } else { words.not_kept }).to_owned());
    Ok(())
}
