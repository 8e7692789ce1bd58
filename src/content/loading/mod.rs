//! Reading the content at build time: the publisher file, then the words of
//! its language, into the structure; then the checks every build runs.

pub mod checks;
pub mod problem;
pub mod publisher;
mod structure;
pub mod words;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::content::model::*;
pub use problem::Problem;
use publisher::Publisher;
use words::Words;

/// Where a build finds its content: the `content` folder and the publisher file,
/// and how messages name them.
pub struct Sources {
    pub content_dir: PathBuf,
    /// The content folder as messages name it (`content`).
    pub content_shown_as: String,
    pub publisher_file: PathBuf,
    /// The publisher file as messages name it (`publisher.toml`).
    pub publisher_shown_as: String,
}

impl Sources {
    /// This project's own files: `content/` and `publisher.toml` at its root.
    pub fn project_default() -> Sources {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        Sources {
            content_dir: root.join("content"),
            content_shown_as: "content".into(),
            publisher_file: root.join("publisher.toml"),
            publisher_shown_as: "publisher.toml".into(),
        }
    }
}

/// What a build renders: the content, and the publisher's accent colour
/// (light- and dark-theme shades) if it set one.
pub struct Build {
    pub content: &'static Content,
    pub accent: Option<(String, String)>,
}

/// Reads and checks the publisher file and its language's words, and builds
/// the page's content. Every problem found is returned, not only the first.
pub fn load(sources: &Sources) -> Result<Build, Vec<Problem>> {
    let publisher = read_publisher(sources)?;
    let build = load_language(sources, &publisher, publisher.language)?;
    Ok(link_languages(vec![build]).remove(0))
}

/// Every language with a folder under `content/`: the publisher's first (the
/// page at the build's top, `index.html`), then the others in their folders'
/// order (`es/index.html` …). Every language is read and checked, and every
/// problem of every language returned: a translation missing a key stops the
/// build, naming its language's folder, file and key.
pub fn load_all(sources: &Sources) -> Result<Vec<Build>, Vec<Problem>> {
    let publisher = read_publisher(sources)?;
    let mut codes = languages(&sources.content_dir);
    codes.retain(|code| code != publisher.language);
    codes.insert(0, publisher.language.to_owned());
    let mut builds = Vec::new();
    let mut problems = Vec::new();
    for code in codes {
        match load_language(sources, &publisher, String::leak(code)) {
            Ok(build) => builds.push(build),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(link_languages(builds))
    } else {
        Err(problems)
    }
}

/// Where a language's page is, from the top of the build.
pub fn page_path(code: &str, default_language: &str) -> String {
    if code == default_language {
        "index.html".to_owned()
    } else {
        format!("{code}/index.html")
    }
}

/// Gives each build the links to every language's page, relative to its own.
fn link_languages(builds: Vec<Build>) -> Vec<Build> {
    let Some(default_language) = builds.first().map(|b| b.content.language.code) else { return builds };
    let links = |from: &str| -> &'static [LanguageLink] {
        let up = if from == default_language { "" } else { "../" };
        Vec::leak(
            builds
                .iter()
                .map(|b| LanguageLink {
                    code: b.content.language.code,
                    tag: b.content.lang,
                    name: b.content.language.name,
                    href: String::leak(format!("{up}{}", page_path(b.content.language.code, default_language))),
                })
                .collect(),
        )
    };
    let all: Vec<&'static [LanguageLink]> = builds.iter().map(|b| links(b.content.language.code)).collect();
    builds
        .into_iter()
        .zip(all)
        .map(|(build, all)| {
            let mut content = *build.content;
            content.language.all = all;
            Build { content: Box::leak(Box::new(content)), accent: build.accent }
        })
        .collect()
}

fn read_publisher(sources: &Sources) -> Result<Publisher, Vec<Problem>> {
    let languages = languages(&sources.content_dir);
    let publisher_text =
        problem::read_utf8(&sources.publisher_file, &sources.publisher_shown_as).map_err(|p| vec![p])?;
    publisher::parse(&publisher_text, &sources.publisher_shown_as, &languages)
}

