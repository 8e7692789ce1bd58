//! How the reader's list of questions is kept, over any [`Store`]: the
//! promises the README makes, in one place and tested natively.
//!
//! - A stored list this release cannot read (corrupt, or from a later
//!   release) is never written over: on opening it is copied aside under a
//!   numbered key; found later (another tab wrote it) it is left where it is
//!   and this tab stops saving.
//! - A list changed in another tab is followed, so neither tab saves over the other.
//! - Blocked or full storage: the list works for the visit, and the page says so.

use crate::platform::storage::Store;
use crate::questions::{self, QuestionList, Unreadable, SET_ASIDE_PREFIX, STORAGE_KEY};

/// Why the list is not being kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotKept {
    /// Storage is blocked or full.
    StorageRefused,
    /// Storage holds a list this release cannot read, which it must not
    /// replace: until the reader deletes it, this visit's list is not saved.
    UnreadableListInTheWay,
}

/// What the page should show after opening or after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// A list was found that could not be read (it is kept, aside or in place).
    pub unreadable_found: Option<Unreadable>,
    /// Another tab wrote a list this release cannot read.
    pub changed_elsewhere: bool,
    pub not_kept: Option<NotKept>,
}

/// The reader's list in storage, for one tab.
pub struct QuestionStore<S: Store> {
    store: S,
    /// An unreadable list sits under the list's own key: never save over it.
    unreadable_in_place: bool,
    status: Status,
}

