//! The page's words, read from a language's Fluent files (`content/<lang>/*.ftl`)
//! at build time. Each text unit is one message, `key = words`; the structure
//! (`structure.rs`) asks for each key it needs, so a key that is missing, or one
//! that nothing asks for, is found and reported with its file and line.
//!
//! Fluent is read with `fluent-syntax`, the Fluent project's own parser. Only
//! the part of Fluent the page needs is accepted: a message's value, with
//! `{ $name }` placeholders where a text fills in a number or a name.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::problem::{line_of, read_utf8, Problem};

/// One message as read from its file.
#[derive(Debug)]
struct Message {
    text: &'static str,
    file: String,
    line: usize,
}

/// The words of one language, and what went wrong reading or using them.
pub struct Words {
    /// Where the files are, as editors know it: `content/en`.
    folder: String,
    messages: BTreeMap<String, Message>,
    /// Each file's last line, so that a missing key can say where to add it.
    file_lengths: BTreeMap<String, usize>,
    asked_for: RefCell<BTreeSet<String>>,
    problems: RefCell<Vec<Problem>>,
    /// The file the structure is reading now (`sections.ftl`): where a missing key belongs.
    current_file: Cell<&'static str>,
    /// Files that could not be read, and keys whose lines could not be: already
    /// reported once, so not reported again as missing.
    unreadable_files: BTreeSet<String>,
    unreadable_keys: BTreeSet<String>,
}

