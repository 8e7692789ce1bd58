//! Each kind of bad input stops the build with a message that names the file,
//! the line and the key, and says what to do. Each test edits a copy of the
//! project's own files in one way and reads the message it gets.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

const AUSTRALIA: &str = include_str!("../../../examples/australia.toml");

/// A copy of the project's content folder and publisher file to break.
struct Copy {
    root: PathBuf,
}

impl Copy {
    fn new() -> Copy {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "ahsct-content-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        let project = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(root.join("content/en")).unwrap();
        for entry in std::fs::read_dir(project.join("content/en")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, root.join("content/en").join(path.file_name().unwrap())).unwrap();
        }
        for file in ["seed-coverage.toml", "review.toml"] {
            std::fs::copy(project.join("content").join(file), root.join("content").join(file)).unwrap();
        }
        std::fs::copy(project.join("src/content/loading/default-publisher.toml"), root.join("publisher.toml")).unwrap();
        Copy { root }
    }

    /// Adds a language's folder from the project's own content.
    fn with_language(&self, language: &str) -> &Copy {
        let project = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(self.root.join("content").join(language)).unwrap();
        for entry in std::fs::read_dir(project.join("content").join(language)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, self.root.join("content").join(language).join(path.file_name().unwrap())).unwrap();
        }
        self
    }

    fn problems_of_every_language(&self) -> Vec<String> {
        load_all(&self.sources()).err().unwrap_or_default().iter().map(ToString::to_string).collect()
    }

    fn sources(&self) -> Sources {
        Sources {
            content_dir: self.root.join("content"),
            content_shown_as: "content".into(),
            publisher_file: self.root.join("publisher.toml"),
            publisher_shown_as: "publisher.toml".into(),
        }
    }

    fn edit(&self, file: &str, from: &str, to: &str) -> &Copy {
        let path = self.root.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    fn write(&self, file: &str, bytes: &[u8]) -> &Copy {
        std::fs::write(self.root.join(file), bytes).unwrap();
        self
    }

    fn problems(&self) -> Vec<String> {
        load(&self.sources()).err().unwrap_or_default().iter().map(ToString::to_string).collect()
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.root).ok();
    }
}

/// The line of `text` in `file` of the project's own content.
fn line_in(file: &str, text: &str) -> usize {
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    source.lines().position(|l| l.contains(text)).expect("the line is there") + 1
}