impl<S: Store> QuestionStore<S> {
    /// Reads what is stored. An unreadable list is copied aside before
    /// anything could replace it; where it cannot be copied, it stays in place.
    pub fn open(store: S, suggestion_text: impl Fn(&str) -> Option<String>) -> (Self, QuestionList) {
        let stored = store.get(STORAGE_KEY).ok().flatten();
        let loaded = questions::load(stored.as_deref(), suggestion_text);
        let mut this = Self {
            unreadable_in_place: false,
            status: Status { unreadable_found: loaded.unreadable, changed_elsewhere: false, not_kept: None },
            store,
        };
        if let (Some(_), Some(unreadable)) = (loaded.unreadable, stored) {
            let aside = questions::set_aside_key(|key| this.store.get(key).ok().flatten().is_some());
            let moved = this.store.set(&aside, &unreadable).is_ok() && this.store.remove(STORAGE_KEY).is_ok();
            this.unreadable_in_place = !moved;
        }
        this.status.not_kept = if !this.store.is_available() {
            Some(NotKept::StorageRefused)
        } else if this.unreadable_in_place {
            Some(NotKept::UnreadableListInTheWay)
        } else {
            None
        };
        (this, loaded.list)
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Keeps the list, unless that would replace a list this release cannot
    /// read: storage is checked first, since another tab may have written
    /// one since this tab last looked.
    pub fn save(&mut self, list: &QuestionList) {
        if !self.unreadable_in_place {
            if let Ok(Some(current)) = self.store.get(STORAGE_KEY) {
                if let Err(why) = questions::decode(&current, |_| None) {
                    self.found_unreadable_from_elsewhere(why);
                }
            }
        }
        if self.unreadable_in_place {
            self.status.not_kept = Some(NotKept::UnreadableListInTheWay);
            return;
        }
        let written = if list.is_empty() {
            self.store.remove(STORAGE_KEY)
        } else {
            self.store.set(STORAGE_KEY, &questions::encode(list))
        };
        self.status.not_kept = written.is_err().then_some(NotKept::StorageRefused);
    }

    /// Another tab changed the stored list (`None`: it removed it). Returns
    /// the list to show, or `None` to keep showing `shown`: when the new
    /// value cannot be read (`shown` is then no longer saved), or when the
    /// unreadable list that stopped this tab saving has gone (`shown`, the
    /// only copy of this visit's list, is then saved).
    pub fn changed_elsewhere(
        &mut self,
        new_value: Option<&str>,
        shown: &QuestionList,
        suggestion_text: impl Fn(&str) -> Option<String>,
    ) -> Option<QuestionList> {
        match new_value.map(|value| questions::decode(value, suggestion_text)) {
            None if self.unreadable_in_place => {
                // Set aside by a tab that opened since, or deleted there.
                self.unreadable_in_place = false;
                self.status.changed_elsewhere = false;
                self.save(shown);
                None
            }
            None => Some(QuestionList::default()),
            Some(Ok(list)) => Some(list),
            Some(Err(why)) => {
                self.found_unreadable_from_elsewhere(why);
                None
            }
        }
    }

    fn found_unreadable_from_elsewhere(&mut self, why: Unreadable) {
        self.unreadable_in_place = true;
        self.status.changed_elsewhere = true;
        self.status.unreadable_found = Some(why);
        self.status.not_kept = Some(NotKept::UnreadableListInTheWay);
    }

    /// Every list kept because it could not be read, oldest first, as the
    /// text it is: the reader may still find their questions in it.
    pub fn earlier_lists(&self) -> String {
        let mut found = Vec::new();
        if self.unreadable_in_place {
            found.extend(self.store.get(STORAGE_KEY).ok().flatten());
        }
        let mut aside = self.store.keys_with_prefix(SET_ASIDE_PREFIX);
        // Numbered 1, 2, … 10: shorter numbers first puts them in order
        // without parsing them.
        aside.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        found.extend(aside.iter().filter_map(|key| self.store.get(key).ok().flatten()));
        found.join("\n\n")
    }

    /// Deletes the lists kept aside and one in the way, at the reader's
    /// request; then this visit's list is kept again.
    pub fn delete_earlier_lists(&mut self, list: &QuestionList) {
        for key in self.store.keys_with_prefix(SET_ASIDE_PREFIX) {
            let _ = self.store.remove(&key);
        }
        if self.unreadable_in_place && self.store.remove(STORAGE_KEY).is_ok() {
            self.unreadable_in_place = false;
        }
        self.status.unreadable_found = None;
        self.status.changed_elsewhere = false;
        self.save(list);
    }
}

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
        let (mut tab, opened) = QuestionStore::open(memory.clone(), known);
        assert!(opened.is_empty());
        tab.save(&list_of(&["Can my partner stay?"]));
        let (again, reopened) = QuestionStore::open(memory, known);
        assert_eq!(reopened, list_of(&["Can my partner stay?"]));
        assert_eq!(again.status().not_kept, None);
    }

    #[test]
    fn an_empty_list_leaves_nothing_stored() {
        let memory = MemoryStore::default();
        let (mut tab, _) = QuestionStore::open(memory.clone(), known);
        tab.save(&list_of(&[]));
        tab.save(&QuestionList::default());
        assert!(memory.is_empty());
    }

    #[test]
    fn a_later_releases_list_found_on_opening_is_set_aside_and_never_lost() {
        let memory = MemoryStore::default();
        memory.put(STORAGE_KEY, LATER_RELEASE);
        let (mut tab, opened) = QuestionStore::open(memory.clone(), known);
        assert!(opened.is_empty());
        assert_eq!(tab.status().unreadable_found, Some(Unreadable::FutureVersion));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        tab.save(&list_of(&["New here"]));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        assert_eq!(tab.earlier_lists(), LATER_RELEASE);
    }

    #[test]
    fn set_aside_lists_take_the_first_free_number_and_show_in_order() {
        let memory = MemoryStore::default();
        memory.put(&format!("{SET_ASIDE_PREFIX}1"), "first");
        memory.put(&format!("{SET_ASIDE_PREFIX}10"), "tenth");
        memory.put(STORAGE_KEY, "garbage");
        let (tab, _) = QuestionStore::open(memory.clone(), known);
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}2")).as_deref(), Some("garbage"));
        assert_eq!(tab.earlier_lists(), "first\n\ngarbage\n\ntenth");
    }

    #[test]
    fn an_unreadable_list_that_cannot_be_set_aside_stays_and_is_not_saved_over() {
        let memory = MemoryStore::default();
        memory.put(STORAGE_KEY, LATER_RELEASE);
        memory.set_capacity(STORAGE_KEY.len() + LATER_RELEASE.len());
        let (mut tab, _) = QuestionStore::open(memory.clone(), known);
        assert_eq!(tab.status().not_kept, Some(NotKept::UnreadableListInTheWay));
        tab.save(&list_of(&["Mine"]));
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert_eq!(tab.earlier_lists(), LATER_RELEASE);
        // The reader deletes it: this visit's list is kept from then on.
        memory.set_capacity(10_000);
        tab.delete_earlier_lists(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, None);
        assert_eq!(memory.peek(STORAGE_KEY), Some(questions::encode(&list_of(&["Mine"]))));
    }

    #[test]
    fn two_tabs_follow_each_other() {
        let memory = MemoryStore::default();
        let (mut first, _) = QuestionStore::open(memory.clone(), known);
        let (mut second, _) = QuestionStore::open(memory.clone(), known);
        first.save(&list_of(&["From the first tab"]));
        let followed = second.changed_elsewhere(memory.peek(STORAGE_KEY).as_deref(), &list_of(&[]), known).unwrap();
        assert_eq!(followed, list_of(&["From the first tab"]));
        let mut both = followed;
        both.add_own("From the second tab").unwrap();
        second.save(&both);
        let shown = list_of(&["From the first tab"]);
        assert_eq!(first.changed_elsewhere(memory.peek(STORAGE_KEY).as_deref(), &shown, known), Some(both.clone()));
        assert_eq!(first.changed_elsewhere(None, &both, known), Some(QuestionList::default()));
    }

    #[test]
    fn a_later_release_in_another_tab_is_never_saved_over() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), known);
        older.save(&list_of(&["Before"]));
        // The newer release in another tab writes its own format.
        memory.put(STORAGE_KEY, LATER_RELEASE);
        // The storage event arrives: this tab stops saving and says why.
        assert_eq!(older.changed_elsewhere(Some(LATER_RELEASE), &list_of(&["Before"]), known), None);
        assert!(older.status().changed_elsewhere);
        older.save(&list_of(&["Before", "After"]));
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert_eq!(older.status().not_kept, Some(NotKept::UnreadableListInTheWay));
    }

    #[test]
    fn when_the_list_in_the_way_is_set_aside_by_a_third_tab_this_tabs_list_is_kept_again() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), known);
        let shown = list_of(&["Typed while the newer list was in the way"]);
        memory.put(STORAGE_KEY, LATER_RELEASE);
        assert_eq!(older.changed_elsewhere(Some(LATER_RELEASE), &shown, known), None);
        // A third tab of this release opens and sets the newer list aside.
        let (third, _) = QuestionStore::open(memory.clone(), known);
        assert_eq!(third.status().unreadable_found, Some(Unreadable::FutureVersion));
        assert_eq!(older.changed_elsewhere(None, &shown, known), None, "the reader's list stays on screen");
        assert_eq!(memory.peek(STORAGE_KEY), Some(questions::encode(&shown)));
        assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")).as_deref(), Some(LATER_RELEASE));
        assert_eq!(older.status().not_kept, None);
        assert!(!older.status().changed_elsewhere);
    }

    #[test]
    fn a_later_release_in_another_tab_is_not_saved_over_even_before_its_event_arrives() {
        let memory = MemoryStore::default();
        let (mut older, _) = QuestionStore::open(memory.clone(), known);
        older.save(&list_of(&["Before"]));
        memory.put(STORAGE_KEY, LATER_RELEASE);
        older.save(&list_of(&["Before", "After"]));
        older.save(&QuestionList::default());
        assert_eq!(memory.peek(STORAGE_KEY).as_deref(), Some(LATER_RELEASE));
        assert!(older.status().changed_elsewhere);
        assert_eq!(older.earlier_lists(), LATER_RELEASE);
    }

    #[test]
    fn blocked_storage_keeps_the_list_for_the_visit_and_says_so() {
        let (mut tab, opened) = QuestionStore::open(MemoryStore::blocked(), known);
        assert!(opened.is_empty());
        assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        tab.save(&list_of(&["Mine"]));
        assert_eq!(tab.status().not_kept, Some(NotKept::StorageRefused));
        assert_eq!(tab.earlier_lists(), "");
    }

    #[test]
    fn full_storage_says_so_and_recovers_when_there_is_room() {
        let memory = MemoryStore::default();
        let (mut tab, _) = QuestionStore::open(memory.clone(), known);
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
            let (mut tab, opened) = QuestionStore::open(memory.clone(), known);
            let mut list = opened.clone();
            let _ = list.add_own(&typed);
            tab.save(&list);
            let readable = questions::decode(&stored, known).is_ok();
            if readable {
                prop_assert_eq!(tab.status().unreadable_found, None);
            } else {
                prop_assert_eq!(memory.peek(&format!("{SET_ASIDE_PREFIX}1")), Some(stored.clone()));
                prop_assert!(tab.earlier_lists().contains(&stored));
            }
        }
    }
}