impl Words {
    /// Reads every `.ftl` file in `dir`. `shown_as` is how messages name the
    /// folder (`content/en`).
    pub fn read_folder(dir: &Path, shown_as: &str) -> Words {
        let mut words = Words::empty(shown_as);
        let mut files: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect(),
            Err(e) => {
                words.problem(Problem::new(
                    shown_as,
                    None,
                    None,
                    format!("cannot be read ({e})"),
                    "Check that the language folder exists",
                ));
                return words;
            }
        };
        files.sort();
        for path in files {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let shown = format!("{shown_as}/{name}");
            match read_utf8(&path, &shown) {
                Ok(source) => words.add_file(&shown, &source),
                Err(problem) => {
                    words.problem(problem);
                    words.unreadable_files.insert(shown);
                }
            }
        }
        words
    }

    pub fn empty(folder: &str) -> Words {
        Words {
            folder: folder.to_owned(),
            messages: BTreeMap::new(),
            file_lengths: BTreeMap::new(),
            asked_for: RefCell::new(BTreeSet::new()),
            problems: RefCell::new(Vec::new()),
            current_file: Cell::new(""),
            unreadable_files: BTreeSet::new(),
            unreadable_keys: BTreeSet::new(),
        }
    }

    /// Reads one file's messages (`file` as editors know it).
    pub fn add_file(&mut self, file: &str, source: &str) {
        self.file_lengths.insert(file.to_owned(), source.lines().count());
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // The start of the entry that could not be read (its key's
                    // line), rather than where the parser gave up on it.
                    let entry_start = error.slice.as_ref().map_or(error.pos.start, |entry| entry.start);
                    let line = line_of(source, entry_start);
                    let key: String = source[entry_start..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    self.unreadable_keys.insert(key);
                    self.problem(Problem::new(
                        file,
                        Some(line),
                        None,
                        format!("is not valid Fluent ({})", error.kind),
                        "Each text is one line, `key = words`; the words may hold { and } only as a placeholder such as { $n }",
                    ));
                }
                resource
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => self.add_message(file, source, message),
                ast::Entry::Term(term) => {
                    let key = format!("-{}", term.id.name);
                    let line = line_of_key(source, &key, 0);
                    self.problem(Problem::new(
                        file,
                        line,
                        Some(&key),
                        "is a Fluent term, which this page does not use",
                        "Write the words in each message that needs them",
                    ));
                }
                // Comments are for translators; junk was reported as a syntax error.
                _ => {}
            }
        }
    }

    fn add_message(&mut self, file: &str, source: &str, message: ast::Message<&str>) {
        let key = message.id.name.to_owned();
        // A key given twice in one file: the line of this one, not the first.
        let earlier = self.messages.get(&key).filter(|m| m.file == file).map_or(0, |_| 1);
        let line = line_of_key(source, &key, earlier).unwrap_or(1);
        if let Some(first) = self.messages.get(&key) {
            self.problem(Problem::new(
                file,
                Some(line),
                Some(&key),
                format!("is given twice (first in {} line {})", first.file, first.line),
                "Keep one of the two",
            ));
            return;
        }
        if !message.attributes.is_empty() {
            self.problem(Problem::new(
                file,
                Some(line),
                Some(&key),
                "has attributes (lines starting with a dot), which this page does not use",
                "Put the words after the key's own =",
            ));
        }
        let Some(pattern) = message.value else {
            self.problem(Problem::new(file, Some(line), Some(&key), "has no words", "Write the words after the ="));
            self.unreadable_keys.insert(key);
            return;
        };
        match pattern_text(&pattern) {
            Ok(text) => {
                self.messages.insert(key, Message { text: String::leak(text), file: file.to_owned(), line });
            }
            Err(what) => {
                self.problem(Problem::new(
                    file,
                    Some(line),
                    Some(&key),
                    what,
                    "Use plain words, with { $name } only where the English has that placeholder",
                ));
                self.unreadable_keys.insert(key);
            }
        }
    }

    pub fn problem(&self, problem: Problem) {
        self.problems.borrow_mut().push(problem);
    }

    /// Says which file (`sections.ftl`) the keys asked for next belong in.
    pub fn file(&self, name: &'static str) {
        self.current_file.set(name);
    }

    /// The words for `key`. A missing key is reported, and the page gets an
    /// empty text in its place, so that every problem is found in one run. A
    /// placeholder here would show on the page as it is: it is reported too.
    pub fn text(&self, key: &str) -> &'static str {
        let text = self.words_for(key);
        if !placeholders(text).is_empty() {
            let (file, line) = self.place(key);
            self.problem(Problem::new(
                file,
                line,
                Some(key),
                "has a placeholder, but the page fills in nothing here",
                "Remove the { $… } part and write the words themselves",
            ));
        }
        text
    }

    fn words_for(&self, key: &str) -> &'static str {
        self.asked_for.borrow_mut().insert(key.to_owned());
        match self.messages.get(key) {
            Some(message) => message.text,
            None => {
                let file = format!("{}/{}", self.folder, self.current_file.get());
                if self.unreadable_files.contains(&file) || self.unreadable_keys.contains(key) {
                    return "";
                }
                let end = self.file_lengths.get(&file).copied();
                self.problem(Problem::new(
                    &file,
                    end,
                    Some(key),
                    "is missing",
                    format!(
                        "Add a line `{key} = …` with its words (the English is in content/en/{})",
                        self.current_file.get()
                    ),
                ));
                ""
            }
        }
    }

    /// A text that fills in values: it must hold each `{ $name }` of `names`, and no other.
    pub fn template(&self, key: &str, names: &[&str]) -> &'static str {
        let text = self.words_for(key);
        if text.is_empty() && !self.messages.contains_key(key) {
            return text;
        }
        let found = placeholders(text);
        let expected: BTreeSet<&str> = names.iter().copied().collect();
        if found != expected {
            let (file, line) = self.place(key);
            let list =
                |set: &BTreeSet<&str>| set.iter().map(|n| format!("{{ ${n} }}")).collect::<Vec<_>>().join(" and ");
            self.problem(Problem::new(
                file,
                line,
                Some(key),
                format!(
                    "has the placeholders {} where the page fills in {}",
                    if found.is_empty() { "none".into() } else { list(&found) },
                    list(&expected)
                ),
                "Keep each placeholder exactly as the English has it; the words around it may move",
            ));
        }
        text
    }

    /// A comma-separated list of words (`relapse, relapses`).
    pub fn list_of(&self, key: &str) -> &'static [&'static str] {
        let text = self.text(key);
        Vec::leak(text.split(',').map(str::trim).filter(|w| !w.is_empty()).collect())
    }

    /// The file and line a key was read from, for problems found later.
    pub fn place(&self, key: &str) -> (String, Option<usize>) {
        match self.messages.get(key) {
            Some(m) => (m.file.clone(), Some(m.line)),
            None => (self.folder.clone(), None),
        }
    }

    /// The key whose words are `text` (the very same string, as handed out by `text`).
    pub fn key_of(&self, text: &str) -> Option<&str> {
        self.messages
            .iter()
            .find(|(_, m)| std::ptr::eq(m.text.as_ptr(), text.as_ptr()) && m.text.len() == text.len())
            .map(|(k, _)| k.as_str())
    }

    /// Every message, key and words, in key order (for the translation tests).
    pub fn messages(&self) -> Vec<(&str, &'static str)> {
        self.messages.iter().map(|(key, m)| (key.as_str(), m.text)).collect()
    }

    /// Every message's words, for checks that apply to all of them.
    pub fn all_texts(&self) -> Vec<&'static str> {
        self.messages.values().map(|m| m.text).collect()
    }

    /// Reports every message nothing asked for: a typo in a key, or a text the page no longer has.
    pub fn report_unused(&self) {
        let asked = self.asked_for.borrow();
        for (key, message) in &self.messages {
            if !asked.contains(key) {
                self.problem(Problem::new(
                    &message.file,
                    Some(message.line),
                    Some(key),
                    "is not a text this page uses (an unknown key)",
                    "Check the key's spelling against the English file, or remove the line",
                ));
            }
        }
    }

    pub fn take_problems(&self) -> Vec<Problem> {
        std::mem::take(&mut self.problems.borrow_mut())
    }
}

