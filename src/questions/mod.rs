//! The reader's own list of questions for their MS team, and the way it is
//! kept in the browser: pure logic, no browser.
//!
//! Stored format, version 1, lines joined by "\n":
//!
//! ```text
//! questions;1
//! suggested<TAB>before-likely-to-help<TAB>How likely is aHSCT to help me…?
//! own<TAB>Can my partner stay with me in hospital?
//! ```
//!
//! A suggested question carries its words as well as its id, so a release
//! that drops or renames a suggestion turns it into the reader's own question
//! instead of losing it. Anything else (corrupt, hand-edited, from a future
//! version) is "unreadable": the app starts a fresh list and keeps the
//! unreadable value aside under another key, because it is the reader's work.

pub mod add_form;
pub mod earlier_list;
pub mod list_actions;
pub mod list_count;
pub mod my_list;
pub mod state;
pub mod store;
pub mod suggested;
#[cfg(not(target_arch = "wasm32"))]
pub mod tool;

/// Where the list lives in `localStorage`.
pub const STORAGE_KEY: &str = "ahsct-explainer.questions";
/// Unreadable lists are copied to this prefix plus 1, 2, 3… (the first free one).
pub const SET_ASIDE_PREFIX: &str = "ahsct-explainer.questions.unreadable-";
const HEADER: &str = "questions;1";
const HEADER_NAME: &str = "questions;";

/// The longest question a reader can add, in characters.
pub const MAX_QUESTION_CHARS: usize = 300;
/// A list longer than this is not a real reader's list; it is refused as corrupt
/// rather than rendered.
const MAX_QUESTIONS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Question {
    /// One of the explainer's suggestions, ticked by the reader.
    Suggested { id: String, text: String },
    /// Typed by the reader.
    Own { text: String },
}

impl Question {
    pub fn text(&self) -> &str {
        match self {
            Question::Suggested { text, .. } | Question::Own { text } => text,
        }
    }

