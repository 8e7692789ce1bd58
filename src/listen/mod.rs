//! Listen: the page read aloud by the device's own voices (the Web Speech
//! API), one sentence at a time, with the sentence being read highlighted.
//! This module is the pure part: which voice, where sentences end, how fast.
//! The browser's part is `speech.rs` (the voices) and `reading_order.rs`
//! (what the reader sees, in order); the controls are `view.rs`.

pub mod reading_order;
pub mod speech;
pub mod state;
pub mod view;
pub mod words;

use std::ops::Range;

/// How fast the voice reads, kept with the reading settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeechRate {
    Slower,
    #[default]
    Normal,
    Faster,
}

impl SpeechRate {
    pub const ALL: [SpeechRate; 3] = [SpeechRate::Slower, SpeechRate::Normal, SpeechRate::Faster];

    /// The word used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeechRate::Slower => "slower",
            SpeechRate::Normal => "normal",
            SpeechRate::Faster => "faster",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        SpeechRate::ALL.into_iter().find(|rate| rate.as_str() == word)
    }

    /// The Web Speech API's `rate`, where 1 is the voice's usual speed.
    pub fn utterance_rate(self) -> f32 {
        match self {
            SpeechRate::Slower => 0.75,
            SpeechRate::Normal => 1.0,
            SpeechRate::Faster => 1.25,
        }
    }
}

/// What the app needs to know of one of the device's voices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceFacts {
    /// A BCP 47 tag as the browser gives it (`pt-BR`, sometimes `pt_BR`).
    pub lang: String,
    /// A voice on the device. Any other sends the text it reads to a
    /// server, so it is never chosen.
    pub local: bool,
    /// The device's default voice for its own language.
    pub default: bool,
}

/// The voice to read a page in `page_lang` with: a local voice only; the
/// page's exact language first (`pt-BR` before `pt`), then the language
/// alone (`pt`), then any region of it (`pt-PT`); the device's default
/// among equals. `None` when the device has no local voice for the language.
pub fn choose_voice(page_lang: &str, voices: &[VoiceFacts]) -> Option<usize> {
    let wanted = normalise_tag(page_lang);
    let wanted_language = primary_subtag(&wanted);
    if wanted_language.is_empty() {
        return None;
    }
    let closeness = |voice: &VoiceFacts| -> Option<u8> {
        let tag = normalise_tag(&voice.lang);
        if !voice.local || primary_subtag(&tag) != wanted_language {
            return None;
        }
        Some(if tag == wanted {
            0
        } else if tag == wanted_language {
            1
        } else {
            2
        })
    };
    voices
        .iter()
        .enumerate()
        .filter_map(|(index, voice)| Some(((closeness(voice)?, !voice.default), index)))
        .min()
        .map(|(_, index)| index)
}

fn normalise_tag(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

fn primary_subtag(tag: &str) -> &str {
    tag.split('-').next().unwrap_or("")
}

/// Where each sentence of `text` starts and ends, in UTF-16 code units (the
/// unit of the browser's text ranges), without the spaces between them.
/// A sentence ends at `.`, `!`, `?`, `…` or the Arabic `؟`, with any closing
/// quote or bracket after it, where a space follows; a number such as `1.5`
/// does not end one. The end of the text ends the last.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<char> = text.chars().collect();
    let mut ranges = Vec::new();
    let (mut start, mut words_end, mut offset, mut index) = (None, 0, 0, 0);
    while index < chars.len() {
        let c = chars[index];
        offset += c.len_utf16();
        index += 1;
        if c.is_whitespace() {
            continue;
        }
        let sentence_start = *start.get_or_insert(offset - c.len_utf16());
        if is_sentence_end(c) {
            while index < chars.len() && (is_sentence_end(chars[index]) || is_closing(chars[index])) {
                offset += chars[index].len_utf16();
                index += 1;
            }
            // French sets a space before its closing quote: « Oui. »
            let after_spaces = (index..chars.len()).find(|&i| !chars[i].is_whitespace());
            if let Some(quote) = after_spaces.filter(|&i| chars[i] == '»') {
                if chars.get(quote + 1).is_none_or(|c| c.is_whitespace()) {
                    offset += chars[index..=quote].iter().map(|c| c.len_utf16()).sum::<usize>();
                    index = quote + 1;
                }
            }
            if index == chars.len() || chars[index].is_whitespace() {
                ranges.push(sentence_start..offset);
                start = None;
                continue;
            }
        }
        words_end = offset;
    }
    if let Some(sentence_start) = start {
        ranges.push(sentence_start..words_end);
    }
    ranges
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟')
}

