use leptos::prelude::*;

use crate::content::use_content;

/// This page in every language of the build, each named in itself, as
/// GOV.UK's language toggle does: the page's own language is marked, not
/// linked. Left out of the offline file, which is one language on its own.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let language = &use_content().language;
    (language.all.len() > 1).then(|| {
        view! {
            <nav class="language-switcher" aria-label=language.others_label data-offline="leave-out">
                <ul class="language-switcher__list" role="list">
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
