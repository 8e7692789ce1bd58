use leptos::prelude::*;

use crate::content::use_content;

/// The anchor of a source in the country section's own list.
fn country_source_anchor(number: usize) -> String {
    format!("country-source-{number}")
}

/// The publisher's own words about aHSCT in its country (`publisher.toml`):
/// each sentence with its source, then who wrote it and when, then the
/// section's own sources. Numbers here point to this list, which is why they
/// carry the letter "C" (the page's own sources are numbered alone).
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
                                                    "C"
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
                <p class="country__written">
                    <time datetime=country.written_iso>{country.written}</time>
                </p>
                <h3 class="country__sources-heading">{country.sources_heading}</h3>
                <ol class="country__sources">
                    {country
                        .sources
                        .iter()
                        .enumerate()
                        .map(|(i, source)| {
                            view! {
                                <li id=country_source_anchor(i + 1) value=(i + 1).to_string()>
                                    "C"
                                    {i + 1}
                                    ". "
                                    <a href=source.url>{source.title}</a>
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