/// The line a message or term starts on: its key at the start of a line
/// (after `skip` earlier lines with the same key).
fn line_of_key(source: &str, key: &str, skip: usize) -> Option<usize> {
    let mut offset = 0;
    let mut found = Vec::new();
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                found.push(line_of(source, offset));
            }
        }
        offset += line.len();
    }
    found.get(skip).or(found.last()).copied()
}

/// A message's words, with each `{ $name }` kept as `{name}` for the page to fill in.
/// Lines a translator wrapped are joined with a space: each text is one paragraph.
fn pattern_text(pattern: &ast::Pattern<&str>) -> Result<String, String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    text.push('{');
                    text.push_str(id.name);
                    text.push('}');
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => text.push_str(value),
                _ => {
                    return Err("uses a Fluent feature this page does not support (only { $name } placeholders)".into())
                }
            },
        }
    }
    // ASCII whitespace only: a translation's no-break spaces (French puts one
    // before "?" and ":") stay as written.
    Ok(text.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
}

/// The names of a text's `{name}` placeholders.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        names.insert(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(source: &str) -> Words {
        let mut w = Words::empty("content/en");
        w.file("page.ftl");
        w.add_file("content/en/page.ftl", source);
        w
    }

    #[test]
    fn reads_messages_and_keeps_placeholders_for_the_page() {
        let w = words("# A comment for translators\nsite-title = aHSCT for MS, explained\nstep-count = Step { $n } of { $total }\n");
        assert_eq!(w.text("site-title"), "aHSCT for MS, explained");
        assert_eq!(w.template("step-count", &["n", "total"]), "Step {n} of {total}");
        assert!(w.take_problems().is_empty());
    }

    #[test]
    fn a_paragraph_wrapped_over_lines_is_one_line_of_text() {
        let w = words("p =\n    First sentence.\n    Second [[term|id]] here.\n");
        assert_eq!(w.text("p"), "First sentence. Second [[term|id]] here.");
    }

    #[test]
    fn a_missing_key_names_the_file_to_add_it_to() {
        let w = words("a = A\n");
        assert_eq!(w.text("b"), "");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].to_string(), "content/en/page.ftl:1: b: is missing. Add a line `b = …` with its words (the English is in content/en/page.ftl)");
    }

    #[test]
    fn an_unused_key_is_reported_with_its_line() {
        let w = words("a = A\n\nsite-titel = Typo\n");
        w.text("a");
        w.report_unused();
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].to_string().starts_with("content/en/page.ftl:3: site-titel: is not a text this page uses"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn invalid_syntax_is_reported_on_its_line() {
        let w = words("a = A\nb = broken { here\nc = C\n");
        let problems = w.take_problems();
        assert!(!problems.is_empty());
        assert!(problems[0].to_string().starts_with("content/en/page.ftl:2: is not valid Fluent"), "{}", problems[0]);
        assert_eq!(w.text("c"), "C", "the rest of the file is still read");
        assert_eq!(w.text("b"), "");
        assert!(w.take_problems().is_empty(), "the broken line is not reported again as a missing key");
    }

    #[test]
    fn a_template_must_keep_its_placeholders() {
        let w = words("step-count = Step { $n } of { $totl }\n");
        w.template("step-count", &["n", "total"]);
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].problem.contains("{ $n } and { $totl } where the page fills in { $n } and { $total }"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn a_key_given_twice_is_reported() {
        let w = words("a = A\na = B\n");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().contains("a: is given twice"), "{}", problems[0]);
    }

    #[test]
    fn a_key_given_twice_names_the_second_line() {
        let w = words("a = A\nb = B\na = C\n");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .to_string()
                .starts_with("content/en/page.ftl:3: a: is given twice (first in content/en/page.ftl line 1)"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn a_placeholder_where_the_page_fills_in_nothing_is_reported() {
        let w = words("title = Step { $n }\n");
        assert_eq!(w.text("title"), "Step {n}");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("the page fills in nothing here"), "{}", problems[0]);
    }

    #[test]
    fn a_message_without_words_is_reported_once() {
        let w = words("a =\n    .attr = x\n");
        assert_eq!(w.text("a"), "");
        assert_eq!(w.take_problems().len(), 2, "attributes, and no words: not again as missing");
    }

    #[test]
    fn no_break_spaces_in_a_translation_stay() {
        let w = words("q = Pourquoi\u{a0}?\n");
        assert_eq!(w.text("q"), "Pourquoi\u{a0}?");
    }

    #[test]
    fn lists_split_on_commas() {
        let w = words("forms = relapse, relapses\n");
        assert_eq!(w.list_of("forms"), &["relapse", "relapses"]);
    }
}
