//! A number meeting a noun: "in 1 day", "in 3 days", and Arabic's six forms.
//!
//! A translator writes the forms with Fluent's own selector,
//!
//! ```text
//! my-date-in-days = { $n ->
//!     [two] بعد يومين
//!     [few] بعد { $n } أيام
//!    *[other] بعد { $n } يومًا
//! }
//! ```
//!
//! and the build reads it (`content::loading::words`) into a [`PluralText`]:
//! each form's words, with the surrounding words already joined on. The form
//! for a number is chosen as Fluent chooses it: an exact number (`[0]`) first,
//! then the language's plural category for that number (CLDR's rules), then
//! the default form. The build asks ICU4X (`icu_plurals`), the Unicode
//! project's own crate; the browser asks its own `Intl.PluralRules`, which
//! holds the same CLDR rules, so the WebAssembly carries none of them. (The
//! Fluent project's `intl_pluralrules` 7.0 was tried first: it drops the
//! `% 100` of Arabic's rules, so it gives 103 the form of 100, not of 3.)
//!
//! A text travels to the browser as one string (`encode`): the default form's
//! words alone when there is one form, so a language without forms (and every
//! text of the pages before this) reads as it did.

use std::fmt;

/// CLDR's plural categories, in CLDR's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub const ALL: [PluralCategory; 6] = [Self::Zero, Self::One, Self::Two, Self::Few, Self::Many, Self::Other];

    /// The name Fluent and `Intl.PluralRules` use: `few`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|category| category.name() == name)
    }
}

impl fmt::Display for PluralCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a form is for: one number exactly, or every number of a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Exactly(u32),
    Category(PluralCategory),
}

impl fmt::Display for FormKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormKey::Exactly(n) => write!(f, "{n}"),
            FormKey::Category(category) => write!(f, "{category}"),
        }
    }
}

/// A text with a form for some numbers, and a default form for the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralText<'a> {
    /// The forms other than the default, in the translator's order.
    pub forms: Vec<(FormKey, &'a str)>,
    /// The form for every number no other form is for (Fluent's `*[other]`).
    pub default: &'a str,
}

// Between a form's key and its words, and between forms, in `encode`: control
// characters, which the build never lets into a text (a message's whitespace is
// joined into single spaces).
const KEY_END: char = '\u{1f}';
const FORM_END: char = '\u{1e}';

impl<'a> PluralText<'a> {
    /// A text with one form for every number.
    pub fn single(text: &'a str) -> Self {
        PluralText { forms: Vec::new(), default: text }
    }

    /// The words for `n`, whose plural category in the page's language is `category`.
    pub fn pick(&self, n: u32, category: PluralCategory) -> &'a str {
        let exact = self.forms.iter().find(|(key, _)| *key == FormKey::Exactly(n));
        let by_category = || self.forms.iter().find(|(key, _)| *key == FormKey::Category(category));
        exact.or_else(by_category).map_or(self.default, |(_, words)| words)
    }

    /// The words for `n` with `{name}` filled in by it.
    pub fn fill(&self, name: &str, n: u32, category: PluralCategory) -> String {
        self.pick(n, category).replace(&format!("{{{name}}}"), &n.to_string())
    }

    /// Every form's words, the default last.
    pub fn all_words(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.forms.iter().map(|(_, words)| *words).chain([self.default])
    }

    /// One string for the page to carry: `key␟words␞…default`, or the
    /// default's words alone.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (key, words) in &self.forms {
            out.push_str(&format!("{key}{KEY_END}{words}{FORM_END}"));
        }
        out.push_str(self.default);
        out
    }

    /// Reads what `encode` wrote. A form whose key is unknown is left out, so
    /// that a damaged text still gives the default's words.
    pub fn decode(data: &'a str) -> Self {
        let mut parts: Vec<&'a str> = data.split(FORM_END).collect();
        let default = parts.pop().unwrap_or_default();
        let forms = parts
            .into_iter()
            .filter_map(|part| {
                let (key, words) = part.split_once(KEY_END)?;
                let key = match key.parse::<u32>() {
                    Ok(n) => FormKey::Exactly(n),
                    Err(_) => FormKey::Category(PluralCategory::from_name(key)?),
                };
                Some((key, words))
            })
            .collect();
        PluralText { forms, default }
    }
}

