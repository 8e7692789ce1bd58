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
/// and without the sentence's punctuation at either end. A right-to-left
/// prefix on a word ("وSPMS": "and SPMS") stays outside the run, and ends it.
pub fn runs(text: &str) -> Vec<Run<'_>> {
    let words = words_of(text);
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut index = 0;
    while index < words.len() {
        let (start, end) = words[index];
        let word = &text[start..end];
        let latin_from = match latin_part(word) {
            Some(offset) => start + offset,
            None if is_number(word)
                && words.get(index + 1).is_some_and(|&(s, e)| s == end + 1 && latin_part(&text[s..e]) == Some(0)) =>
            {
                start
            }
            None => {
                index += 1;
                continue;
            }
        };
        let mut run_end = end;
        index += 1;
        while let Some(&(s, e)) = words.get(index) {
            if s != run_end + 1 || latin_part(&text[s..e]) != Some(0) {
                break;
            }
            run_end = e;
            index += 1;
        }
        let span = &text[latin_from..run_end];
        let inner = trim_outer(span);
        if inner.is_empty() {
            continue;
        }
        let inner_start = latin_from + span.find(inner).unwrap_or(0);
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

/// Where a word's Latin-script part starts, after any right-to-left prefix:
/// the rest must have a Latin letter and no right-to-left letter.
fn latin_part(word: &str) -> Option<usize> {
    let offset = word.find(|c: char| !is_right_to_left(c)).unwrap_or(word.len());
    let rest = trim_outer(&word[offset..]);
    (rest.chars().any(|c| c.is_ascii_alphabetic()) && !rest.chars().any(is_right_to_left)).then_some(offset)
}

/// Arabic (with its supplements and presentation forms) and Hebrew letters.
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
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
    fn a_right_to_left_prefix_stays_outside_and_ends_the_run() {
        assert_eq!(
            runs("RRMS وSPMS وPPMS"),
            vec![Latin("RRMS"), Plain(" و"), Latin("SPMS"), Plain(" و"), Latin("PPMS")]
        );
        assert_eq!(runs("وCD34+ هنا"), vec![Plain("و"), Latin("CD34+"), Plain(" هنا")]);
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
