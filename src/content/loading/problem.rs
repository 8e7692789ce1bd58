//! What is wrong with a content or publisher file, said so that an editor can
//! find it and fix it: the file, the line, the key, the problem, what to do.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the editor knows it, relative to the project: `content/en/sections.ftl`.
    pub file: String,
    /// 1-based; `None` where the problem is the whole file.
    pub line: Option<usize>,
    /// The text unit's key (a Fluent message id, or a publisher setting).
    pub key: Option<String>,
    pub problem: String,
    pub what_to_do: String,
}

impl Problem {
    pub fn new(
        file: impl Into<String>,
        line: Option<usize>,
        key: Option<&str>,
        problem: impl Into<String>,
        what_to_do: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line,
            key: key.map(str::to_owned),
            problem: problem.into(),
            what_to_do: what_to_do.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": {key}")?;
        }
        write!(f, ": {}. {}", self.problem, self.what_to_do)
    }
}

/// The 1-based line that byte `offset` of `text` is on.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Reads a text file that must be UTF-8; a byte order mark is allowed and dropped.
pub fn read_utf8(path: &std::path::Path, shown_as: &str) -> Result<String, Problem> {
    let bytes = std::fs::read(path).map_err(|e| {
        Problem::new(
            shown_as,
            None,
            None,
            format!("cannot be read ({e})"),
            "Check that the file exists and can be read",
        )
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Problem::new(
                shown_as,
                Some(line),
                None,
                "is not UTF-8 text (the first bad byte is on this line)",
                "Save the file with the UTF-8 encoding: most editors offer it under \"Save as\" or \"Encoding\"",
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_names_file_line_key_and_what_to_do() {
        let p =
            Problem::new("content/en/page.ftl", Some(3), Some("site-title"), "is empty", "Write the words after the =");
        assert_eq!(p.to_string(), "content/en/page.ftl:3: site-title: is empty. Write the words after the =");
    }

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}
