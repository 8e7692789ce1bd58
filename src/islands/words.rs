//! Words and lists that an island needs in the browser, carried in the
//! pre-rendered page as one `data-*` attribute each. The WebAssembly then holds
//! no page text and no language: the page brings its own.
//!
//! The format is one `key=value` entry a line; in a value, `\` and a line
//! break are escaped (`\\`, `\n`). It is read with a few lines of plain Rust
//! rather than JSON, whose parser alone would add about 13 KiB to the
//! WebAssembly (`../shared/stack-notes.md`).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsError {
    /// The attribute is not in the page at all.
    Absent(&'static str),
    /// A line without `=`, or an empty key.
    Malformed {
        line: usize,
    },
    Missing(&'static str),
}

impl fmt::Display for WordsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WordsError::Absent(attribute) => write!(f, "its {attribute} attribute is missing"),
            WordsError::Malformed { line } => write!(f, "line {line} of its words has no \"key=value\""),
            WordsError::Missing(key) => write!(f, "its words lack \"{key}\""),
        }
    }
}

/// Writes entries in order.
pub fn encode<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (key, value) in entries {
        debug_assert!(!key.is_empty() && !key.contains(['=', '\n', '\\']), "a words key: {key:?}");
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(key);
        out.push('=');
        for c in value.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
    }
    out
}

/// Reads entries in order. An empty text is no entries.
pub fn decode(data: &str) -> Result<Vec<(String, String)>, WordsError> {
    data.split('\n')
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(index, line)| match line.split_once('=') {
            Some((key, value)) if !key.is_empty() => Ok((key.to_owned(), unescape(value))),
            _ => Err(WordsError::Malformed { line: index + 1 }),
        })
        .collect()
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Decoded words, looked up by key. The strings live as long as the page:
/// an island reads its words once, when it starts.
pub struct Words(Vec<(String, String)>);

impl Words {
    pub fn parse(data: &str) -> Result<Self, WordsError> {
        decode(data).map(Words)
    }

    pub fn take(&self, key: &'static str) -> Result<&'static str, WordsError> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &*Box::leak(v.clone().into_boxed_str()))
            .ok_or(WordsError::Missing(key))
    }
}

/// An island's words as a struct of `&'static str` fields, with the two ways
/// across the page: `encode` when the page is rendered, `decode` in the browser.
#[macro_export]
macro_rules! island_words {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($(#[$field_meta:meta])* $field:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis struct $name {
            $($(#[$field_meta])* pub $field: &'static str),*
        }

        impl $name {
            pub fn encode(&self) -> String {
                $crate::islands::words::encode([$((stringify!($field), self.$field)),*])
            }

            pub fn decode(data: &str) -> Result<Self, $crate::islands::words::WordsError> {
                let words = $crate::islands::words::Words::parse(data)?;
                Ok(Self { $($field: words.take(stringify!($field))?),* })
            }
        }
    };
}

/// A list of `(key, value)` pairs that lives as long as the page.
pub fn decode_list(data: &str) -> Result<Vec<(&'static str, &'static str)>, WordsError> {
    let leak = |s: String| &*Box::leak(s.into_boxed_str());
    Ok(decode(data)?.into_iter().map(|(k, v)| (leak(k), leak(v))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::island_words! {
        struct Sample { previous, next }
    }

    #[test]
    fn words_come_back_as_they_went() {
        let sample = Sample { previous: "Précédent = back", next: "a \\ b\nc" };
        assert_eq!(Sample::decode(&sample.encode()), Ok(sample));
    }

    #[test]
    fn a_missing_word_is_named() {
        assert_eq!(Sample::decode("previous=Back"), Err(WordsError::Missing("next")));
    }

    #[test]
    fn a_line_without_a_key_is_malformed() {
        assert_eq!(Sample::decode("previous=Back\nnonsense"), Err(WordsError::Malformed { line: 2 }));
        assert_eq!(decode("=x"), Err(WordsError::Malformed { line: 1 }));
    }

    #[test]
    fn lists_keep_their_order_and_their_empty_values() {
        let data = encode([("b", "2"), ("a", ""), ("c", "x=y")]);
        assert_eq!(decode_list(&data), Ok(vec![("b", "2"), ("a", ""), ("c", "x=y")]));
    }

    #[test]
    fn a_trailing_backslash_is_kept() {
        assert_eq!(decode("k=a\\"), Ok(vec![("k".to_owned(), "a\\".to_owned())]));
    }
}
