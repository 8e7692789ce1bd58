use leptos::prelude::*;

use crate::content::use_content;

/// This page in every language of the build, each named in itself, as
/// GOV.UK's language toggle does: the page's own language is marked, not
/// linked. On a phone the eight names would take two lines above the notice,
/// so there the list folds behind one line naming the page's language (a
/// `<details>`, which opens without scripts); wider screens show it in full.
/// One of the two lists is `display: none` at any width, so a screen reader
/// meets one. Left out of the offline file, which is one language on its own.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let language = &use_content().language;
    let list = move |class: &'static str| {
        view! {
            <ul class=class role="list">
                {language
                    .all
                    .iter()
                    .map(|other| {
                        if other.code == language.code {
                            view! {
                                <li class="language-switcher__item">
                                    <span class="language-switcher__current" aria-current="true" lang=other.tag>
                                        {other.name}
                                    </span>
                                </li>
                            }
                                .into_any()
                        } else {
                            view! {
                                <li class="language-switcher__item">
                                    <a
                                        class="language-switcher__link"
                                        href=other.href
                                        hreflang=other.tag
                                        lang=other.tag
                                        data-language=other.code
                                    >
                                        {other.name}
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        }
    };
    (language.all.len() > 1).then(|| {
        view! {
            <nav class="language-switcher" aria-label=language.others_label data-offline="leave-out">
                {list("language-switcher__list language-switcher__list--wide")}
                <details class="language-switcher__fold">
                    <summary class="language-switcher__summary">
                        <svg
                            class="language-switcher__globe"
                            viewBox="0 0 24 24"
                            aria-hidden="true"
                            focusable="false"
                        >
                            <circle cx="12" cy="12" r="9.5"></circle>
                            <ellipse cx="12" cy="12" rx="4" ry="9.5"></ellipse>
                            <path d="M2.5 12h19"></path>
                        </svg>
                        <span>{language.name}</span>
                    </summary>
                    {list("language-switcher__list")}
                </details>
            </nav>
        }
    })
}

/// Where a translation comes from, and whether a medical translator has
/// checked it, as the notice's last paragraph; nothing in the source language.
#[component]
pub fn TranslationStatus() -> impl IntoView {
    use_content().language.translation_status.map(|status| view! { <p class="translation-status">{status}</p> })
}
