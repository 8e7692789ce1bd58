//! The publisher file (`publisher.toml`): what only the charity hosting this
//! copy can say. Its name, its "read more" page, its accent colour, its
//! default language, and, optionally, what aHSCT access looks like in its own
//! country. Read at build time; every value is checked, and each problem is
//! reported with the file, the line and the setting.

use serde::Deserialize;
use toml::Spanned;

use super::checks::{sentences, MAX_SENTENCES, MAX_SENTENCE_WORDS};
use super::problem::{line_of, Problem};
use crate::embed::{accent_for, https_address, parse_hex_colour, MAX_LABEL_CHARS, MAX_ORG_CHARS};

/// The publisher's settings, checked.
#[derive(Debug, Clone)]
pub struct Publisher {
    pub name: &'static str,
    pub language: &'static str,
    /// Light- and dark-theme shades of the accent, as `#rrggbb`.
    pub accent: Option<(String, String)>,
    pub read_more_label: &'static str,
    pub read_more_url: &'static str,
    pub country: Option<CountryFile>,
    /// The day the publisher's own clinician signed off its copy,
    /// `YYYY-MM-DD` (PUBLISHING.md §7).
    pub medical_sign_off: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PublisherFile {
    name: Spanned<String>,
    language: Option<Spanned<String>>,
    accent: Option<Spanned<String>>,
    read_more: ReadMoreFile,
    country: Option<CountryFile>,
    medical_sign_off: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadMoreFile {
    label: Spanned<String>,
    url: Spanned<String>,
}

/// "aHSCT in our country", as the publisher wrote it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryFile {
    pub heading: Spanned<String>,
    pub in_short: Spanned<String>,
    /// The day the section was written, `YYYY-MM-DD`.
    pub written: Spanned<String>,
    pub paragraphs: Vec<ParagraphFile>,
    pub sources: Vec<SourceFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParagraphFile {
    pub sentences: Vec<SentenceFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceFile {
    pub text: Spanned<String>,
    /// The code of one of the section's sources.
    pub source: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub code: Spanned<String>,
    pub title: Spanned<String>,
    pub url: Spanned<String>,
    /// When the publisher last checked the source: `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Spanned<String>,
}

const MAX_HEADING_CHARS: usize = 80;
const MAX_TITLE_CHARS: usize = 200;
const MAX_PARAGRAPHS: usize = 6;

/// Reads and checks a publisher file. `languages` are those with content.
pub fn parse(source: &str, file: &str, languages: &[String]) -> Result<Publisher, Vec<Problem>> {
    let parsed: PublisherFile = toml::from_str(source).map_err(|e| {
        let line = e.span().map(|s| line_of(source, s.start));
        vec![Problem::new(
            file,
            line,
            None,
            format!("is not a valid publisher file: {}", e.message()),
            "Compare it with the default publisher.toml and PUBLISHING.md",
        )]
    })?;
    let mut problems = Vec::new();
    let at = |s: &std::ops::Range<usize>| Some(line_of(source, s.start));
    let mut report = |span: &std::ops::Range<usize>, key: &str, problem: String, what: &str| {
        problems.push(Problem::new(file, at(span), Some(key), problem, what));
    };

    let name = check_plain(&parsed.name, MAX_ORG_CHARS).unwrap_or_else(|problem| {
        report(&parsed.name.span(), "name", problem, "Give the organisation's name as plain text");
        String::new()
    });
    let language = match &parsed.language {
        None => "en".to_owned(),
        Some(tag) if languages.iter().any(|l| l == tag.get_ref()) => tag.get_ref().clone(),
        Some(tag) => {
            report(
                &tag.span(),
                "language",
                format!("is \"{}\", a language this explainer has no content in", tag.get_ref()),
                &format!("Use one of: {}", languages.join(", ")),
            );
            "en".to_owned()
        }
    };
    let accent = parsed.accent.as_ref().and_then(|value| match parse_hex_colour(value.get_ref()) {
        None => {
            report(
                &value.span(),
                "accent",
                format!("is \"{}\", not a colour", value.get_ref()),
                "Write it as # and six hex digits, such as #005a9c",
            );
            None
        }
        Some(colour) => {
            let shades = accent_for(colour);
            if shades.adjusted {
                report(
                    &value.span(),
                    "accent",
                    format!(
                        "is too light to read as text on white (it needs a contrast of at least 4.5 to 1; {} has less)",
                        value.get_ref()
                    ),
                    &format!("Use a darker shade, such as {}", shades.on_light.to_hex()),
                );
                None
            } else {
                Some((shades.on_light.to_hex(), shades.on_dark.to_hex()))
            }
        }
    });
    let read_more_label = check_plain(&parsed.read_more.label, MAX_LABEL_CHARS).unwrap_or_else(|problem| {
        report(&parsed.read_more.label.span(), "read_more.label", problem, "Give the link's words as plain text");
        String::new()
    });
    let read_more_url = check_link(&parsed.read_more.url).unwrap_or_else(|problem| {
        report(&parsed.read_more.url.span(), "read_more.url", problem, "Give a full https:// address");
        String::new()
    });
    if let Some(country) = &parsed.country {
        check_country(country, &mut report);
    }
    let medical_sign_off = parsed.medical_sign_off.as_ref().and_then(|day| match iso_date(day.get_ref(), false) {
        Some(_) => Some(day.get_ref().clone()),
        None => {
            report(
                &day.span(),
                "medical_sign_off",
                format!("is \"{}\", not a date", day.get_ref()),
                "Write the day your clinician signed off this copy as YYYY-MM-DD, such as 2026-12-01",
            );
            None
        }
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Publisher {
        name: String::leak(name),
        language: String::leak(language),
        accent,
        read_more_label: String::leak(read_more_label),
        read_more_url: String::leak(read_more_url),
        country: parsed.country,
        medical_sign_off,
    })
}

type Report<'a> = dyn FnMut(&std::ops::Range<usize>, &str, String, &str) + 'a;

fn check_country(country: &CountryFile, report: &mut Report<'_>) {
    if let Err(problem) = check_plain(&country.heading, MAX_HEADING_CHARS) {
        report(
            &country.heading.span(),
            "country.heading",
            problem,
            "Give the heading as plain text, such as \"aHSCT in the UK\"",
        );
    }
    check_sentences(&country.in_short, "country.in_short", report);
    if sentences(country.in_short.get_ref()).len() > MAX_SENTENCES {
        report(
            &country.in_short.span(),
            "country.in_short",
            "has more sentences than a short summary may have".into(),
            &format!("Sum the section up in {MAX_SENTENCES} sentences or fewer"),
        );
    }
    if iso_date(country.written.get_ref(), false).is_none() {
        report(
            &country.written.span(),
            "country.written",
            format!("is \"{}\", not a date", country.written.get_ref()),
            "Write the day the section was written as YYYY-MM-DD, such as 2026-11-20",
        );
    }
    let codes: Vec<&str> = country.sources.iter().map(|s| s.code.get_ref().as_str()).collect();
    for (i, source) in country.sources.iter().enumerate() {
        if codes[..i].contains(&source.code.get_ref().as_str()) {
            report(
                &source.code.span(),
                "country.sources.code",
                format!("\"{}\" is given to two sources", source.code.get_ref()),
                "Give each source its own code",
            );
        }
        if let Err(problem) = check_plain(&source.title, MAX_TITLE_CHARS) {
            report(
                &source.title.span(),
                "country.sources.title",
                problem,
                "Give the source's publisher and title as plain text",
            );
        }
        if let Err(problem) = check_link(&source.url) {
            report(&source.url.span(), "country.sources.url", problem, "Give the source's full https:// address");
        }
        if iso_date(source.date.get_ref(), true).is_none() {
            report(
                &source.date.span(),
                "country.sources.date",
                format!("is \"{}\", not a date", source.date.get_ref()),
                "Write when you last checked the source as YYYY-MM or YYYY-MM-DD",
            );
        }
    }
    if country.paragraphs.is_empty() || country.paragraphs.len() > MAX_PARAGRAPHS {
        report(
            &country.heading.span(),
            "country.paragraphs",
            format!("has {} paragraphs", country.paragraphs.len()),
            &format!("Write between 1 and {MAX_PARAGRAPHS} paragraphs"),
        );
    }
    for source in &country.sources {
        let cited =
            country.paragraphs.iter().flat_map(|p| &p.sentences).any(|s| s.source.get_ref() == source.code.get_ref());
        if !cited {
            report(
                &source.code.span(),
                "country.sources.code",
                format!("\"{}\" is a source no sentence cites", source.code.get_ref()),
                "Cite it from the sentence it backs, or remove it",
            );
        }
    }
    for paragraph in &country.paragraphs {
        if paragraph.sentences.is_empty() {
            report(
                &country.heading.span(),
                "country.paragraphs",
                "has a paragraph with no sentences".into(),
                "Give each paragraph at least one sentence, or remove it",
            );
        }
        if paragraph.sentences.len() > MAX_SENTENCES {
            if let Some(first) = paragraph.sentences.first() {
                report(
                    &first.text.span(),
                    "country.paragraphs",
                    format!("has a paragraph of {} sentences", paragraph.sentences.len()),
                    &format!("Keep each paragraph to {MAX_SENTENCES} sentences or fewer"),
                );
            }
        }
        for sentence in &paragraph.sentences {
            check_sentences(&sentence.text, "country.paragraphs.sentences.text", report);
            if sentences(sentence.text.get_ref()).len() > 1 {
                report(
                    &sentence.text.span(),
                    "country.paragraphs.sentences.text",
                    "holds more than one sentence".into(),
                    "Give each sentence its own entry, with its own source",
                );
            }
            if !codes.contains(&sentence.source.get_ref().as_str()) {
                report(
                    &sentence.source.span(),
                    "country.paragraphs.sentences.source",
                    format!("is \"{}\", a code none of the section's sources has", sentence.source.get_ref()),
                    &format!("Use one of: {}; or add the source under [[country.sources]]", codes.join(", ")),
                );
            }
        }
    }
}

fn check_sentences(text: &Spanned<String>, key: &str, report: &mut Report<'_>) {
    if let Err(problem) = check_plain(text, usize::MAX) {
        report(&text.span(), key, problem, "Write plain text");
        return;
    }
    for sentence in sentences(text.get_ref()) {
        let words = sentence.split_whitespace().count();
        if words > MAX_SENTENCE_WORDS {
            report(
                &text.span(),
                key,
                format!("has a sentence of {words} words, too long to read easily"),
                &format!("Split it into sentences of {MAX_SENTENCE_WORDS} words or fewer"),
            );
        }
    }
}

/// Plain text: not empty, not too long, no markup the page would show as code.
fn check_plain(value: &Spanned<String>, max_chars: usize) -> Result<String, String> {
    let text = value.get_ref().trim();
    if text.is_empty() {
        return Err("is empty".into());
    }
    if text.chars().count() > max_chars {
        return Err(format!("is {} characters long, more than the {max_chars} it may be", text.chars().count()));
    }
    if text.chars().any(|c| c.is_control() || c == '\u{fffd}') || text.contains("[[") || text.contains('<') {
        return Err("holds control characters or markup".into());
    }
    Ok(text.to_owned())
}

fn check_link(value: &Spanned<String>) -> Result<String, String> {
    https_address(value.get_ref().trim())
        .ok_or_else(|| format!("is \"{}\", not a safe https:// address", value.get_ref()))
}

/// `(year, month, day)` of an ISO date; the day may be left out where `month_only_ok`.
pub fn iso_date(value: &str, month_only_ok: bool) -> Option<(u32, u32, Option<u32>)> {
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let year = number(parts.first()?, 4)?;
    let month = number(parts.get(1)?, 2).filter(|m| (1..=12).contains(m))?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match parts.len() {
        2 if month_only_ok => Some((year, month, None)),
        3 => Some((year, month, Some(number(parts[2], 2).filter(|d| (1..=days_in_month).contains(d))?))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r##"
name = "Example MS Charity"
language = "en"
accent = "#7a1f5c"

[read_more]
label = "Read more from Example MS Charity"
url = "https://www.example.org/ahsct"

[country]
heading = "aHSCT in Exampleland"
in_short = "Some hospitals here offer aHSCT."
written = "2026-11-20"

[[country.paragraphs]]
sentences = [
  { text = "Two hospitals offer it.", source = "E1" },
]

[[country.sources]]
code = "E1"
title = "Example Health Service. Stem cell treatment."
url = "https://health.example.org/hsct"
date = "2026-03"
"##;

    fn problems(source: &str) -> Vec<String> {
        match parse(source, "publisher.toml", &["en".to_owned()]) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_good_file_reads_in_full() {
        let publisher = parse(GOOD, "publisher.toml", &["en".to_owned()]).expect("valid");
        assert_eq!(publisher.name, "Example MS Charity");
        assert_eq!(publisher.accent.as_ref().map(|a| a.0.as_str()), Some("#7a1f5c"));
        assert_eq!(publisher.country.as_ref().map(|c| c.paragraphs.len()), Some(1));
    }

    #[test]
    fn an_unknown_setting_names_its_line() {
        let found = problems(&GOOD.replace("accent =", "colour = \"#000000\"\naccent ="));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("publisher.toml:4: is not a valid publisher file: unknown field `colour`"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn a_light_accent_is_refused_with_a_darker_suggestion() {
        let found = problems(&GOOD.replace("#7a1f5c", "#ffcc00"));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("publisher.toml:4: accent: is too light to read as text on white"),
            "{}",
            found[0]
        );
        assert!(found[0].contains("Use a darker shade, such as #"), "{}", found[0]);
    }

    #[test]
    fn links_must_be_https() {
        for bad in ["http://www.example.org/ahsct", "javascript:alert(1)", "https://"] {
            let found = problems(&GOOD.replace("https://www.example.org/ahsct", bad));
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert!(found[0].starts_with("publisher.toml:8: read_more.url: is "), "{}", found[0]);
        }
    }

    #[test]
    fn a_sentence_citing_an_unknown_source_is_refused() {
        let found = problems(&GOOD.replace("source = \"E1\"", "source = \"E2\""));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|p| p.contains("country.paragraphs.sentences.source: is \"E2\", a code none of the section's sources has. Use one of: E1")), "{found:?}");
        // And the source it should have cited is cited by nothing.
        assert!(
            found.iter().any(|p| p.contains("country.sources.code: \"E1\" is a source no sentence cites")),
            "{found:?}"
        );
    }

    #[test]
    fn long_sentences_and_bad_dates_are_refused() {
        let long = "word ".repeat(25);
        let found =
            problems(&GOOD.replace("Two hospitals offer it.", long.trim()).replace("2026-11-20", "20 November 2026"));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|p| p.contains("has a sentence of 25 words")));
        assert!(found.iter().any(|p| p.contains("country.written: is \"20 November 2026\", not a date")));
    }

    #[test]
    fn an_unknown_language_lists_those_there_are() {
        let found = problems(&GOOD.replace("language = \"en\"", "language = \"xx\""));
        assert_eq!(found.len(), 1);
        assert!(found[0].ends_with("Use one of: en"), "{}", found[0]);
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(iso_date("2026-11-20", false), Some((2026, 11, Some(20))));
        assert_eq!(iso_date("2026-11", true), Some((2026, 11, None)));
        assert_eq!(iso_date("2026-11", false), None);
        assert_eq!(iso_date("2026-13-01", false), None);
        assert_eq!(iso_date("26-11-20", false), None);
        assert_eq!(iso_date("2026-02-31", false), None);
        assert_eq!(iso_date("2028-02-29", false), Some((2028, 2, Some(29))));
    }
}
