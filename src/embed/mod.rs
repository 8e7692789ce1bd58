//! Options from the page's address (`?embed&host=…&accent=…`), for charities
//! that embed the explainer: pure parsing and validation, no browser.
//!
//! Every value is checked before use and never rendered as HTML. An invalid
//! value is ignored, with one warning for the console.

pub mod host;
pub mod state;

/// What the address asked for, once checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub embedded: bool,
    /// Where to send the height messages; `None` means any origin ("*").
    pub host_origin: Option<String>,
    pub accent: Option<Accent>,
    pub org: Option<String>,
    pub read_more: Option<ReadMoreOverride>,
    /// A section or step id to open at when the address has no fragment.
    pub start: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadMoreOverride {
    pub url: String,
    pub label: Option<String>,
}

/// A host's accent colour, in the two forms the page uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    /// For the light theme: at least 4.5:1 against white.
    pub on_light: Rgb,
    /// For the dark theme: at least 4.5:1 against the dark background.
    pub on_dark: Rgb,
    /// Whether the light-theme colour had to be changed from what the host gave.
    pub adjusted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

pub const MAX_ORG_CHARS: usize = 80;
pub const MAX_LABEL_CHARS: usize = 120;
const MAX_URL_CHARS: usize = 2000;
const WHITE: Rgb = Rgb(255, 255, 255);
/// The dark theme's background (`--color-bg` in style/tokens.css).
const DARK_BACKGROUND: Rgb = Rgb(0x12, 0x15, 0x19);
const AA_CONTRAST: f64 = 4.5;

/// Checks the address's parameters (already percent-decoded). `known_ids` are
/// the section and step ids `start` may name. Returns the options and one
/// warning for each value that was ignored or changed.
/// `languages` are those the explainer has a page in (the page's own first):
/// `lang` picks one of them (`assets/startup.js` goes to its page before the
/// first paint), and anything else is said in the console.
pub fn parse(params: &[(String, String)], known_ids: &[&str], languages: &[&str]) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::default();
    let mut warnings = Vec::new();
    let mut read_more_label = None;
    for (name, value) in params {
        match name.as_str() {
            "embed" => options.embedded = !matches!(value.as_str(), "0" | "false" | "no"),
            "host" => match valid_origin(value) {
                Some(origin) => options.host_origin = Some(origin),
                None => warnings.push(warning("host", "is not an origin such as https://www.example.org")),
            },
            "lang" => {
                let primary = value.split('-').next().unwrap_or_default().to_ascii_lowercase();
                let shown = languages.first().copied().unwrap_or("en");
                if !is_language_tag(value) {
                    warnings.push(warning("lang", &format!("is not a language tag; the page stays in \"{shown}\"")));
                } else if !languages
                    .iter()
                    .any(|l| l.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(&primary)))
                {
                    warnings.push(warning(
                        "lang",
                        &format!("is a language this explainer is not in; the page stays in \"{shown}\""),
                    ));
                }
            }
            "accent" => match parse_hex_colour(value) {
                Some(colour) => {
                    let accent = accent_for(colour);
                    if accent.adjusted {
                        warnings.push(format!(
                            "aHSCT explainer: the accent colour was darkened to {} to keep text readable on white (dark theme: {})",
                            accent.on_light.to_hex(),
                            accent.on_dark.to_hex()
                        ));
                    }
                    options.accent = Some(accent);
                }
                None => warnings.push(warning("accent", "is not a colour such as #005a9c")),
            },
            "org" => match plain_text(value, MAX_ORG_CHARS) {
                Some(text) => options.org = Some(text),
                None => warnings.push(warning("org", "must be plain text of at most 80 characters")),
            },
            "readmore" => match https_address(value) {
                Some(url) => options.read_more = Some(ReadMoreOverride { url, label: None }),
                None => warnings.push(warning("readmore", "must be an https: address")),
            },
            "readmore_label" => match plain_text(value, MAX_LABEL_CHARS) {
                Some(text) => read_more_label = Some(text),
                None => warnings.push(warning("readmore_label", "must be plain text of at most 120 characters")),
            },
            "start" => {
                if known_ids.contains(&value.as_str()) {
                    options.start = Some(value.clone());
                } else {
                    warnings.push(warning("start", "is not a section or step of this explainer"));
                }
            }
            _ => {}
        }
    }
    match (&mut options.read_more, read_more_label) {
        (Some(read_more), label) => read_more.label = label,
        (None, Some(_)) => warnings.push(warning("readmore_label", "needs a valid readmore address")),
        (None, None) => {}
    }
    (options, warnings)
}