    pub fn is_own(&self) -> bool {
        matches!(self, Question::Own { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    /// Nothing but spaces.
    Empty,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionList {
    items: Vec<Question>,
}

impl QuestionList {
    pub fn items(&self) -> &[Question] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn has_suggested(&self, id: &str) -> bool {
        self.items.iter().any(|q| matches!(q, Question::Suggested { id: i, .. } if i == id))
    }

    /// Ticking a suggestion puts it at the end of the list, once.
    pub fn add_suggested(&mut self, id: &str, text: &str) {
        if !self.has_suggested(id) {
            self.items.push(Question::Suggested { id: id.to_owned(), text: text.to_owned() });
        }
    }

    /// A suggestion whose words were corrected under a new id: the stored
    /// one takes the new id and words, in its place (or goes, if the new one
    /// is in the list already).
    pub fn replace_suggested(&mut self, retired_id: &str, current_id: &str, text: &str) {
        let Some(at) = self.items.iter().position(|q| matches!(q, Question::Suggested { id, .. } if id == retired_id))
        else {
            return;
        };
        if self.has_suggested(current_id) {
            self.items.remove(at);
        } else {
            self.items[at] = Question::Suggested { id: current_id.to_owned(), text: text.to_owned() };
        }
    }

    pub fn remove_suggested(&mut self, id: &str) {
        self.items.retain(|q| !matches!(q, Question::Suggested { id: i, .. } if i == id));
    }

    /// Adds the reader's own words, tidied (see [`tidy`]), at the end.
    pub fn add_own(&mut self, typed: &str) -> Result<(), AddError> {
        let text = tidy(typed);
        if text.is_empty() {
            return Err(AddError::Empty);
        }
        self.items.push(Question::Own { text });
        Ok(())
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }

    /// Moves a question one place up; returns its new place.
    pub fn move_up(&mut self, index: usize) -> Option<usize> {
        (index > 0 && index < self.items.len()).then(|| {
            self.items.swap(index, index - 1);
            index - 1
        })
    }

    /// Moves a question one place down; returns its new place.
    pub fn move_down(&mut self, index: usize) -> Option<usize> {
        (index + 1 < self.items.len()).then(|| {
            self.items.swap(index, index + 1);
            index + 1
        })
    }

    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// The list as plain text, for the clipboard: a title, then numbered lines.
    pub fn as_plain_text(&self, title: &str) -> String {
        let mut text = format!("{title}\n\n");
        for (number, question) in self.items.iter().enumerate() {
            text.push_str(&format!("{}. {}\n", number + 1, question.text()));
        }
        text
    }
}

/// What a reader typed, made fit to keep: line breaks, tabs and other control
/// characters become spaces, runs of spaces one, the ends trimmed, and at most
/// [`MAX_QUESTION_CHARS`] characters. HTML stays as the text it is: views
/// only ever show it as text.
pub fn tidy(typed: &str) -> String {
    let spaced: String = typed.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.join(" ").chars().take(MAX_QUESTION_CHARS).collect::<String>().trim_end().to_owned()
}

pub fn encode(list: &QuestionList) -> String {
    let mut lines = vec![HEADER.to_owned()];
    for question in &list.items {
        lines.push(match question {
            Question::Suggested { id, text } => format!("suggested\t{id}\t{text}"),
            Question::Own { text } => format!("own\t{text}"),
        });
    }
    lines.join("\n")
}

/// Why a stored list could not be used (shared with everything the page keeps).
pub use crate::platform::kept::Unreadable;

/// Reads a stored list. `suggestion_text` gives this release's words for a
/// suggestion id, or `None` for an id it does not know.
pub fn decode(stored: &str, suggestion_text: impl Fn(&str) -> Option<String>) -> Result<QuestionList, Unreadable> {
    let mut lines = stored.split('\n');
    let header = lines.next().unwrap_or_default();
    if header != HEADER {
        // A later version is a whole number above 1, written without leading
        // zeros (checked by hand: integer parsing would add to the WebAssembly).
        let version = header.strip_prefix(HEADER_NAME).unwrap_or_default();
        let is_later = !version.is_empty()
            && version.len() <= 9
            && version.bytes().all(|b| b.is_ascii_digit())
            && !version.starts_with('0')
            && version != "1";
        return Err(if is_later { Unreadable::FutureVersion } else { Unreadable::Corrupt });
    }
    let mut list = QuestionList::default();
    for line in lines {
        let question = match line.split('\t').collect::<Vec<_>>()[..] {
            ["suggested", id, text] if is_id(id) && is_kept_text(text) => match suggestion_text(id) {
                Some(current) => Question::Suggested { id: id.to_owned(), text: current },
                // A suggestion this release no longer has stays, as the reader's own.
                None => Question::Own { text: text.to_owned() },
            },
            ["own", text] if is_kept_text(text) => Question::Own { text: text.to_owned() },
            _ => return Err(Unreadable::Corrupt),
        };
        if list.items.len() == MAX_QUESTIONS {
            return Err(Unreadable::Corrupt);
        }
        if let Question::Suggested { id, .. } = &question {
            if list.has_suggested(id) {
                return Err(Unreadable::Corrupt);
            }
        }
        list.items.push(question);
    }
    Ok(list)
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Text as [`tidy`] leaves it; anything else was not written by this app.
fn is_kept_text(text: &str) -> bool {
    !text.is_empty() && tidy(text) == text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_suggestion_takes_its_new_id_and_words_in_its_place() {
        let mut list = QuestionList::default();
        list.add_own("Mine").unwrap();
        list.add_suggested("trials", "Old words naming a closed trial?");
        list.add_suggested("vaccines", "Which vaccines?");
        list.replace_suggested("trials", "trial-still-open", "Is there a trial still open?");
        assert_eq!(
            list.items()[1],
            Question::Suggested { id: "trial-still-open".into(), text: "Is there a trial still open?".into() }
        );
        assert_eq!(list.len(), 3);
        // Already in the list under its new id: the old one simply goes.
        list.add_suggested("trials", "Old words naming a closed trial?");
        list.replace_suggested("trials", "trial-still-open", "Is there a trial still open?");
        assert_eq!(list.len(), 3);
        assert!(!list.has_suggested("trials"));
    }
    use proptest::prelude::*;

    fn known(id: &str) -> Option<String> {
        match id {
            "vaccines" => Some("Which vaccines will I need to have again, and when?".into()),
            "fertility" => Some("How could this affect my fertility?".into()),
            _ => None,
        }
    }

    fn sample() -> QuestionList {
        let mut list = QuestionList::default();
        list.add_suggested("vaccines", &known("vaccines").unwrap());
        list.add_own("Can my partner stay with me?").unwrap();
        list.add_suggested("fertility", &known("fertility").unwrap());
        list
    }

    #[test]
    fn a_list_survives_a_round_trip() {
        let list = sample();
        assert_eq!(decode(&encode(&list), known), Ok(list));
        assert_eq!(decode(&encode(&QuestionList::default()), known), Ok(QuestionList::default()));
    }

    #[test]
    fn the_stored_format_is_stable() {
        assert_eq!(
            encode(&sample()),
            "questions;1\nsuggested\tvaccines\tWhich vaccines will I need to have again, and when?\n\
             own\tCan my partner stay with me?\nsuggested\tfertility\tHow could this affect my fertility?"
        );
    }

    #[test]
    fn a_list_written_by_an_earlier_release_is_read_with_todays_wording() {
        let stored = "questions;1\nsuggested\tvaccines\tWhich vaccines again?";
        let list = decode(stored, known).unwrap();
        assert_eq!(list.items()[0].text(), known("vaccines").unwrap());
    }

    #[test]
    fn a_suggestion_this_release_does_not_know_becomes_the_readers_own() {
        let stored = "questions;1\nsuggested\tdropped-one\tAn old question";
        let list = decode(stored, known).unwrap();
        assert_eq!(list.items(), &[Question::Own { text: "An old question".into() }]);
    }

    #[test]
    fn a_future_version_is_unreadable_and_named_as_such() {
        for stored in ["questions;2\nown\tfrom the future", "questions;17", "questions;2\n{\"json\":true}"] {
            assert_eq!(decode(stored, known), Err(Unreadable::FutureVersion), "{stored:?}");
        }
    }

    #[test]
    fn corrupt_values_are_unreadable() {
        let long = format!("questions;1\nown\t{}", "x".repeat(MAX_QUESTION_CHARS + 1));
        let many = format!("questions;1{}", "\nown\tq".repeat(MAX_QUESTIONS + 1));
        for stored in [
            "",
            "{\"broken",
            "questions;0",
            "questions;02",
            "questions;-2",
            "questions;+2",
            "questions;1.5",
            "questions;x",
            "Questions;1",
            "questions;1\n",
            "questions;1\nown",
            "questions;1\nown\t",
            "questions;1\nown\t  padded  ",
            "questions;1\nmine\tq",
            "questions;1\nown\ta\tb",
            "questions;1\nsuggested\tvaccines",
            "questions;1\nsuggested\tBad Id\tq",
            "questions;1\r\nown\tq",
            "questions;1\nsuggested\tvaccines\tq\nsuggested\tvaccines\tq",
            &long,
            &many,
        ] {
            assert_eq!(decode(stored, known), Err(Unreadable::Corrupt), "{stored:?}");
        }
    }

    /// Opens the list the way the page does (`platform::kept`), over `stored`.
    fn open(stored: Option<&str>) -> (QuestionList, Option<Unreadable>) {
        use crate::platform::storage::MemoryStore;
        use crate::questions::store::{QuestionFormat, QuestionStore};
        let memory = MemoryStore::default();
        if let Some(value) = stored {
            memory.put(STORAGE_KEY, value);
        }
        let (tab, list) = QuestionStore::open(memory, QuestionFormat::new(known));
        (list, tab.status().unreadable_found)
    }

    #[test]
    fn loading_nothing_gives_an_empty_list_and_no_warning() {
        assert_eq!(open(None), (QuestionList::default(), None));
    }

    #[test]
    fn loading_an_unreadable_value_gives_an_empty_list_and_says_why() {
        let (list, unreadable) = open(Some("questions;3\nown\tq"));
        assert!(list.is_empty());
        assert_eq!(unreadable, Some(Unreadable::FutureVersion));
    }

    #[test]
    fn the_set_aside_key_is_the_first_free_one() {
        let set_aside_key =
            |is_taken: &dyn Fn(&str) -> bool| crate::platform::kept::set_aside_key(SET_ASIDE_PREFIX, is_taken);
        assert_eq!(set_aside_key(&|_| false), "ahsct-explainer.questions.unreadable-1");
        let taken = ["ahsct-explainer.questions.unreadable-1", "ahsct-explainer.questions.unreadable-2"];
        assert_eq!(set_aside_key(&|key| taken.contains(&key)), "ahsct-explainer.questions.unreadable-3");
    }

    #[test]
    fn ticking_twice_keeps_one_and_unticking_removes_it() {
        let mut list = QuestionList::default();
        list.add_suggested("vaccines", "q");
        list.add_suggested("vaccines", "q");
        assert_eq!(list.len(), 1);
        list.remove_suggested("vaccines");
        assert!(list.is_empty());
    }

    #[test]
    fn moving_stops_at_the_ends() {
        let mut list = sample();
        assert_eq!(list.move_up(0), None);
        assert_eq!(list.move_down(2), None);
        assert_eq!(list.move_up(2), Some(1));
        assert_eq!(list.items()[1].text(), known("fertility").unwrap());
        assert_eq!(list.move_down(0), Some(1));
        assert_eq!(list.items()[0].text(), known("fertility").unwrap());
        assert_eq!(list.move_up(9), None);
    }

    #[test]
    fn removing_and_clearing() {
        let mut list = sample();
        list.remove(1);
        assert!(list.items().iter().all(|q| !q.is_own()));
        list.remove(7);
        assert_eq!(list.len(), 2);
        list.clear();
        assert!(list.is_empty());
    }

    #[test]
    fn typed_text_is_tidied_and_limited() {
        assert_eq!(tidy("  Can I\ndrive\t after?  "), "Can I drive after?");
        assert_eq!(tidy(&"é".repeat(400)).chars().count(), MAX_QUESTION_CHARS);
        let mut list = QuestionList::default();
        assert_eq!(list.add_own(" \n\t "), Err(AddError::Empty));
        list.add_own("<b>bold?</b> & <script>x</script>").unwrap();
        assert_eq!(list.items()[0].text(), "<b>bold?</b> & <script>x</script>");
    }

    #[test]
    fn plain_text_numbers_the_questions() {
        assert_eq!(
            sample().as_plain_text("Questions for my MS team"),
            "Questions for my MS team\n\n1. Which vaccines will I need to have again, and when?\n\
             2. Can my partner stay with me?\n3. How could this affect my fertility?\n"
        );
    }

    proptest! {
        #[test]
        fn any_typed_question_survives_storage_as_tidied(typed in any::<String>(), also in any::<String>()) {
            let mut list = QuestionList::default();
            let added = list.add_own(&typed).is_ok();
            prop_assert_eq!(added, !tidy(&typed).is_empty());
            let _ = list.add_own(&also);
            let decoded = decode(&encode(&list), known);
            prop_assert_eq!(decoded, Ok(list.clone()));
            for question in list.items() {
                prop_assert!(question.text().chars().count() <= MAX_QUESTION_CHARS);
                prop_assert!(!question.text().contains(['\n', '\t']));
            }
        }

        #[test]
        fn any_stored_string_is_read_or_refused_never_a_panic(stored in any::<String>()) {
            let _ = open(Some(&stored));
        }

        #[test]
        fn any_string_after_a_valid_header_is_read_or_refused(rest in any::<String>()) {
            let stored = format!("questions;1\n{rest}");
            if let Ok(list) = decode(&stored, known) {
                prop_assert_eq!(decode(&encode(&list), known), Ok(list));
            }
        }
    }
}