/// One language's content. The publisher's own section about its country is
/// written in its own language, so only that language's page carries it.
fn load_language(sources: &Sources, publisher: &Publisher, language: &'static str) -> Result<Build, Vec<Problem>> {
    let folder = format!("{}/{}", sources.content_shown_as, language);
    let words = Words::read_folder(&sources.content_dir.join(language), &folder);
    // Read whether or not this publisher writes a country section: every
    // language has these words, and a translation is checked for them too.
    let labels = CountryLabels::read(&words);
    // A publisher's clinician signs off its copy in the publisher's language,
    // the language its country section is written in: only that page says so.
    let sign_off = publisher.medical_sign_off.as_deref().filter(|_| language == publisher.language);
    let review = review(sources, &labels).map(|review| Review {
        signed_off: sign_off.map(|day| (String::leak(labels.date(day)) as &str, String::leak(day.to_owned()) as &str)),
        ..review
    });
    let review = review.unwrap_or_else(|problem| {
        words.problem(problem);
        Review {
            last_reviewed: "",
            last_reviewed_iso: "",
            next_review: "",
            next_review_iso: "",
            changed_since: false,
            publisher: "",
            signed_off: None,
        }
    });
    let mut content = structure::content(&words, publisher, review, language, language_tag(language));
    if let (Some(country), true) = (&publisher.country, language == publisher.language) {
        add_country_section(&mut content, &labels, publisher, country);
    }
    words.report_unused();
    let limits =
        if language == structure::SOURCE_LANGUAGE { checks::SOURCE_LIMITS } else { checks::TRANSLATION_LIMITS };
    checks::check(&content, &words, limits);
    content.seed_statements = seed_statements(sources).unwrap_or_else(|problem| {
        words.problem(problem);
        &[]
    });
    let problems = words.take_problems();
    if problems.is_empty() {
        Ok(Build { content: Box::leak(Box::new(content)), accent: publisher.accent.clone() })
    } else {
        Err(problems)
    }
}

/// The content of this project's own files, read once for each language, for
/// the native tests. They read it with the project's default publisher settings
/// (`default-publisher.toml`, the same as `publisher.toml` as shipped), so a
/// charity's own publisher file never changes what the content tests check:
/// its own values are checked, with their lines, when it is read.
#[cfg(test)]
pub fn for_language(code: &str) -> &'static Content {
    use std::collections::BTreeMap;
    use std::sync::{Mutex, OnceLock};
    static CONTENT: OnceLock<Mutex<BTreeMap<String, &'static Content>>> = OnceLock::new();
    let mut sources = Sources::project_default();
    sources.publisher_file = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/loading/default-publisher.toml");
    sources.publisher_shown_as = "src/content/loading/default-publisher.toml".into();
    let cache = CONTENT.get_or_init(|| {
        let builds = load_all(&sources).unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the content files have problems:\n{}", list.join("\n"))
        });
        Mutex::new(builds.into_iter().map(|b| (b.content.language.code.to_owned(), b.content)).collect())
    });
    let found = cache.lock().expect("the content cache").get(code).copied();
    found.unwrap_or_else(|| panic!("no content in the language \"{code}\""))
}

