//! The page's words, read from a language's Fluent files (`content/<lang>/*.ftl`)
//! at build time. Each text unit is one message, `key = words`; the structure
//! (`structure.rs`) asks for each key it needs, so a key that is missing, or one
//! that nothing asks for, is found and reported with its file and line.
//!
//! Fluent is read with `fluent-syntax`, the Fluent project's own parser. Only
//! the part of Fluent the page needs is accepted: a message's value, with
//! `{ $name }` placeholders where a text fills in a number or a name, and
//! where a number meets a noun, one selector on that number with a form for
//! each plural category the language has (`languages::plural`).

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::problem::{line_of, read_utf8, Problem};
use crate::languages::plural::{categories_of, FormKey, PluralCategory, PluralText};

/// One message as read from its file.
#[derive(Debug)]
struct Message {
    /// The words, or with forms for numbers, the default form's words.
    text: &'static str,
    /// A message with a selector (`{ $n -> [few] … *[other] … }`): the number
    /// it picks by, and its forms other than the default.
    plural: Option<(String, Vec<(FormKey, &'static str)>)>,
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
        match message_forms(&pattern) {
            Ok(Forms { default, plural }) => {
                let leak = |text: String| -> &'static str { String::leak(text) };
                let plural = plural.map(|(selector, forms)| {
                    (selector, forms.into_iter().map(|(k, words)| (k, leak(words))).collect())
                });
                self.messages.insert(key, Message { text: leak(default), plural, file: file.to_owned(), line });
            }
            Err(what) => {
                self.problem(Problem::new(
                    file,
                    Some(line),
                    Some(&key),
                    what,
                    "Use plain words, with { $name } only where the English has that placeholder, and forms for numbers written as { $n -> [one] … *[other] … }",
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
        self.no_forms_here(key);
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
        self.no_forms_here(key);
        self.check_placeholders(key, text, names, false);
        text
    }

    /// A text that fills in `names`, with a form for each plural category of
    /// the number `number` (one of `names`) where the language needs one.
    pub fn plural(&self, key: &str, names: &[&str], number: &str) -> PluralText<'static> {
        debug_assert!(names.contains(&number), "the number is one of the names filled in");
        let default = self.words_for(key);
        let Some(message) = self.messages.get(key) else { return PluralText::single(default) };
        self.check_placeholders(key, default, names, false);
        let Some((selector, forms)) = &message.plural else { return PluralText::single(default) };
        let (file, line) = self.place(key);
        if selector != number {
            self.problem(Problem::new(
                &file,
                line,
                Some(key),
                format!("picks its forms by {{ ${selector} }}, where the number is {{ ${number} }}"),
                format!("Write the selector as {{ ${number} -> … }}"),
            ));
        }
        let language = self.folder.rsplit('/').next().unwrap_or_default();
        let categories = categories_of(language);
        for (form, words) in forms {
            // A form may leave the number out ("in two days"), but fill in nothing else.
            self.check_placeholders(key, words, names, true);
            if let FormKey::Category(category) = form {
                if !categories.contains(category) {
                    let has = categories.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ");
                    self.problem(Problem::new(
                        &file,
                        line,
                        Some(key),
                        format!("has a form [{category}] that no whole number takes in this language"),
                        format!("This language's forms are {has}: remove [{category}] or use one of them"),
                    ));
                }
            }
        }
        PluralText { forms: forms.clone(), default }
    }

    /// `plural`, for a page's words that live as long as the page.
    pub fn plural_leaked(&self, key: &str, names: &[&str], number: &str) -> &'static PluralText<'static> {
        Box::leak(Box::new(self.plural(key, names, number)))
    }

    /// Reports forms for numbers in a text the page fills no number into.
    fn no_forms_here(&self, key: &str) {
        if self.messages.get(key).is_some_and(|m| m.plural.is_some()) {
            let (file, line) = self.place(key);
            self.problem(Problem::new(
                file,
                line,
                Some(key),
                "has forms for numbers, but the page fills in no number here",
                "Write one text, without { $… -> }",
            ));
        }
    }

    /// Checks that `text` holds each `{ $name }` of `names` (or, for a form of
    /// a plural text, `some` of them) and no other.
    fn check_placeholders(&self, key: &str, text: &str, names: &[&str], some: bool) {
        let found = placeholders(text);
        let expected: BTreeSet<&str> = names.iter().copied().collect();
        let fits = if some { found.is_subset(&expected) } else { found == expected };
        if !fits {
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
        let same = |words: &str| std::ptr::eq(words.as_ptr(), text.as_ptr()) && words.len() == text.len();
        self.messages.iter().find(|(_, m)| m.all_words().any(same)).map(|(k, _)| k.as_str())
    }

    /// A message's forms for numbers other than its default, as `[few]` and its words.
    pub fn forms(&self, key: &str) -> Vec<(String, &'static str)> {
        let forms = self.messages.get(key).and_then(|m| m.plural.as_ref());
        forms.map_or_else(Vec::new, |(_, forms)| forms.iter().map(|(k, words)| (format!("[{k}]"), *words)).collect())
    }

    /// Every message, key and words, in key order (for the translation tests).
    pub fn messages(&self) -> Vec<(&str, &'static str)> {
        self.messages.iter().map(|(key, m)| (key.as_str(), m.text)).collect()
    }

    /// Every message's words, for checks that apply to all of them.
    pub fn all_texts(&self) -> Vec<&'static str> {
        self.messages.values().flat_map(Message::all_words).collect()
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

impl Message {
    fn all_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        let forms = self.plural.iter().flat_map(|(_, forms)| forms.iter().map(|(_, words)| *words));
        forms.chain([self.text])
    }
}

/// A message's words: its default form, and where it has a selector, the
/// number it selects by and its other forms, each with the words around the
/// selector joined on.
struct Forms {
    default: String,
    plural: Option<(String, Vec<(FormKey, String)>)>,
}

/// A message's one selector, as read: the number it picks by, its forms, and its default form.
struct Selection {
    selector: String,
    forms: Vec<(FormKey, String)>,
    default: String,
}

const UNSUPPORTED: &str =
    "uses a Fluent feature this page does not support (only { $name } placeholders and one { $n -> … } selector)";

fn message_forms(pattern: &ast::Pattern<&str>) -> Result<Forms, String> {
    let mut before = String::new();
    let mut after = String::new();
    let mut selection: Option<Selection> = None;
    for element in &pattern.elements {
        let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id }, variants },
        } = element
        else {
            let text = if selection.is_some() { &mut after } else { &mut before };
            push_element(text, element)?;
            continue;
        };
        if selection.is_some() {
            return Err(UNSUPPORTED.into());
        }
        let mut forms = Vec::new();
        let mut default = String::new();
        for variant in variants {
            let mut words = String::new();
            for element in &variant.value.elements {
                push_element(&mut words, element)?;
            }
            if variant.default {
                default = words;
                continue;
            }
            let key = match &variant.key {
                ast::VariantKey::NumberLiteral { value } => FormKey::Exactly(
                    value.parse().map_err(|_| format!("has a form [{value}] that is not a whole number"))?,
                ),
                ast::VariantKey::Identifier { name } => {
                    FormKey::Category(PluralCategory::from_name(name).ok_or_else(|| {
                        format!("has a form [{name}], which is not one of zero, one, two, few, many, other")
                    })?)
                }
            };
            forms.push((key, words));
        }
        selection = Some(Selection { selector: id.name.to_owned(), forms, default });
    }
    // ASCII whitespace only: a translation's no-break spaces (French puts one
    // before "?" and ":") stay as written. Lines a translator wrapped are
    // joined with a space: each text is one paragraph.
    let joined =
        |middle: &str| format!("{before}{middle}{after}").split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    Ok(match selection {
        None => Forms { default: joined(""), plural: None },
        Some(Selection { selector, forms, default }) => Forms {
            default: joined(&default),
            plural: Some((selector, forms.into_iter().map(|(key, words)| (key, joined(&words))).collect())),
        },
    })
}

/// One part of a message's words, with each `{ $name }` kept as `{name}` for the page to fill in.
fn push_element(text: &mut String, element: &ast::PatternElement<&str>) -> Result<(), String> {
    match element {
        ast::PatternElement::TextElement { value } => text.push_str(value),
        ast::PatternElement::Placeable { expression } => match expression {
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                text.push('{');
                text.push_str(id.name);
                text.push('}');
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => text.push_str(value),
            _ => return Err(UNSUPPORTED.into()),
        },
    }
    Ok(())
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

    fn words_in(language: &str, source: &str) -> Words {
        let mut w = Words::empty(&format!("content/{language}"));
        w.file("my-dates.ftl");
        w.add_file(&format!("content/{language}/my-dates.ftl"), source);
        w
    }

    #[test]
    fn forms_for_numbers_are_read_with_the_words_around_them() {
        let w = words_in(
            "ar",
            "in-days = ({ $n ->\n    [two] بعد يومين\n    [few] بعد { $n } أيام\n   *[other] بعد { $n } يومًا\n})\n",
        );
        let days = w.plural("in-days", &["n"], "n");
        assert!(w.take_problems().is_empty());
        assert_eq!(days.default, "(بعد {n} يومًا)");
        assert_eq!(days.fill("n", 2, PluralCategory::Two), "(بعد يومين)");
        assert_eq!(days.fill("n", 5, PluralCategory::Few), "(بعد 5 أيام)");
        assert_eq!(days.fill("n", 12, PluralCategory::Many), "(بعد 12 يومًا)");
        assert_eq!(w.all_texts().len(), 3, "each form is checked like any text");
    }

    #[test]
    fn a_form_the_language_has_no_number_for_is_reported() {
        let w = words_in("de", "in-days = { $n ->\n    [few] in { $n } Tagen\n   *[other] in { $n } Tagen\n}\n");
        w.plural("in-days", &["n"], "n");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("[few] that no whole number takes"), "{}", problems[0]);
        assert!(problems[0].what_to_do.contains("one, other"), "{}", problems[0]);
    }

    #[test]
    fn a_form_that_is_no_plural_category_is_reported() {
        let w = words_in("en", "in-days = { $n ->\n    [several] in { $n } days\n   *[other] in { $n } days\n}\n");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("[several], which is not one of"), "{}", problems[0]);
    }

    #[test]
    fn forms_where_the_page_fills_in_no_number_are_reported() {
        let w = words_in("en", "title = { $n ->\n    [one] One step\n   *[other] Steps\n}\n");
        w.text("title");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("forms for numbers, but the page fills in no number"), "{}", problems[0]);
    }

    #[test]
    fn a_form_may_leave_the_number_out_but_fill_in_nothing_else() {
        let w = words_in("en", "in-days = { $n ->\n    [one] in { $day } day\n   *[other] in { $n } days\n}\n");
        w.plural("in-days", &["n"], "n");
        let problems = w.take_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("{ $day } where the page fills in { $n }"), "{}", problems[0]);
    }
}