/// The plural category of a whole number in a language (`ar`, `pt-BR`), by
/// the CLDR rules compiled into ICU4X; `other` for a tag it cannot read.
#[cfg(not(target_arch = "wasm32"))]
pub fn category_of(language: &str, n: u32) -> PluralCategory {
    use icu_plurals::{PluralCategory as Cldr, PluralRules};
    let Ok(locale) = language.parse::<icu_locale_core::Locale>() else { return PluralCategory::Other };
    let Ok(rules) = PluralRules::try_new_cardinal(locale.into()) else { return PluralCategory::Other };
    match rules.category_for(n) {
        Cldr::Zero => PluralCategory::Zero,
        Cldr::One => PluralCategory::One,
        Cldr::Two => PluralCategory::Two,
        Cldr::Few => PluralCategory::Few,
        Cldr::Many => PluralCategory::Many,
        Cldr::Other => PluralCategory::Other,
    }
}

/// The categories whole numbers take in a language: what a translator may
/// write a form for. (Decimals take more in some languages; the page never
/// fills in a decimal.) Every number's category repeats past 1,000 in CLDR's
/// integer rules, except "many" for millions in French, Spanish, Italian and
/// Portuguese, which the page never counts to.
#[cfg(not(target_arch = "wasm32"))]
pub fn categories_of(language: &str) -> std::collections::BTreeSet<PluralCategory> {
    (0..=1000).map(|n| category_of(language, n)).collect()
}

/// The plural category of a whole number in the page's language, by the
/// browser's `Intl.PluralRules`; `other` if the browser has none.
#[cfg(target_arch = "wasm32")]
pub fn category_of(language: &str, n: u32) -> PluralCategory {
    let locales = js_sys::Array::of1(&language.into());
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    let name: String = rules.select(f64::from(n)).into();
    PluralCategory::from_name(&name).unwrap_or(PluralCategory::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arabic_days() -> PluralText<'static> {
        PluralText {
            forms: vec![
                (FormKey::Category(PluralCategory::Two), "بعد يومين"),
                (FormKey::Category(PluralCategory::Few), "بعد {n} أيام"),
            ],
            default: "بعد {n} يومًا",
        }
    }

    #[test]
    fn each_number_takes_its_languages_form() {
        let days = arabic_days();
        let said = |n| days.fill("n", n, category_of("ar", n));
        assert_eq!(said(2), "بعد يومين");
        assert_eq!(said(3), "بعد 3 أيام");
        assert_eq!(said(10), "بعد 10 أيام");
        assert_eq!(said(11), "بعد 11 يومًا");
        assert_eq!(said(100), "بعد 100 يومًا");
        assert_eq!(said(103), "بعد 103 أيام");
    }

    #[test]
    fn an_exact_number_comes_before_its_category() {
        let text = PluralText {
            forms: vec![(FormKey::Category(PluralCategory::One), "one"), (FormKey::Exactly(1), "exactly one")],
            default: "other",
        };
        assert_eq!(text.pick(1, PluralCategory::One), "exactly one");
        assert_eq!(text.pick(21, PluralCategory::One), "one");
        assert_eq!(text.pick(5, PluralCategory::Few), "other");
    }

    #[test]
    fn the_languages_categories_are_cldrs() {
        use PluralCategory::*;
        assert_eq!(categories_of("en").into_iter().collect::<Vec<_>>(), [One, Other]);
        assert_eq!(categories_of("ar").into_iter().collect::<Vec<_>>(), [Zero, One, Two, Few, Many, Other]);
        assert_eq!(categories_of("ru").into_iter().collect::<Vec<_>>(), [One, Few, Many]);
        assert_eq!(category_of("ru", 21), One);
        assert_eq!(category_of("ru", 22), Few);
        assert_eq!(category_of("ru", 25), Many);
        assert_eq!(category_of("pt-BR", 0), One);
        assert_eq!(category_of("not a language tag", 1), Other);
    }

    #[test]
    fn a_text_comes_back_as_it_went() {
        let days = arabic_days();
        assert_eq!(PluralText::decode(&days.encode()), days);
        assert_eq!(PluralText::single("in {n} days").encode(), "in {n} days");
        assert_eq!(PluralText::decode("in {n} days"), PluralText::single("in {n} days"));
    }

    #[test]
    fn a_damaged_form_still_leaves_the_default() {
        let damaged = format!("nonsense{KEY_END}x{FORM_END}no key here{FORM_END}in {{n}} days");
        assert_eq!(PluralText::decode(&damaged), PluralText::single("in {n} days"));
    }
}