fn only(problems: Vec<String>) -> String {
    assert_eq!(problems.len(), 1, "one problem expected: {problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn the_project_files_have_no_problems() {
    assert_eq!(Copy::new().problems(), Vec::<String>::new());
}

#[test]
fn a_missing_key() {
    let copy = Copy::new();
    copy.edit("content/en/page.ftl", "site-title = aHSCT for MS, explained\n", "");
    let problem = only(copy.problems());
    assert!(problem.starts_with("content/en/page.ftl:"), "{problem}");
    assert!(problem.contains(": site-title: is missing. Add a line `site-title = …` with its words"), "{problem}");
}

#[test]
fn a_key_missing_in_a_translation_stops_the_build_naming_the_language_file_and_key() {
    let copy = Copy::new();
    copy.with_language("es");
    assert_eq!(copy.problems_of_every_language(), Vec::<String>::new());
    let missing = std::fs::read_to_string(copy.root.join("content/es/page.ftl"))
        .unwrap()
        .lines()
        .find(|line| line.starts_with("skip-link = "))
        .expect("the Spanish skip link")
        .to_owned();
    copy.edit("content/es/page.ftl", &format!("{missing}\n"), "");
    let problem = only(copy.problems_of_every_language());
    assert!(problem.starts_with("content/es/page.ftl:"), "{problem}");
    assert!(problem.contains(": skip-link: is missing"), "{problem}");
}

#[test]
fn an_unknown_key() {
    let copy = Copy::new();
    copy.edit("content/en/page.ftl", "skip-link =", "site-titel = A typo\nskip-link =");
    let line = line_in("content/en/page.ftl", "skip-link =");
    assert_eq!(
        only(copy.problems()),
        format!("content/en/page.ftl:{line}: site-titel: is not a text this page uses (an unknown key). Check the key's spelling against the English file, or remove the line")
    );
}

#[test]
fn a_broken_glossary_mark() {
    let line = line_in("content/en/sections.ftl", "aims-para-1 =");
    let copy = Copy::new();
    copy.edit("content/en/sections.ftl", "[[relapses|relapse]], each", "[[relapses|relapse], each");
    assert_eq!(
        only(copy.problems()),
        format!("content/en/sections.ftl:{line}: aims-para-1: has a broken glossary mark. Write a mark as [[the words shown|term-id]], with both pairs of brackets and the |")
    );
    let copy = Copy::new();
    copy.edit("content/en/sections.ftl", "[[relapses|relapse]], each", "[[relapses|relapsing]], each");
    let problem = only(copy.problems());
    assert!(
        problem.starts_with(&format!(
            "content/en/sections.ftl:{line}: aims-para-1: marks \"relapsing\", which is not a glossary term."
        )),
        "{problem}"
    );
}

#[test]
fn an_unknown_source_code() {
    let copy = Copy::new();
    copy.write("publisher.toml", AUSTRALIA.replacen("source = \"A2\"", "source = \"A3\"", 1).as_bytes());
    let line = AUSTRALIA.lines().position(|l| l.contains("source = \"A2\"")).unwrap() + 1;
    assert_eq!(
        only(copy.problems()),
        format!("publisher.toml:{line}: country.paragraphs.sentences.source: is \"A3\", a code none of the section's sources has. Use one of: A1, A2; or add the source under [[country.sources]]")
    );
}

#[test]
fn an_unsafe_or_plain_http_link() {
    for bad in ["http://www.msaustralia.org.au/ahsct/", "javascript:alert(1)"] {
        let copy = Copy::new();
        copy.write(
            "publisher.toml",
            AUSTRALIA
                .replacen("url = \"https://www.msaustralia.org.au/ahsct/\"", &format!("url = \"{bad}\""), 1)
                .as_bytes(),
        );
        let line = AUSTRALIA.lines().position(|l| l.starts_with("url = ")).unwrap() + 1;
        assert_eq!(
            only(copy.problems()),
            format!("publisher.toml:{line}: read_more.url: is \"{bad}\", not a safe https:// address. Give a full https:// address")
        );
    }
}

#[test]
fn an_accent_colour_too_light_to_read() {
    let copy = Copy::new();
    copy.write("publisher.toml", AUSTRALIA.replacen("#7a1f5c", "#f0a0c8", 1).as_bytes());
    let line = AUSTRALIA.lines().position(|l| l.starts_with("accent = ")).unwrap() + 1;
    let problem = only(copy.problems());
    assert!(
        problem.starts_with(&format!("publisher.toml:{line}: accent: is too light to read as text on white (it needs a contrast of at least 4.5 to 1; #f0a0c8 has less). Use a darker shade, such as #")),
        "{problem}"
    );
}

#[test]
fn a_text_too_long() {
    let line = line_in("content/en/sections.ftl", "notice-para-2 =");
    let copy = Copy::new();
    copy.edit(
        "content/en/sections.ftl",
        "For advice about your own treatment, talk to your neurologist or MS team.",
        "For advice about your own treatment and about anything else you may want to know, talk to your neurologist or your MS team.",
    );
    assert_eq!(
        only(copy.problems()),
        format!("content/en/sections.ftl:{line}: notice-para-2: has a sentence of 23 words, more than the 20 a sentence may have. Split it, or say it in fewer words (content/style.md)")
    );
}

#[test]
fn invalid_fluent_syntax() {
    let line = line_in("content/en/sections.ftl", "notice-heading =");
    let copy = Copy::new();
    copy.edit(
        "content/en/sections.ftl",
        "notice-heading = Is this medical advice?",
        "notice-heading = Is this { medical advice?",
    );
    let first = only(copy.problems());
    assert!(first.starts_with(&format!("content/en/sections.ftl:{line}: is not valid Fluent (")), "{first}");
    assert!(
        first.ends_with(
            "Each text is one line, `key = words`; the words may hold { and } only as a placeholder such as { $n }"
        ),
        "{first}"
    );
}

#[test]
fn a_file_not_in_utf8() {
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/en/questions.ftl")).unwrap();
    let line = source.lines().position(|l| l.contains('’')).unwrap() + 1;
    // Windows-1252, as an editor might save it: the apostrophe is byte 0x92.
    let bytes: Vec<u8> =
        source.chars().flat_map(|c| if c == '’' { vec![0x92] } else { c.to_string().into_bytes() }).collect();
    let copy = Copy::new();
    copy.write("content/en/questions.ftl", &bytes);
    assert_eq!(
        only(copy.problems()),
        format!("content/en/questions.ftl:{line}: is not UTF-8 text (the first bad byte is on this line). Save the file with the UTF-8 encoding: most editors offer it under \"Save as\" or \"Encoding\"")
    );
}

#[test]
fn a_sample_publisher_file_names_links_colours_and_adds_its_section() {
    let copy = Copy::new();
    copy.write("publisher.toml", AUSTRALIA.as_bytes());
    let build = load(&copy.sources()).expect("the sample is valid");
    let c = build.content;
    assert_eq!(c.review.publisher, "Example MS Support Australia");
    assert_eq!(c.read_more.url, "https://www.msaustralia.org.au/ahsct/");
    assert_eq!(build.accent.as_ref().map(|a| a.0.as_str()), Some("#7a1f5c"));
    let ids: Vec<&str> = c.sections.iter().map(|s| s.id).collect();
    let at = ids.iter().position(|id| *id == COUNTRY_SECTION_ID).expect("the country section is there");
    assert_eq!(ids[at - 1], "availability");
    let country = c.country.expect("country");
    assert_eq!(country.written, "Example MS Support Australia wrote this section on 20 November 2026. It is not part of the explainer's own review.");
    assert_eq!(country.sources.len(), 2);
    assert_eq!(country.sources[1].dated, "Checked November 2026.");
    assert_eq!(country.paragraphs[2][1].source, 2);
}

/// Russian names a month with its day in the genitive ("20 ноября") and a
/// month alone in the nominative ("ноябрь"): each from its own key.
#[test]
fn a_russian_publishers_dates_take_each_form_of_the_month() {
    let copy = Copy::new();
    copy.write("publisher.toml", AUSTRALIA.replace("language = \"en\"", "language = \"ru\"").as_bytes());
    copy.with_language("ru");
    let country = load(&copy.sources()).expect("the sample in Russian is valid").content.country.expect("country");
    assert!(country.written.contains("20 ноября 2026."), "{}", country.written);
    assert_eq!(country.sources[1].dated, "Проверено: ноябрь 2026.");
}

/// The page vouches for its text with a review date only while the text is
/// the text that review read; a changed sentence makes it say so instead.
#[test]
fn a_changed_sentence_makes_the_page_say_its_text_is_not_yet_checked() {
    let copy = Copy::new();
    let fingerprint = text_fingerprint(&copy.root.join("content")).unwrap();
    copy.write(
        "content/review.toml",
        format!("last_reviewed = \"2026-12-06\"\nnext_review = \"2027-06-06\"\nreviewed_text = \"{fingerprint}\"\n")
            .as_bytes(),
    );
    let page = |copy: &Copy| crate::prerender::render_app(load(&copy.sources()).unwrap().content);

    let reviewed = page(&copy);
    assert!(reviewed.contains("Content last reviewed against our notes from the sources:"), "{reviewed}");
    assert!(reviewed.contains(r#"<time datetime="2026-12-06">6 December 2026</time>"#));
    assert!(reviewed.contains("Next review due:"));
    assert!(!reviewed.contains("not yet checked"));

    copy.edit("content/en/sections.ftl", "It is general information only.", "It is general information.");
    let changed = page(&copy);
    assert!(
        changed.contains(
            r#"The text was last checked against our notes from the sources on <time datetime="2026-12-06">6 December 2026</time>. It has changed since then, and the changes are not yet checked."#
        ),
        "{changed}"
    );
    assert!(!changed.contains("Content last reviewed against"));
    assert!(!changed.contains("Next review due:"));
}

/// A publisher's own clinician's sign-off shows as theirs, with its day in the
/// page's words; a sign-off that is not a date stops the build.
#[test]
fn a_publisher_sign_off_shows_as_the_publishers() {
    let copy = Copy::new();
    copy.edit("publisher.toml", "name = ", "medical_sign_off = \"2026-12-01\"\nname = ");
    let page = crate::prerender::render_app(load(&copy.sources()).unwrap().content);
    assert!(
        page.contains(r#"had a clinician check this copy on <time datetime="2026-12-01">1 December 2026</time>."#),
        "{page}"
    );

    // Only the publisher's own language says so: its clinician read that page.
    copy.with_language("fr");
    let page_in = |lang: &str| {
        let builds = load_all(&copy.sources()).unwrap();
        crate::prerender::render_app(builds.into_iter().find(|b| b.content.lang == lang).unwrap().content)
    };
    assert!(!page_in("fr").contains("2026-12-01"), "the French page says nothing of an English sign-off");
    // A French publisher's page, where the first of a month is "1er" (premier).
    copy.edit("publisher.toml", "language = \"en\"", "language = \"fr\"");
    assert!(page_in("fr").contains(r#"<time datetime="2026-12-01">1er décembre 2026</time>"#));
    assert!(!page_in("en-GB").contains("2026-12-01"), "nor the English page of a French publisher");

    copy.edit("publisher.toml", "\"2026-12-01\"", "\"1 December\"");
    let problem = only(copy.problems());
    assert!(problem.contains("medical_sign_off: is \"1 December\", not a date"), "{problem}");
}
