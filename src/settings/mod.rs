//! Reading settings (text size, line spacing, the short version of the page)
//! and the way they are stored in the browser: pure logic, no browser.
//!
//! Stored format, one line: `1;text=larger;spacing=more`, then `;page=short`
//! while the reader chooses the short version and `;speech=slower` (or
//! `faster`) for the speed of reading aloud: additions that every earlier
//! value still reads as, so nobody's settings were lost to them.
//! The leading number is the format's version. Anything else (corrupt, hand-edited, from a
//! future version) is "unreadable": the app then uses the defaults and writes
//! them back over the bad value, since these are preferences, not the reader's work.

pub mod state;

use crate::listen::SpeechRate;
pub mod view;

/// Where the settings live in `localStorage`. `assets/startup.js` reads the
/// same key and format before the first paint: change both together.
pub const STORAGE_KEY: &str = "ahsct-explainer.reading-settings";
const FORMAT_VERSION: &str = "1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Standard,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Larger, TextSize::Largest];

    /// The word used in storage and in `<html data-text-size>`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Larger => "larger",
            TextSize::Largest => "largest",
        }
    }

    fn parse(word: &str) -> Option<Self> {
        TextSize::ALL.into_iter().find(|size| size.as_str() == word)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadingSettings {
    pub text_size: TextSize,
    pub more_line_spacing: bool,
    /// The reader chose the short version of the page (`#short`): it opens
    /// with it next time too.
    pub short_version: bool,
    /// How fast the page is read aloud (`crate::listen`).
    pub speech: SpeechRate,
}

impl ReadingSettings {
    pub fn is_default(&self) -> bool {
        *self == ReadingSettings::default()
    }
}

pub fn encode(settings: &ReadingSettings) -> String {
    let spacing = if settings.more_line_spacing { "more" } else { "standard" };
    let page = if settings.short_version { ";page=short" } else { "" };
    let speech = match settings.speech {
        SpeechRate::Normal => String::new(),
        rate => format!(";speech={}", rate.as_str()),
    };
    format!("{FORMAT_VERSION};text={};spacing={spacing}{page}{speech}", settings.text_size.as_str())
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable;

pub fn decode(stored: &str) -> Result<ReadingSettings, Unreadable> {
    let mut parts = stored.trim().split(';');
    if parts.next() != Some(FORMAT_VERSION) {
        return Err(Unreadable);
    }
    let (mut text_size, mut spacing, mut short_version, mut speech) = (None, None, None, None);
    for part in parts {
        match part.split_once('=') {
            Some(("text", word)) if text_size.is_none() => text_size = TextSize::parse(word),
            Some(("spacing", "more")) if spacing.is_none() => spacing = Some(true),
            Some(("spacing", "standard")) if spacing.is_none() => spacing = Some(false),
            Some(("page", "short")) if short_version.is_none() => short_version = Some(true),
            // One way to write each speed: the usual one is the absence of `speech`.
            Some(("speech", word)) if speech.is_none() && word != SpeechRate::Normal.as_str() => {
                speech = Some(SpeechRate::parse(word).ok_or(Unreadable)?);
            }
            _ => return Err(Unreadable),
        }
    }
    match (text_size, spacing) {
        (Some(text_size), Some(more_line_spacing)) => Ok(ReadingSettings {
            text_size,
            more_line_spacing,
            short_version: short_version.unwrap_or(false),
            speech: speech.unwrap_or_default(),
        }),
        _ => Err(Unreadable),
    }
}

/// What to do with what storage held when the page opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub settings: ReadingSettings,
    /// A value to write back over an unreadable one.
    pub replacement: Option<String>,
}

pub fn load(stored: Option<&str>) -> Loaded {
    match stored.map(decode) {
        None => Loaded { settings: ReadingSettings::default(), replacement: None },
        // Read, but not written as `encode` writes it (the same settings in
        // another order): written back in that order, which
        // `assets/startup.js` reads before the first paint.
        Some(Ok(settings)) => {
            let canonical = encode(&settings);
            let replacement = stored.is_some_and(|s| s.trim() != canonical).then_some(canonical);
            Loaded { settings, replacement }
        }
        Some(Err(Unreadable)) => {
            Loaded { settings: ReadingSettings::default(), replacement: Some(encode(&ReadingSettings::default())) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_setting() -> Vec<ReadingSettings> {
        TextSize::ALL
            .into_iter()
            .flat_map(|text_size| {
                [(false, false), (false, true), (true, false), (true, true)].map(
                    |(more_line_spacing, short_version)| ReadingSettings {
                        text_size,
                        more_line_spacing,
                        short_version,
                        speech: SpeechRate::Normal,
                    },
                )
            })
            .flat_map(|settings| SpeechRate::ALL.map(|speech| ReadingSettings { speech, ..settings }))
            .collect()
    }

    #[test]
    fn every_setting_survives_a_round_trip() {
        for settings in every_setting() {
            assert_eq!(decode(&encode(&settings)), Ok(settings), "{}", encode(&settings));
        }
    }

    #[test]
    fn the_stored_format_is_stable() {
        let settings = ReadingSettings { text_size: TextSize::Larger, more_line_spacing: true, ..Default::default() };
        assert_eq!(encode(&settings), "1;text=larger;spacing=more");
        let short = ReadingSettings { short_version: true, ..settings };
        assert_eq!(encode(&short), "1;text=larger;spacing=more;page=short");
        let faster = ReadingSettings { speech: SpeechRate::Faster, ..short };
        assert_eq!(encode(&faster), "1;text=larger;spacing=more;page=short;speech=faster");
        assert_eq!(decode("1;text=larger;spacing=more;speech=normal"), Err(Unreadable));
        // One way to write each setting: the full page is the absence of `page`.
        assert_eq!(decode("1;text=standard;spacing=standard;page=full"), Err(Unreadable));
        assert_eq!(decode("1;text=largest;spacing=standard").unwrap().text_size, TextSize::Largest);
    }

    #[test]
    fn corrupt_future_or_partial_values_are_unreadable() {
        for bad in [
            "",
            "garbage{",
            "{\"text\":\"larger\"}",
            "2;text=larger;spacing=more",
            "1",
            "1;text=larger",
            "1;text=huge;spacing=more",
            "1;text=larger;spacing=lots",
            "1;text=larger;spacing=more;extra=1",
            "1;text=larger;text=largest;spacing=more",
            "1;text=larger;spacing=more;page=short;page=full",
            "1;text=larger;spacing=more;page=brief",
            "1;text=larger;spacing=more;speech=fast",
            "1;text=larger;spacing=more;speech=slower;speech=faster",
            "1;page=short",
            "1;text=LARGER;spacing=more",
            "1;;",
            &"x".repeat(100_000),
        ] {
            assert_eq!(decode(bad), Err(Unreadable), "{bad:?}");
        }
    }

    #[test]
    fn nothing_stored_means_defaults_and_nothing_written() {
        assert_eq!(load(None), Loaded { settings: ReadingSettings::default(), replacement: None });
    }

    #[test]
    fn an_unreadable_value_gives_defaults_and_is_replaced() {
        let loaded = load(Some("not a setting"));
        assert_eq!(loaded.settings, ReadingSettings::default());
        assert_eq!(loaded.replacement.as_deref(), Some("1;text=standard;spacing=standard"));
    }

    #[test]
    fn a_readable_value_is_used_as_it_is() {
        let stored = "1;text=largest;spacing=more";
        let loaded = load(Some(stored));
        assert_eq!(
            loaded.settings,
            ReadingSettings { text_size: TextSize::Largest, more_line_spacing: true, ..Default::default() }
        );
        assert_eq!(loaded.replacement, None);
    }

    #[test]
    fn settings_stored_before_the_short_version_existed_read_as_they_were() {
        let loaded = load(Some("1;text=largest;spacing=standard"));
        assert_eq!(loaded.replacement, None, "nothing rewritten");
        assert_eq!(loaded.settings.text_size, TextSize::Largest);
        assert!(!loaded.settings.short_version);
    }

    #[test]
    fn settings_in_another_order_are_used_and_rewritten_in_the_usual_one() {
        let loaded = load(Some("1;page=short;spacing=more;text=larger"));
        assert_eq!(
            loaded.settings,
            ReadingSettings {
                text_size: TextSize::Larger,
                more_line_spacing: true,
                short_version: true,
                ..Default::default()
            }
        );
        assert_eq!(loaded.replacement.as_deref(), Some("1;text=larger;spacing=more;page=short"));
    }

    #[test]
    fn surrounding_whitespace_is_forgiven() {
        assert!(decode("  1;text=larger;spacing=more\n").is_ok());
    }
}
