//! My dates: the dates a reader's team gave them for the steps, with a short
//! note each, kept in this browser. Pure logic here, tested natively: the
//! dates themselves (`calendar.rs`), what the page says about them
//! (`schedule.rs`), the calendar file (`ics.rs`), and the stored format.
//!
//! Stored format, one line per dated step, after a header with the format's
//! version:
//!
//! ```text
//! my-dates;1
//! collection<TAB>2027-02-01<TAB>Bring a book
//! ```
//!
//! Steps are named by their stable ids, so dates made in one language show
//! in another. A note keeps its tabs, line breaks and backslashes escaped
//! (`\t`, `\n`, `\\`). Anything else (corrupt, hand-edited, from a later
//! release) is unreadable and is never written over: the reader's dates are
//! their work.

pub mod browser;
pub mod calendar;
pub mod ics;
pub mod panel;
pub mod schedule;
pub mod state;
pub mod step_date;
pub mod words;

/// The step whose date is Day 0 of the transplant day count (its stable id,
/// as `content/loading/structure.rs` names it).
pub const REINFUSION_STEP_ID: &str = "reinfusion";

use calendar::Date;

/// Where the dates live in `localStorage`.
pub const STORAGE_KEY: &str = "ahsct-explainer.my-dates";
/// Unreadable dates are copied to this prefix plus 1, 2, 3… (the first free one).
pub const SET_ASIDE_PREFIX: &str = "ahsct-explainer.my-dates.unreadable-";
const HEADER: &str = "my-dates;1";
const HEADER_NAME: &str = "my-dates;";
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 200;
/// More dated steps than this is not a reader's list: it is refused as corrupt.
const MAX_ENTRIES: usize = 100;
const MAX_STEP_ID_CHARS: usize = 40;

/// A date for one step, and the reader's note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyDate {
    pub step_id: String,
    pub date: Date,
    pub note: String,
}

/// Every dated step, in the order they were first dated. Steps this page
/// does not know (from another release) are kept and written back, never dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MyDates {
    entries: Vec<MyDate>,
}

impl MyDates {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn get(&self, step_id: &str) -> Option<&MyDate> {
        self.entries.iter().find(|entry| entry.step_id == step_id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &MyDate> {
        self.entries.iter()
    }

    /// Sets a step's date and note, replacing any it had. The note is cut
    /// to its limit and trimmed. Returns false, changing nothing, for what
    /// the stored format could not hold (a step id not of this page's kind,
    /// or more steps than any page has): what is set can always be read back.
    pub fn set(&mut self, step_id: &str, date: Date, note: &str) -> bool {
        let note = tidy_note(note);
        let room = self.entries.len() < MAX_ENTRIES;
        match self.entries.iter_mut().find(|entry| entry.step_id == step_id) {
            Some(entry) => {
                entry.date = date;
                entry.note = note;
            }
            None if is_step_id(step_id) && room => {
                self.entries.push(MyDate { step_id: step_id.to_owned(), date, note });
            }
            None => return false,
        }
        true
    }

    pub fn remove(&mut self, step_id: &str) {
        self.entries.retain(|entry| entry.step_id != step_id);
    }
}

/// A step's id as the format keeps it: lower-case letters, digits and hyphens.
fn is_step_id(step_id: &str) -> bool {
    !step_id.is_empty()
        && step_id.len() <= MAX_STEP_ID_CHARS
        && step_id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A note as it is kept: line breaks as `\n`, no other control characters
/// but tabs, trimmed, and at most `MAX_NOTE_CHARS` characters.
pub fn tidy_note(note: &str) -> String {
    let lines = note.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = lines.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect();
    kept.trim().chars().take(MAX_NOTE_CHARS).collect::<String>().trim_end().to_owned()
}

/// Why stored dates could not be read (shared with everything the page keeps).
pub use crate::platform::kept::Unreadable;

pub fn encode(dates: &MyDates) -> String {
    let mut text = HEADER.to_owned();
    for entry in &dates.entries {
        text.push('\n');
        text.push_str(&entry.step_id);
        text.push('\t');
        text.push_str(&entry.date.iso());
        text.push('\t');
        for c in entry.note.chars() {
            match c {
                '\\' => text.push_str("\\\\"),
                '\t' => text.push_str("\\t"),
                '\n' => text.push_str("\\n"),
                c => text.push(c),
            }
        }
    }
    text
}

pub fn decode(stored: &str) -> Result<MyDates, Unreadable> {
    let mut lines = stored.split('\n');
    let header = lines.next().unwrap_or_default();
    if header != HEADER {
        let version = header.strip_prefix(HEADER_NAME).unwrap_or_default();
        let later = !version.is_empty()
            && version.bytes().all(|b| b.is_ascii_digit())
            && !version.starts_with('0')
            && version != "1";
        return Err(if later { Unreadable::FutureVersion } else { Unreadable::Corrupt });
    }
    let mut dates = MyDates::default();
    for line in lines {
        let mut fields = line.splitn(3, '\t');
        let (Some(step_id), Some(date), Some(note)) = (fields.next(), fields.next(), fields.next()) else {
            return Err(Unreadable::Corrupt);
        };
        let plain_id = is_step_id(step_id);
        let date = Date::parse_iso(date).ok_or(Unreadable::Corrupt)?;
        let note = unescape(note).ok_or(Unreadable::Corrupt)?;
        if !plain_id || note.chars().count() > MAX_NOTE_CHARS || dates.get(step_id).is_some() {
            return Err(Unreadable::Corrupt);
        }
        dates.entries.push(MyDate { step_id: step_id.to_owned(), date, note });
        if dates.entries.len() > MAX_ENTRIES {
            return Err(Unreadable::Corrupt);
        }
    }
    Ok(dates)
}

fn unescape(note: &str) -> Option<String> {
    let mut text = String::with_capacity(note.len());
    let mut chars = note.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => text.push(match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                _ => return None,
            }),
            '\t' | '\r' => return None,
            c => text.push(c),
        }
    }
    Some(text)
}