fn is_closing(c: char) -> bool {
    matches!(c, ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '«')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: &str, local: bool) -> VoiceFacts {
        VoiceFacts { lang: lang.to_owned(), local, default: false }
    }

    fn pieces(text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        sentence_ranges(text).into_iter().map(|range| String::from_utf16(&units[range]).unwrap()).collect()
    }

    #[test]
    fn the_exact_language_comes_before_the_language_alone_and_other_regions() {
        let voices = [voice("pt-PT", true), voice("pt", true), voice("pt_BR", true)];
        assert_eq!(choose_voice("pt-BR", &voices), Some(2));
        assert_eq!(choose_voice("pt-BR", &voices[..2]), Some(1));
        assert_eq!(choose_voice("pt-BR", &voices[..1]), Some(0));
        assert_eq!(choose_voice("PT-br", &voices), Some(2), "tags are compared without case");
    }

    #[test]
    fn a_network_voice_is_never_chosen() {
        let voices = [voice("en-GB", false), voice("en", false), voice("fr", true)];
        assert_eq!(choose_voice("en", &voices), None);
        assert_eq!(choose_voice("fr", &voices), Some(2));
    }

    #[test]
    fn the_default_voice_wins_among_equals() {
        let mut voices = [voice("en-US", true), voice("en-GB", true)];
        voices[1].default = true;
        assert_eq!(choose_voice("en", &voices), Some(1));
        assert_eq!(choose_voice("en-US", &voices), Some(0), "the exact language before the default");
    }

    #[test]
    fn another_language_or_no_language_finds_no_voice() {
        let voices = [voice("en", true), voice("", true)];
        assert_eq!(choose_voice("ar", &voices), None);
        assert_eq!(choose_voice("", &voices), None);
        assert_eq!(choose_voice("e", &[voice("en", true)]), None);
    }

    #[test]
    fn sentences_end_at_their_marks_where_a_space_follows() {
        assert_eq!(
            pieces("It takes weeks. Most people need 1.5 days! Is it safe? Ask (your team.) Then"),
            ["It takes weeks.", "Most people need 1.5 days!", "Is it safe?", "Ask (your team.)", "Then"]
        );
        assert_eq!(pieces("هل هو آمن؟ نعم."), ["هل هو آمن؟", "نعم."]);
        assert_eq!(pieces("  Wait...  really?!  "), ["Wait...", "really?!"]);
        assert_eq!(pieces("« Oui. » Non"), ["« Oui. »", "Non"]);
    }

    #[test]
    fn ranges_count_utf16_units_as_the_browser_does() {
        // "😀" is two UTF-16 units.
        assert_eq!(sentence_ranges("😀 ok. Next"), vec![0..6, 7..11]);
    }

    #[test]
    fn text_with_no_words_has_no_sentences() {
        assert!(sentence_ranges("").is_empty());
        assert!(sentence_ranges(" \n\t ").is_empty());
    }

    #[test]
    fn every_range_is_inside_the_text_and_they_never_overlap() {
        for text in ["a. b", "....", "?! ?!", "x", "a .b. c", "(.) (.)", "«»", "1. 2. 3."] {
            let length = text.encode_utf16().count();
            let ranges = sentence_ranges(text);
            for pair in ranges.windows(2) {
                assert!(pair[0].end < pair[1].start, "{text:?}: {ranges:?}");
            }
            assert!(ranges.iter().all(|r| r.start < r.end && r.end <= length), "{text:?}: {ranges:?}");
        }
    }
}
