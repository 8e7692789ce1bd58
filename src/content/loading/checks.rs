//! Rules every build checks on the words, so that an edit that breaks one
//! stops the build with its file and line (the content tests check the rest:
//! the seed, the sources, the reading grade).

use super::problem::Problem;
use super::words::Words;
use crate::content::model::Content;
use crate::glossary::markup::{segments, Segment};

/// `content/style.md`: "Paragraphs of one to three sentences", "sentences of
/// 20 words or fewer".
pub const MAX_SENTENCES: usize = 3;
pub const MAX_SENTENCE_WORDS: usize = 20;
/// Headings, labels and names: one short line.
pub const MAX_LABEL_WORDS: usize = 20;

/// How long a text unit may be in a language. English, the source, keeps the
/// house style (`content/style.md`). A translation may run to 25 words a
/// sentence (issue 16), and to one sentence more a paragraph, where a long
/// English sentence reads better as two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub sentences: usize,
    pub sentence_words: usize,
    pub label_words: usize,
}

pub const SOURCE_LIMITS: Limits =
    Limits { sentences: MAX_SENTENCES, sentence_words: MAX_SENTENCE_WORDS, label_words: MAX_LABEL_WORDS };
pub const TRANSLATION_LIMITS: Limits = Limits { sentences: MAX_SENTENCES + 1, sentence_words: 25, label_words: 25 };

/// Text with every run of whitespace made one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Abbreviations the translations write with stops: "EE. UU." (Spanish, the
/// United States). A stop inside one never ends a sentence; the last one does
/// only where a capital letter follows.
const ABBREVIATIONS: &[&str] = &["EE. UU."];

/// Sentences end at ". ", "? " or "! "; decimals such as "6.8" have no space.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let at_end = matches!(c, '.' | '?' | '!' | '؟')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            && !(*c == '.' && inside_abbreviation(&current, &chars[i + 1..]));
        if at_end {
            out.push(normalise(&current));
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(normalise(&current));
    }
    out
}

/// Whether the stop that ends `before` belongs to an abbreviation and not to
/// the sentence, given what comes `after` it.
fn inside_abbreviation(before: &str, after: &[char]) -> bool {
    let next = after.iter().find(|c| !c.is_whitespace());
    ABBREVIATIONS.iter().any(|abbreviation| {
        abbreviation.match_indices('.').any(|(stop, _)| {
            let part = &abbreviation[..=stop];
            let is_whole_word =
                before.strip_suffix(part).is_some_and(|rest| rest.chars().last().is_none_or(|c| !c.is_alphanumeric()));
            let is_last = stop + 1 == abbreviation.len();
            is_whole_word && (!is_last || next.is_some_and(|c| !c.is_uppercase()))
        })
    })
}

// Shared with the page's reading times (`crate::paths`), so they live with the model.
pub use crate::content::model::{label_texts, paragraph_texts, paras_of};

/// What is too long in one text, if anything.
pub fn length_problem(plain: &str, paragraph: bool) -> Option<String> {
    length_problem_within(plain, paragraph, SOURCE_LIMITS)
}

pub fn length_problem_within(plain: &str, paragraph: bool, limits: Limits) -> Option<String> {
    let found = sentences(plain);
    if paragraph {
        if found.len() > limits.sentences {
            return Some(format!(
                "has {} sentences, more than the {} a paragraph may have",
                found.len(),
                limits.sentences
            ));
        }
        let longest = found.iter().map(|s| s.split_whitespace().count()).max().unwrap_or(0);
        (longest > limits.sentence_words).then(|| {
            format!("has a sentence of {longest} words, more than the {} a sentence may have", limits.sentence_words)
        })
    } else {
        let words = plain.split_whitespace().count();
        (words > limits.label_words)
            .then(|| format!("has {words} words, more than the {} a heading or label may have", limits.label_words))
    }
}

/// Checks the texts the page was built from: lengths, and every glossary mark.
pub fn check(c: &Content, words: &Words, limits: Limits) {
    let term_ids: Vec<&str> = c.glossary.iter().map(|t| t.id).collect();
    let report = |text: &str, problem: String, what_to_do: &str| {
        let key = words.key_of(text).unwrap_or_default().to_owned();
        let (file, line) = words.place(&key);
        words.problem(Problem::new(file, line, (!key.is_empty()).then_some(key.as_str()), problem, what_to_do));
    };
    for (texts, paragraph) in [(paragraph_texts(c), true), (label_texts(c), false)] {
        for text in texts {
            if let Some(problem) = length_problem_within(&crate::glossary::markup::plain(text), paragraph, limits) {
                report(text, problem, "Split it, or say it in fewer words (content/style.md)");
            }
        }
    }
    for text in words.all_texts() {
        for segment in segments(text) {
            match segment {
                Segment::Text(run) if run.contains("[[") || run.contains("]]") => report(
                    text,
                    "has a broken glossary mark".into(),
                    "Write a mark as [[the words shown|term-id]], with both pairs of brackets and the |",
                ),
                Segment::Term { term_id, .. } if !term_ids.contains(&term_id) => report(
                    text,
                    format!("marks \"{term_id}\", which is not a glossary term"),
                    "Use the id of a term in content/en/glossary.ftl (the part after term-), or remove the mark",
                ),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_stops_but_not_inside_decimals() {
        assert_eq!(sentences("A score of 6.8 is high. Is it? Yes!"), vec!["A score of 6.8 is high.", "Is it?", "Yes!"]);
    }

    #[test]
    fn an_abbreviation_with_stops_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("Un ensayo de EE. UU. (BEAT-MS) duró 3 meses. Otro de EE. UU. dice lo mismo."),
            vec!["Un ensayo de EE. UU. (BEAT-MS) duró 3 meses.", "Otro de EE. UU. dice lo mismo."]
        );
        assert_eq!(sentences("Vive en EE. UU. Es lejos."), vec!["Vive en EE. UU.", "Es lejos."]);
        // Only the whole word: a sentence ending in "…FEE." still ends.
        assert_eq!(sentences("Paga la FEE. Luego."), vec!["Paga la FEE.", "Luego."]);
    }

    #[test]
    fn long_paragraphs_and_labels_are_found() {
        assert_eq!(length_problem("One. Two. Three.", true), None);
        assert!(length_problem("One. Two. Three. Four.", true).unwrap().contains("4 sentences"));
        assert!(length_problem(&"word ".repeat(21), true).unwrap().contains("21 words"));
        assert!(length_problem(&"word ".repeat(21), false).unwrap().contains("heading or label"));
    }
}