/// The dates' stored format, for the storage policy every kept thing shares
/// (`platform::kept`: set aside, never overwritten, other tabs followed).
#[derive(Debug, Clone, Copy, Default)]
pub struct MyDatesFormat;

impl crate::platform::kept::KeptFormat for MyDatesFormat {
    type Value = MyDates;

    fn key(&self) -> &'static str {
        STORAGE_KEY
    }

    fn set_aside_prefix(&self) -> &'static str {
        SET_ASIDE_PREFIX
    }

    fn decode(&self, stored: &str) -> Result<MyDates, Unreadable> {
        decode(stored)
    }

    fn encode(&self, dates: &MyDates) -> String {
        encode(dates)
    }

    fn is_empty(&self, dates: &MyDates) -> bool {
        dates.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).expect("a date")
    }

    fn sample() -> MyDates {
        let mut dates = MyDates::default();
        assert!(dates.set("collection", date("2027-02-01"), "Bring a book\tand snacks\nAsk: C:\\path?"));
        assert!(dates.set("reinfusion", date("2027-02-10"), ""));
        dates
    }

    #[test]
    fn dates_survive_a_round_trip() {
        assert_eq!(decode(&encode(&sample())), Ok(sample()));
        assert_eq!(decode(&encode(&MyDates::default())), Ok(MyDates::default()));
    }

    #[test]
    fn the_stored_format_is_stable() {
        assert_eq!(
            encode(&sample()),
            "my-dates;1\ncollection\t2027-02-01\tBring a book\\tand snacks\\nAsk: C:\\\\path?\nreinfusion\t2027-02-10\t"
        );
    }

    #[test]
    fn later_versions_and_damage_are_told_apart() {
        assert_eq!(decode("my-dates;2\nx\t2027-01-01\t"), Err(Unreadable::FutureVersion));
        assert_eq!(decode("my-dates;17"), Err(Unreadable::FutureVersion));
        for bad in [
            "",
            "my-dates;0",
            "my-dates;01",
            "my-dates;1.1",
            "questions;1",
            "my-dates;1\ncollection\t2027-02-30\t",
            "my-dates;1\ncollection\t2027-02-01",
            "my-dates;1\nCollection\t2027-02-01\t",
            "my-dates;1\n\t2027-02-01\t",
            "my-dates;1\ncollection\t2027-02-01\tbad \\x escape",
            "my-dates;1\ncollection\t2027-02-01\ttrailing \\",
            "my-dates;1\ncollection\t2027-02-01\ta\nreinfusion\t2027-02-10\tb\ncollection\t2027-03-01\tc",
            "my-dates;1\n",
            "my-dates;1\r\ncollection\t2027-02-01\t",
            &format!("my-dates;1\ncollection\t2027-02-01\t{}", "x".repeat(201)),
            &format!("my-dates;1\n{}\t2027-02-01\t", "a".repeat(41)),
        ] {
            assert_eq!(decode(bad), Err(Unreadable::Corrupt), "{bad:?}");
        }
    }

    #[test]
    fn steps_this_page_does_not_know_are_kept() {
        let stored = "my-dates;1\nstep-from-a-later-release\t2027-05-01\tkeep me";
        let dates = decode(stored).unwrap();
        assert_eq!(encode(&dates), stored);
    }

    #[test]
    fn a_note_keeps_its_line_breaks_and_loses_other_control_characters() {
        assert_eq!(tidy_note("a\r\nb\rc\u{7}\td\u{0}"), "a\nb\nc\td");
    }

    #[test]
    fn a_note_is_trimmed_and_kept_to_200_characters() {
        let mut dates = MyDates::default();
        assert!(dates.set("storage", date("2027-02-02"), &format!("  {}  ", "é".repeat(250))));
        assert!(!dates.set("Storage", date("2027-02-02"), "an id the format cannot hold"));
        assert_eq!(dates.get("storage").unwrap().note.chars().count(), MAX_NOTE_CHARS);
        assert!(dates.set("storage", date("2027-02-03"), "  new  "));
        assert_eq!(dates.get("storage").unwrap().note, "new");
        assert_eq!(dates.len(), 1, "a step's date is replaced, not added twice");
        dates.remove("storage");
        assert!(dates.is_empty());
    }

    #[test]
    fn nothing_stored_and_unreadable_values() {
        use crate::platform::kept::{set_aside_key, KeptStore};
        use crate::platform::storage::MemoryStore;
        let load = |stored: Option<&str>| {
            let memory = MemoryStore::default();
            if let Some(value) = stored {
                memory.put(STORAGE_KEY, value);
            }
            let (tab, dates) = KeptStore::open(memory, MyDatesFormat);
            (dates, tab.status().unreadable_found)
        };
        assert_eq!(load(None), (MyDates::default(), None));
        assert_eq!(load(Some("my-dates;9")), (MyDates::default(), Some(Unreadable::FutureVersion)));
        assert_eq!(load(Some("{\"broken")), (MyDates::default(), Some(Unreadable::Corrupt)));
        assert_eq!(set_aside_key(SET_ASIDE_PREFIX, |key| key.ends_with("-1")), format!("{SET_ASIDE_PREFIX}2"));
    }

    mod kept {
        use super::*;
        use crate::platform::kept::{KeptStore, NotKept};
        use crate::platform::storage::MemoryStore;

        #[test]
        fn dates_from_a_later_release_are_set_aside_and_a_second_tab_is_followed() {
            let memory = MemoryStore::default();
            memory.put(STORAGE_KEY, "my-dates;2\ncollection\t2027-02-01\tfrom the future");
            let (mut first, opened) = KeptStore::open(memory.clone(), MyDatesFormat);
            assert!(opened.is_empty());
            assert_eq!(first.status().unreadable_found, Some(Unreadable::FutureVersion));
            assert_eq!(
                memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(),
                Some("my-dates;2\ncollection\t2027-02-01\tfrom the future")
            );
            first.save(&sample());
            let (mut second, reopened) = KeptStore::open(memory.clone(), MyDatesFormat);
            assert_eq!(reopened, sample());
            let mut changed = sample();
            changed.remove("collection");
            second.save(&changed);
            assert_eq!(first.changed_elsewhere(memory.peek(STORAGE_KEY).as_deref(), &sample()), Some(changed.clone()));
            // Cleared in one tab: the key is gone, and the other tab shows no dates.
            second.save(&MyDates::default());
            assert_eq!(memory.peek(STORAGE_KEY), None);
            assert_eq!(first.changed_elsewhere(None, &changed), Some(MyDates::default()));
        }

        #[test]
        fn blocked_storage_keeps_the_dates_for_the_visit_and_says_so() {
            let (mut tab, _) = KeptStore::open(MemoryStore::blocked(), MyDatesFormat);
            tab.save(&sample());
            assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        }
    }

    fn any_note() -> impl Strategy<Value = String> {
        proptest::collection::vec(prop_oneof![any::<char>(), Just('\t'), Just('\n'), Just('\\')], 0..200)
            .prop_map(|chars| tidy_note(&chars.into_iter().collect::<String>()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn any_dates_survive_a_round_trip(
            entries in proptest::collection::vec((".{0,45}", 10_957i32..25_000, any_note()), 0..12)
        ) {
            let mut dates = MyDates::default();
            for (step, days, note) in &entries {
                // Whatever is set, the format holds: ids it cannot hold are refused.
                let _ = dates.set(step, Date::from_ymd(1970, 1, 1).unwrap().add_days(*days), note);
            }
            prop_assert_eq!(decode(&encode(&dates)), Ok(dates));
        }

        #[test]
        fn any_stored_text_is_read_or_refused_calmly(text in "(?s).{0,300}|my-dates;1\n[a-z-]{1,12}\t[0-9-]{10}\t.{0,40}(\n.{0,60}){0,3}") {
            if let Ok(dates) = decode(&text) {
                prop_assert_eq!(encode(&dates), text);
            }
        }

        #[test]
        fn damaged_dates_are_refused_calmly(
            cut in 0usize..80, flip in any::<u8>()
        ) {
            let mut bytes = encode(&sample()).into_bytes();
            let at = cut.min(bytes.len() - 1);
            bytes[at] ^= flip | 1;
            if let Ok(text) = String::from_utf8(bytes) {
                if let Ok(dates) = decode(&text) {
                    prop_assert_eq!(encode(&dates), text);
                }
            }
        }
    }
}
