//! How the reader's list of questions is kept: the list's format for the
//! shared storage policy (`platform::kept`), and that policy's tests, on the
//! list: set aside, never overwritten, other tabs followed, storage refused.

use crate::platform::kept::{KeptFormat, KeptStore, Unreadable};
use crate::questions::{self, QuestionList, SET_ASIDE_PREFIX, STORAGE_KEY};

pub use crate::platform::kept::{NotKept, Status};

/// This release's words for a suggestion id, or `None` for an id it does not know.
type SuggestionText = Box<dyn Fn(&str) -> Option<String>>;

/// The list's stored format, with this release's words for each suggestion id.
pub struct QuestionFormat {
    suggestion_text: SuggestionText,
}

impl QuestionFormat {
    /// `suggestion_text` gives this release's words for a suggestion id, or
    /// `None` for an id it does not know.
    pub fn new(suggestion_text: impl Fn(&str) -> Option<String> + 'static) -> Self {
        Self { suggestion_text: Box::new(suggestion_text) }
    }
}

impl KeptFormat for QuestionFormat {
    type Value = QuestionList;

    fn key(&self) -> &'static str {
        STORAGE_KEY
    }

    fn set_aside_prefix(&self) -> &'static str {
        SET_ASIDE_PREFIX
    }

    fn decode(&self, stored: &str) -> Result<QuestionList, Unreadable> {
        questions::decode(stored, &self.suggestion_text)
    }

    fn encode(&self, list: &QuestionList) -> String {
        questions::encode(list)
    }

    fn is_empty(&self, list: &QuestionList) -> bool {
        list.is_empty()
    }
}

