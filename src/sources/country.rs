use leptos::prelude::*;

use crate::content::use_content;

/// The anchor of a source in the country section's own list.
fn country_source_anchor(number: usize) -> String {
    format!("country-source-{number}")
}

/// The publisher's own words about aHSCT in its country (`publisher.toml`):
/// each sentence with its source, then who wrote it and when, then the
/// section's own sources. Numbers here point to this list, which is why they
/// carry a letter, "C" in English (the page's own sources are numbered alone).
#[component]
pub fn CountrySection() -> impl IntoView {
    let content = use_content();
    let source_word = content.labels.source_word;
    content.country.map(|country| {
        view! {
            <div class="country">
                {country
                    .paragraphs
                    .iter()
                    .map(|sentences| {
                        view! {
                            <p>
                                {sentences
                                    .iter()
                                    .enumerate()
                                    .map(|(i, sentence)| {
                                        view! {
                                            {(i > 0).then_some(" ")}
                                            {sentence.text}
                                            <span class="citations">
                                                " ["
                                                <a class="citation" href=format!("#{}", country_source_anchor(sentence.source))>
                                                    <span class="visually-hidden">{source_word}" "</span>
                                                    {country.source_prefix}
                                                    {sentence.source}
                                                </a>
                                                "]"
                                            </span>
                                        }
                                    })
                                    .collect_view()}
                            </p>
                        }
                    })
                    .collect_view()}
                <p class="country__written">{country.written}</p>
                <h3 class="country__sources-heading">{country.sources_heading}</h3>
                // Its own markers show, so the list keeps its role by name (WebKit
                // drops it from a list without bullets).
                <ol class="country__sources" role="list">
                    {country
                        .sources
                        .iter()
                        .enumerate()
                        .map(|(i, source)| {
                            view! {
                                <li id=country_source_anchor(i + 1)>
                                    {country.source_prefix}
                                    {i + 1}
                                    ". "
                                    <a href=source.url rel="noreferrer">{source.title}</a>
                                    " "
                                    {source.dated}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
        }
    })
}