/// The languages with content, for the native tests: the source first.
#[cfg(test)]
pub fn languages_for_tests() -> Vec<String> {
    let mut codes = languages(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"));
    codes.retain(|code| code != structure::SOURCE_LANGUAGE);
    codes.insert(0, structure::SOURCE_LANGUAGE.to_owned());
    codes
}

/// The languages with a folder of words under `content/`.
fn languages(content_dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(content_dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// The `lang` attribute for a language folder's name.
fn language_tag(language: &'static str) -> &'static str {
    match language {
        "en" => "en-GB",
        other => other,
    }
}

/// The words a publisher's country section is written with.
struct CountryLabels {
    months: Vec<&'static str>,
    /// A month named with no day, before its year (Russian's nominative "декабрь").
    months_alone: Vec<&'static str>,
    day_month_year: &'static str,
    /// The first of a month has a form of its own in some languages (French "1er").
    first_of_month_year: &'static str,
    month_year: &'static str,
    written: &'static str,
    sources_heading: &'static str,
    source_prefix: &'static str,
    checked: &'static str,
}

impl CountryLabels {
    fn read(words: &Words) -> CountryLabels {
        words.file("page.ftl");
        CountryLabels {
            months: (1..=12).map(|month| words.text(&format!("month-{month}"))).collect(),
            months_alone: (1..=12).map(|month| words.text(&format!("month-alone-{month}"))).collect(),
            day_month_year: words.template("date-day-month-year", &["day", "month", "year"]),
            first_of_month_year: words.template("date-first-day-month-year", &["month", "year"]),
            month_year: words.template("date-month-year", &["month", "year"]),
            written: words.template("country-written", &["org", "date"]),
            sources_heading: words.text("country-sources-heading"),
            source_prefix: words.text("country-source-prefix"),
            checked: words.template("country-source-checked", &["date"]),
        }
    }

    /// A `YYYY-MM-DD` or `YYYY-MM` date (already checked) as the page writes it.
    fn date(&self, iso: &str) -> String {
        let Some((year, month_number, day)) = publisher::iso_date(iso, true) else { return String::new() };
        let month = self.months[month_number as usize - 1];
        match day {
            Some(1) => self.first_of_month_year.replace("{month}", month).replace("{year}", &year.to_string()),
            Some(day) => self
                .day_month_year
                .replace("{day}", &day.to_string())
                .replace("{month}", month)
                .replace("{year}", &year.to_string()),
            None => self
                .month_year
                .replace("{month}", self.months_alone[month_number as usize - 1])
                .replace("{year}", &year.to_string()),
        }
    }
}

/// The publisher's country section goes after the page's own section on where
/// aHSCT is available.
fn add_country_section(
    content: &mut Content,
    labels: &CountryLabels,
    publisher: &Publisher,
    country: &publisher::CountryFile,
) {
    let written =
        labels.written.replace("{org}", publisher.name).replace("{date}", &labels.date(country.written.get_ref()));
    let codes: Vec<&str> = country.sources.iter().map(|s| s.code.get_ref().as_str()).collect();
    let leak_str = |s: &str| -> &'static str { String::leak(s.trim().to_owned()) };
    let paragraphs = country
        .paragraphs
        .iter()
        .map(|p| {
            &*Vec::leak(
                p.sentences
                    .iter()
                    .map(|s| CountrySentence {
                        text: leak_str(s.text.get_ref()),
                        source: codes.iter().position(|c| c == s.source.get_ref()).map_or(0, |i| i + 1),
                    })
                    .collect(),
            )
        })
        .collect();
    let sources = country
        .sources
        .iter()
        .map(|s| CountrySource {
            title: leak_str(s.title.get_ref()),
            url: leak_str(s.url.get_ref()),
            dated: String::leak(labels.checked.replace("{date}", &labels.date(s.date.get_ref()))),
        })
        .collect();
    content.country = Some(Country {
        written: String::leak(written),
        paragraphs: Vec::leak(paragraphs),
        sources_heading: labels.sources_heading,
        source_prefix: labels.source_prefix,
        sources: Vec::leak(sources),
    });
    let section = Section {
        id: COUNTRY_SECTION_ID,
        heading: leak_str(country.heading.get_ref()),
        in_short: leak_str(country.in_short.get_ref()),
        body: &[],
        kind: SectionKind::Country,
    };
    let mut sections = content.sections.to_vec();
    let after = sections.iter().position(|s| s.id == "availability").map_or(sections.len(), |i| i + 1);
    sections.insert(after, section);
    content.sections = Vec::leak(sections);
}

/// The anchor of the publisher's country section: `#in-your-country`.
pub const COUNTRY_SECTION_ID: &str = "in-your-country";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    last_reviewed: toml::Spanned<String>,
    next_review: toml::Spanned<String>,
    reviewed_text: toml::Spanned<String>,
}

/// The English text's fingerprint: a SHA-256 of every message in
/// `content/en/*.ftl`, key and words, in key order (comments and layout of
/// the files do not count). A review records it (`reviewed_text` in
/// `content/review.toml`), so the build knows whether the text it shows is
/// the text that was reviewed. `cargo run --bin prerender -- --text-fingerprint`
/// prints today's.
pub fn text_fingerprint(content_dir: &Path) -> Result<String, Problem> {
    use sha2::{Digest, Sha256};
    let folder = content_dir.join(structure::SOURCE_LANGUAGE);
    let words = Words::read_folder(&folder, &folder.display().to_string());
    if let Some(problem) = words.take_problems().into_iter().next() {
        return Err(problem);
    }
    let mut messages = words.messages();
    messages.sort();
    let mut hash = Sha256::new();
    for (key, text) in messages {
        hash.update(key.as_bytes());
        hash.update([0]);
        hash.update(text.as_bytes());
        hash.update([0]);
        // A message's forms for numbers, after its default form. A message
        // without them hashes as it did before forms were read.
        for (form, words) in words.forms(key) {
            hash.update(form.as_bytes());
            hash.update([0]);
            hash.update(words.as_bytes());
            hash.update([0]);
        }
    }
    Ok(format!("sha256:{:x}", hash.finalize()))
}

/// When the content was last reviewed against the sources, and when the next
/// review is due (`content/review.toml`), in the page's words.
fn review(sources: &Sources, labels: &CountryLabels) -> Result<Review, Problem> {
    let file = &format!("{}/review.toml", sources.content_shown_as);
    let text = problem::read_utf8(&sources.content_dir.join("review.toml"), file)?;
    let at = |span: std::ops::Range<usize>| Some(problem::line_of(&text, span.start));
    let parsed: ReviewFile = toml::from_str(&text).map_err(|e| {
        Problem::new(
            file,
            e.span().and_then(at),
            None,
            format!("is not valid: {}", e.message()),
            "It holds last_reviewed and next_review, each as \"YYYY-MM-DD\", and reviewed_text",
        )
    })?;
    let day = |value: &toml::Spanned<String>, key: &str| {
        publisher::iso_date(value.get_ref(), false).map(|_| value.get_ref().clone()).ok_or_else(|| {
            Problem::new(
                file,
                at(value.span()),
                Some(key),
                format!("is \"{}\", not a date", value.get_ref()),
                "Write the day as YYYY-MM-DD",
            )
        })
    };
    let last = day(&parsed.last_reviewed, "last_reviewed")?;
    let next = day(&parsed.next_review, "next_review")?;
    if next <= last {
        return Err(Problem::new(
            file,
            at(parsed.next_review.span()),
            Some("next_review"),
            "is not after last_reviewed",
            "Set the day the next review is due, after the last one",
        ));
    }
    // English that cannot be read stops the build with its own problems.
    let today = text_fingerprint(&sources.content_dir).ok();
    Ok(Review {
        last_reviewed: String::leak(labels.date(&last)),
        next_review: String::leak(labels.date(&next)),
        last_reviewed_iso: String::leak(last),
        next_review_iso: String::leak(next),
        changed_since: today.as_ref() != Some(parsed.reviewed_text.get_ref()),
        publisher: "",
        signed_off: None,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedCoverageFile {
    statement: Vec<SeedStatementFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedStatementFile {
    seed: String,
    section: String,
    key_phrases: Vec<String>,
}

/// Where the page carries each sentence of the seed (`content/seed-coverage.toml`).
fn seed_statements(sources: &Sources) -> Result<&'static [SeedStatement], Problem> {
    let file = &format!("{}/seed-coverage.toml", sources.content_shown_as);
    let text = problem::read_utf8(&sources.content_dir.join("seed-coverage.toml"), file)?;
    let parsed: SeedCoverageFile = toml::from_str(&text).map_err(|e| {
        Problem::new(
            file,
            e.span().map(|s| problem::line_of(&text, s.start)),
            None,
            format!("is not valid: {}", e.message()),
            "Each statement has seed, section and key_phrases",
        )
    })?;
    let leak = |s: String| -> &'static str { String::leak(s) };
    Ok(Vec::leak(
        parsed
            .statement
            .into_iter()
            .map(|s| SeedStatement {
                seed: leak(s.seed),
                section: leak(s.section),
                key_phrases: Vec::leak(s.key_phrases.into_iter().map(leak).collect()),
            })
            .collect(),
    ))
}

#[cfg(test)]
mod tests;