/// The reader's list in storage, for one tab.
pub type QuestionStore<S> = KeptStore<S, QuestionFormat>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::storage::MemoryStore;
    use proptest::prelude::*;

    fn known(id: &str) -> Option<String> {
        (id == "vaccines").then(|| "Which vaccines will I need to have again, and when?".to_owned())
    }

    fn list_of(own: &[&str]) -> QuestionList {
        let mut list = QuestionList::default();
        list.add_suggested("vaccines", &known("vaccines").unwrap());
        for text in own {
            list.add_own(text).unwrap();
        }
        list
    }

    const LATER_RELEASE: &str = "questions;2\nstarred\tvaccines\nown\tMy newer question";

    #[test]
    fn a_saved_list_opens_again() {
        let memory = MemoryStore::default();
        let (mut tab, opened) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        assert!(opened.is_empty());
        tab.save(&list_of(&["Can my partner stay?"]));
        let (again, reopened) = QuestionStore::open(memory, QuestionFormat::new(known));
        assert_eq!(reopened, list_of(&["Can my partner stay?"]));
        assert_eq!(again.status().not_kept, None);
    }

    #[test]
    fn an_empty_list_leaves_nothing_stored() {
        let memory = MemoryStore::default();
        let (mut tab, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        tab.save(&list_of(&[]));
        tab.save(&QuestionList::default());
        assert!(memory.is_empty());
    }

    #[test]
    fn a_later_releases_list_found_on_opening_is_set_aside_and_never_lost() {
        let memory = MemoryStore::default();
        memory.put(STORAGE_KEY, LATER_RELEASE);
        let (mut tab, opened) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        assert!(opened.is_empty());
        assert_eq!(tab.status().unreadable_found, Some(Unreadable::FutureVersion));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        tab.save(&list_of(&["New here"]));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        assert_eq!(tab.set_aside_text(), LATER_RELEASE);
    }

    #[test]
    fn set_aside_lists_take_the_first_free_number_and_show_in_order() {
        let memory = MemoryStore::default();
        memory.put(&format!("{SET_ASIDE_PREFIX}1"), "first");
        memory.put(&format!("{SET_ASIDE_PREFIX}10"), "tenth");
        memory.put(STORAGE_KEY, "garbage");
        let (tab, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}2")).as_deref(), Some("garbage"));
        assert_eq!(tab.set_aside_text(), "first\n\ngarbage\n\ntenth");
    }

    #[test]
    fn an_unreadable_list_that_cannot_be_set_aside_stays_and_is_not_saved_over() {
        let memory = MemoryStore::default();
        memory.put(STORAGE_KEY, LATER_RELEASE);
        memory.set_capacity(STORAGE_KEY.len() + LATER_RELEASE.len());
        let (mut tab, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        assert_eq!(tab.status().not_kept, Some(NotKept::UnreadableListInTheWay));
        tab.save(&list_of(&["Mine"]));
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert_eq!(tab.set_aside_text(), LATER_RELEASE);
        // The reader deletes it: this visit's list is kept from then on.
        memory.set_capacity(10_000);
        tab.delete_set_aside(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, None);
        assert_eq!(memory.peek(STORAGE_KEY), Some(questions::encode(&list_of(&["Mine"]))));
    }

    #[test]
    fn two_tabs_follow_each_other() {
        let memory = MemoryStore::default();
        let (mut first, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        let (mut second, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        first.save(&list_of(&["From the first tab"]));
        let followed = second.changed_elsewhere(memory.peek(STORAGE_KEY).as_deref(), &list_of(&[])).unwrap();
        assert_eq!(followed, list_of(&["From the first tab"]));
        let mut both = followed;
        both.add_own("From the second tab").unwrap();
        second.save(&both);
        let shown = list_of(&["From the first tab"]);
        assert_eq!(first.changed_elsewhere(memory.peek(STORAGE_KEY).as_deref(), &shown), Some(both.clone()));
        assert_eq!(first.changed_elsewhere(None, &both), Some(QuestionList::default()));
    }

    #[test]
    fn a_later_release_in_another_tab_is_never_saved_over() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        older.save(&list_of(&["Before"]));
        // The newer release in another tab writes its own format.
        memory.put(STORAGE_KEY, LATER_RELEASE);
        // The storage event arrives: this tab stops saving and says why.
        assert_eq!(older.changed_elsewhere(Some(LATER_RELEASE), &list_of(&["Before"])), None);
        assert!(older.status().changed_elsewhere);
        older.save(&list_of(&["Before", "After"]));
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert_eq!(older.status().not_kept, Some(NotKept::UnreadableListInTheWay));
    }

    #[test]
    fn when_the_list_in_the_way_is_set_aside_by_a_third_tab_this_tabs_list_is_kept_again() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        let shown = list_of(&["Typed while the newer list was in the way"]);
        memory.put(STORAGE_KEY, LATER_RELEASE);
        assert_eq!(older.changed_elsewhere(Some(LATER_RELEASE), &shown), None);
        // A third tab of this release opens and sets the newer list aside.
        let (third, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        assert_eq!(third.status().unreadable_found, Some(Unreadable::FutureVersion));
        assert_eq!(older.changed_elsewhere(None, &shown), None, "the reader's list stays on screen");
        assert_eq!(memory.peek(STORAGE_KEY), Some(questions::encode(&shown)));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        assert_eq!(older.status().not_kept, None);
        assert!(!older.status().changed_elsewhere);
    }

    #[test]
    fn a_later_release_in_another_tab_is_not_saved_over_even_before_its_event_arrives() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        older.save(&list_of(&["Before"]));
        memory.put(STORAGE_KEY, LATER_RELEASE);
        older.save(&list_of(&["Before", "After"]));
        older.save(&QuestionList::default());
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert!(older.status().changed_elsewhere);
        assert_eq!(older.set_aside_text(), LATER_RELEASE);
    }

    #[test]
    fn blocked_storage_keeps_the_list_for_the_visit_and_says_so() {
        let (mut tab, opened) = QuestionStore::open(MemoryStore::blocked(), QuestionFormat::new(known));
        assert!(opened.is_empty());
        assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        tab.save(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        assert_eq!(tab.set_aside_text(), "");
    }

    #[test]
    fn full_storage_says_so_and_recovers_when_there_is_room() {
        let memory = MemoryStore::default();
        let (mut tab, _) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
        memory.set_capacity(20);
        tab.save(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        memory.set_capacity(10_000);
        tab.save(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Whatever storage holds when the page opens, and whatever the tab
        /// then saves, what was stored is still there, as it was.
        #[test]
        fn nothing_stored_is_ever_lost(stored in "\\PC{0,120}|questions;[0-9]{1,3}\n\\PC{0,60}", typed in "[a-z ?]{1,40}") {
            let memory = MemoryStore::default();
            memory.put(STORAGE_KEY, &stored);
            let (mut tab, opened) = QuestionStore::open(memory.clone(), QuestionFormat::new(known));
            let mut list = opened.clone();
            let _ = list.add_own(&typed);
            tab.save(&list);
            let readable = questions::decode(&stored, known).is_ok();
            if readable {
                prop_assert_eq!(tab.status().unreadable_found, None);
            } else {
                prop_assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")), Some(stored.clone()));
                prop_assert!(tab.set_aside_text().contains(&stored));
            }
        }
    }
}
