//! How long the page and its short version take to read, worked out from
//! their words when the page is built.

use crate::content::{label_texts, paragraph_texts, Content};
use crate::glossary::markup;
use crate::languages::plural::{category_of, PluralText};

/// Words a minute: a calm pace for reading to understand. Adults read
/// non-fiction silently at about 240 words a minute on average; many of this
/// page's readers live with fatigue, so the page assumes a slower pace.
pub const WORDS_PER_MINUTE: usize = 200;

/// The words a reader reads in a text: glossary marks count as the words
/// they show, and a lone dash or bracket is not a word.
pub fn word_count(text: &str) -> usize {
    markup::plain(text).split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count()
}

/// "About n minutes" for this many words: to the nearest minute up to 10,
/// then to the nearest 5, as people say it. Never under 2, so that the
/// words around it ("about 2 minutes") are always right.
pub fn minutes_to_read(words: usize) -> usize {
    let exact = words as f64 / WORDS_PER_MINUTE as f64;
    let rounded = if exact < 10.0 { exact.round() } else { (exact / 5.0).round() * 5.0 };
    (rounded as usize).max(2)
}

/// A text with its `{minutes}` filled in, in the form the language (`lang`)
/// gives that number: the time these words take to read.
pub fn fill_minutes(template: &PluralText, words: usize, lang: &str) -> String {
    let minutes = u32::try_from(minutes_to_read(words)).unwrap_or(u32::MAX);
    template.fill("minutes", minutes, category_of(lang, minutes))
}

/// Every word of the full page that a reader reads: headings, "In short"
/// lines, paragraphs, steps, cells, questions, the glossary and the
/// publisher's own section. The list of sources is looked up, not read.
pub fn full_page_words(content: &Content) -> usize {
    let page: usize = paragraph_texts(content).into_iter().chain(label_texts(content)).map(word_count).sum();
    // Each step's sentence for the short version is not read in the full page.
    let short_only: usize = content.steps.iter().map(|step| word_count(step.in_short)).sum();
    let country: usize = content
        .country
        .iter()
        .flat_map(|country| country.paragraphs.iter().flat_map(|sentences| sentences.iter()))
        .map(|sentence| word_count(sentence.text))
        .sum();
    let country_lines: usize = content
        .sections
        .iter()
        .filter(|section| section.kind == crate::content::SectionKind::Country)
        .map(|section| word_count(section.heading) + word_count(section.in_short))
        .sum();
    page - short_only + country + country_lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_to_the_nearest_minute_then_to_fives() {
        assert_eq!(minutes_to_read(0), 2, "never under 2");
        assert_eq!(minutes_to_read(250), 2);
        assert_eq!(minutes_to_read(500), 3, "2.5 rounds up");
        assert_eq!(minutes_to_read(699), 3);
        assert_eq!(minutes_to_read(1899), 9);
        assert_eq!(minutes_to_read(2000), 10);
        assert_eq!(minutes_to_read(2400), 10, "12 minutes is about 10");
        assert_eq!(minutes_to_read(2500), 15, "12.5 is about 15");
        assert_eq!(minutes_to_read(5200), 25, "the page's size when this was written");
    }

    #[test]
    fn a_word_is_what_a_reader_reads() {
        assert_eq!(word_count("Your [[stem cells|haematopoietic-stem-cells]] – made in the marrow."), 7);
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("Day 0 and Day +10"), 5);
    }

    #[test]
    fn the_full_page_counts_every_part_a_reader_reads() {
        let content = crate::content::for_language("en");
        let words = full_page_words(content);
        assert!((4000..8000).contains(&words), "{words} words");
        assert!(words > paragraph_texts(content).into_iter().map(word_count).sum(), "headings count too");
    }
}
