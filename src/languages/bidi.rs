//! Latin-script words in a right-to-left line. A code such as "CD34+" or
//! "G-CSF", or a name such as "MS Society", is a left-to-right island in an
//! Arabic sentence: without isolation the browser's bidirectional algorithm
//! takes its trailing "+" (or "°C") as part of the Arabic around it and shows
//! "+CD34". The page isolates every such run as it renders (`<bdi>`), so no
//! translator has to place invisible direction marks by hand.

/// A piece of text: as it is, or a run of Latin-script words to isolate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run<'a> {
    Plain(&'a str),
    Latin(&'a str),
}

/// Punctuation that belongs to the sentence around a Latin run, not to it.
const OUTER_PUNCTUATION: &[char] =
    &['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '«', '»', '"', '“', '”', '،', '؛', '؟'];

/// Splits `text` into its Latin-script runs and the rest. A run is one or more
/// words with a Latin letter in them ("CD34+", "G-CSF", "°C", "MS Society"),
/// joined by single spaces, with a number written just before it ("38.0 °C"),
/// and without the sentence's punctuation at either end.
pub fn runs(text: &str) -> Vec<Run<'_>> {
    let words = words_of(text);
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut index = 0;
    while index < words.len() {
        let (start, end) = words[index];
        let word = &text[start..end];
        let starts_run = has_latin_letter(word)
            || (is_number(word)
                && words.get(index + 1).is_some_and(|&(s, e)| s == end + 1 && has_latin_letter(&text[s..e])));
        if !starts_run {
            index += 1;
            continue;
        }
        let mut run_end = end;
        index += 1;
        while let Some(&(s, e)) = words.get(index) {
            if s != run_end + 1 || !has_latin_letter(&text[s..e]) {
                break;
            }
            run_end = e;
            index += 1;
        }
        let inner = trim_outer(&text[start..run_end]);
        let inner_start = start + text[start..run_end].find(inner).unwrap_or(0);
        if inner.is_empty() {
            continue;
        }
        if inner_start > plain_from {
            out.push(Run::Plain(&text[plain_from..inner_start]));
        }
        out.push(Run::Latin(inner));
        plain_from = inner_start + inner.len();
    }
    if plain_from < text.len() || out.is_empty() {
        out.push(Run::Plain(&text[plain_from..]));
    }
    out
}

/// Byte ranges of the space-separated words of `text`.
fn words_of(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c == ' ', start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

fn has_latin_letter(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
}

fn is_number(word: &str) -> bool {
    let word = trim_outer(word);
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn trim_outer(run: &str) -> &str {
    run.trim_matches(|c: char| OUTER_PUNCTUATION.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Run::{Latin, Plain};

    #[test]
    fn a_code_with_a_trailing_plus_is_one_run() {
        assert_eq!(runs("خلايا CD34+ في الدم"), vec![Plain("خلايا "), Latin("CD34+"), Plain(" في الدم")]);
    }

    #[test]
    fn the_sentence_keeps_its_punctuation() {
        assert_eq!(runs("يُسمّى CD34+."), vec![Plain("يُسمّى "), Latin("CD34+"), Plain(".")]);
        assert_eq!(runs("(G-CSF)،"), vec![Plain("("), Latin("G-CSF"), Plain(")،")]);
    }

    #[test]
    fn names_of_several_words_and_a_number_with_its_unit_are_one_run_each() {
        assert_eq!(
            runs("جمعية MS Society في 38.0 °C"),
            vec![Plain("جمعية "), Latin("MS Society"), Plain(" في "), Latin("38.0 °C")]
        );
    }

    #[test]
    fn text_without_latin_letters_is_left_as_it_is() {
        assert_eq!(runs("عدد 55 شخصًا"), vec![Plain("عدد 55 شخصًا")]);
        assert_eq!(runs(""), vec![Plain("")]);
    }

    #[test]
    fn the_runs_put_together_are_the_text() {
        for text in ["CD34+", "a b", "  x  ", "مرحبا (NHS England).", "1 2 G 3", "…(MRI)"] {
            let joined: String = runs(text)
                .iter()
                .map(|r| match r {
                    Plain(t) | Latin(t) => *t,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }
}