fn warning(name: &str, problem: &str) -> String {
    format!("aHSCT explainer: the '{name}' parameter was ignored: it {problem}")
}

/// `scheme://host[:port]`, http or https, nothing after it; lower-cased.
pub fn valid_origin(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) if !host.contains(']') || host.ends_with(']') => (host, Some(port)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !host.starts_with('.')
        && !host.ends_with('.');
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(lower)
}

/// An `https:` address with a host, without spaces, quotes or angle brackets.
pub fn https_address(value: &str) -> Option<String> {
    let rest = value.strip_prefix("https://")?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let well_formed = host_end > 0
        && value.chars().count() <= MAX_URL_CHARS
        && !value.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`{}|^".contains(c) || c == '\u{fffd}');
    well_formed.then(|| value.to_owned())
}

/// Trimmed text with no control characters and no sign of a broken escape,
/// at most `max_chars` long.
pub fn plain_text(value: &str, max_chars: usize) -> Option<String> {
    let text = value.trim();
    let ok = !text.is_empty()
        && text.chars().count() <= max_chars
        && !text.chars().any(|c| c.is_control() || c == '\u{fffd}');
    ok.then(|| text.to_owned())
}

fn is_language_tag(value: &str) -> bool {
    let mut parts = value.split('-');
    let primary_ok =
        parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `#rgb` or `#rrggbb`.
pub fn parse_hex_colour(value: &str) -> Option<Rgb> {
    let hex = value.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        3 => {
            let d: Vec<u8> = hex.bytes().map(|b| (b as char).to_digit(16).unwrap() as u8 * 17).collect();
            Some(Rgb(d[0], d[1], d[2]))
        }
        6 => Some(Rgb(channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
        _ => None,
    }
}

/// WCAG relative luminance.
fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Moves a colour towards `towards` (black or white) until it reaches AA
/// contrast against `background`.
fn until_readable(colour: Rgb, background: Rgb, towards: Rgb) -> Rgb {
    let mix = |from: u8, to: u8, t: f64| (f64::from(from) + (f64::from(to) - f64::from(from)) * t).round() as u8;
    (0..=20)
        .map(|step| {
            let t = f64::from(step) / 20.0;
            Rgb(mix(colour.0, towards.0, t), mix(colour.1, towards.1, t), mix(colour.2, towards.2, t))
        })
        .find(|candidate| contrast(*candidate, background) >= AA_CONTRAST)
        .unwrap_or(towards)
}

/// The accent as the light theme uses it (text and button backgrounds on
/// white) and as the dark theme does (on the dark background).
pub fn accent_for(colour: Rgb) -> Accent {
    let on_light = until_readable(colour, WHITE, Rgb(0, 0, 0));
    let on_dark = until_readable(colour, DARK_BACKGROUND, WHITE);
    // The dark theme always derives its own shade; only a change to the
    // host's own colour, on a light page, is worth telling the host about.
    Accent { on_light, on_dark, adjusted: on_light != colour }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: &[&str] = &["risks", "timeline", "collection"];

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn no_parameters_mean_the_normal_page() {
        assert_eq!(parse(&[], IDS, &["en-GB"]), (EmbedOptions::default(), vec![]));
    }

    #[test]
    fn embed_with_or_without_a_value_turns_embed_mode_on() {
        assert!(parse(&params(&[("embed", "")]), IDS, &["en-GB"]).0.embedded);
        assert!(parse(&params(&[("embed", "1")]), IDS, &["en-GB"]).0.embedded);
        assert!(!parse(&params(&[("embed", "0")]), IDS, &["en-GB"]).0.embedded);
    }

    #[test]
    fn host_must_be_an_origin() {
        assert_eq!(valid_origin("https://www.Example.org"), Some("https://www.example.org".into()));
        assert_eq!(valid_origin("http://127.0.0.1:8080"), Some("http://127.0.0.1:8080".into()));
        for bad in [
            "",
            "www.example.org",
            "https://",
            "https://example.org/path",
            "javascript:alert(1)",
            "https://exa mple.org",
            "ftp://example.org",
            "https://example.org:99999999",
            "https://.org",
        ] {
            assert_eq!(valid_origin(bad), None, "{bad}");
        }
        let (options, warnings) = parse(&params(&[("host", "https://example.org/x")]), IDS, &["en-GB"]);
        assert_eq!(options.host_origin, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn readmore_must_be_https_and_its_label_plain_text() {
        let (options, warnings) = parse(
            &params(&[("readmore", "https://example.org/charity"), ("readmore_label", "Read more from Example")]),
            IDS,
            &["en-GB"],
        );
        assert_eq!(
            options.read_more,
            Some(ReadMoreOverride {
                url: "https://example.org/charity".into(),
                label: Some("Read more from Example".into())
            })
        );
        assert!(warnings.is_empty());
        for bad in [
            "javascript:alert(1)",
            "http://example.org",
            "https://",
            "https://a b",
            "https://x/<script>",
            "//example.org",
        ] {
            assert_eq!(https_address(bad), None, "{bad}");
        }
        let (options, warnings) = parse(&params(&[("readmore_label", "Only a label")]), IDS, &["en-GB"]);
        assert_eq!(options.read_more, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn plain_text_has_a_length_limit_and_no_control_or_replacement_characters() {
        assert_eq!(plain_text("  Example Charity ", 80), Some("Example Charity".into()));
        assert_eq!(plain_text(&"x".repeat(81), 80), None);
        assert_eq!(plain_text(&"é".repeat(80), 80), Some("é".repeat(80)));
        assert_eq!(plain_text("bad\u{0}byte", 80), None);
        assert_eq!(plain_text("broken \u{fffd} escape", 80), None);
        assert_eq!(plain_text("   ", 80), None);
        // Markup is only text: it is shown, escaped, as the characters it is.
        assert_eq!(plain_text("<script>alert(1)</script>", 80), Some("<script>alert(1)</script>".into()));
    }

    #[test]
    fn colours_parse_in_short_and_long_hex() {
        assert_eq!(parse_hex_colour("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(parse_hex_colour("#005A9C"), Some(Rgb(0, 0x5a, 0x9c)));
        for bad in ["005a9c", "#05a9c", "#gggggg", "red", "#", "#ffff", "url(x)"] {
            assert_eq!(parse_hex_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_accent_always_ends_up_readable_in_both_themes() {
        for colour in
            [Rgb(255, 0, 0), Rgb(255, 255, 0), Rgb(0, 0, 0), Rgb(255, 255, 255), Rgb(0, 90, 156), Rgb(128, 128, 128)]
        {
            let accent = accent_for(colour);
            assert!(contrast(accent.on_light, Rgb(255, 255, 255)) >= 4.5, "{colour:?} light");
            assert!(contrast(accent.on_dark, DARK_BACKGROUND) >= 4.5, "{colour:?} dark");
        }
        let already_fine = accent_for(Rgb(0, 0x3e, 0x6b));
        assert_eq!(already_fine.on_light, Rgb(0, 0x3e, 0x6b));
        assert!(accent_for(Rgb(255, 255, 0)).adjusted);
    }

    #[test]
    fn start_must_name_a_section_or_step() {
        assert_eq!(parse(&params(&[("start", "risks")]), IDS, &["en-GB"]).0.start, Some("risks".into()));
        let (options, warnings) = parse(&params(&[("start", "<img src=x>")]), IDS, &["en-GB"]);
        assert_eq!(options.start, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn lang_names_a_language_the_explainer_has_or_is_said_once() {
        let languages = ["es", "en-GB", "fr", "ar"];
        assert!(parse(&params(&[("lang", "en-GB")]), IDS, &languages).1.is_empty());
        assert!(parse(&params(&[("lang", "fr-CA")]), IDS, &languages).1.is_empty());
        assert!(parse(&params(&[("lang", "AR")]), IDS, &languages).1.is_empty());
        let (_, unknown) = parse(&params(&[("lang", "ja")]), IDS, &languages);
        assert_eq!(unknown.len(), 1);
        assert!(unknown[0].contains("the page stays in \"es\""), "{unknown:?}");
        assert_eq!(parse(&params(&[("lang", "<b>")]), IDS, &languages).1.len(), 1);
        assert_eq!(parse(&params(&[("lang", "fr")]), IDS, &["en-GB"]).1.len(), 1);
    }

    #[test]
    fn each_invalid_value_gives_exactly_one_warning() {
        let long = "x".repeat(10_000);
        let (options, warnings) = parse(
            &params(&[
                ("host", &long),
                ("accent", &long),
                ("org", &long),
                ("readmore", &long),
                ("start", &long),
                ("lang", &long),
            ]),
            IDS,
            &["en-GB"],
        );
        assert_eq!(options, EmbedOptions::default());
        assert_eq!(warnings.len(), 6);
    }
}
