//! What a reader makes and the page keeps in this browser (their questions,
//! their dates), over any [`Store`]: the promises the README makes, in one
//! place and tested natively (`questions::store` tests them on the list of
//! questions).
//!
//! - Stored data this release cannot read (corrupt, or from a later
//!   release) is never written over: on opening it is copied aside under a
//!   numbered key; found later (another tab wrote it) it is left where it is
//!   and this tab stops saving.
//! - Data changed in another tab is followed, so neither tab saves over the other.
//! - Blocked or full storage: it works for the visit, and the page says so.

use crate::platform::storage::Store;

/// Why stored data could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer release than this one.
    FutureVersion,
    Corrupt,
}

/// How one kind of reader's data is stored: its key, where unreadable
/// copies go, and its text format.
pub trait KeptFormat {
    type Value: Default;
    fn key(&self) -> &'static str;
    /// Unreadable data is copied to this prefix plus 1, 2, 3… (the first free one).
    fn set_aside_prefix(&self) -> &'static str;
    fn decode(&self, stored: &str) -> Result<Self::Value, Unreadable>;
    fn encode(&self, value: &Self::Value) -> String;
    /// Nothing to keep: the key is removed rather than written.
    fn is_empty(&self, value: &Self::Value) -> bool;
}

/// The first free key under `prefix` for data set aside.
pub fn set_aside_key(prefix: &str, is_taken: impl Fn(&str) -> bool) -> String {
    (1..).map(|n| format!("{prefix}{n}")).find(|key| !is_taken(key)).unwrap_or_default()
}

/// Why the reader's data is not being kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotKept {
    /// Storage is blocked or full.
    StorageRefused,
    /// Storage holds data this release cannot read, which it must not
    /// replace: until the reader deletes it, this visit's data is not saved.
    UnreadableListInTheWay,
}

/// What the page should show after opening or after a change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// Data was found that could not be read (it is kept, aside or in place).
    pub unreadable_found: Option<Unreadable>,
    /// Another tab wrote data this release cannot read.
    pub changed_elsewhere: bool,
    pub not_kept: Option<NotKept>,
}

/// A feature's words for what the page says about keeping the reader's data.
#[derive(Debug, Clone, Copy)]
pub struct KeepingWords<'a> {
    /// Another tab wrote data this release cannot read.
    pub changed_elsewhere: &'a str,
    /// Data was found that could not be read, and is kept.
    pub unreadable: &'a str,
    /// This visit's data is not being saved.
    pub cannot_save: &'a str,
}

impl Status {
    /// Whether a change the reader makes now is saved in this browser: not
    /// where storage refuses it, where unreadable data is in the way, or
    /// where another tab's newer release holds the data.
    pub fn keeps_changes(&self) -> bool {
        self.not_kept.is_none() && !self.changed_elsewhere
    }

    /// What the page says about keeping the reader's data, empty when all is
    /// well. Another tab's unreadable data says it all: the other lines would
    /// only repeat it.
    pub fn notice(&self, words: KeepingWords) -> String {
        if self.changed_elsewhere {
            return words.changed_elsewhere.to_owned();
        }
        let lines = [
            self.unreadable_found.is_some().then_some(words.unreadable),
            self.not_kept.is_some().then_some(words.cannot_save),
        ];
        lines.into_iter().flatten().collect::<Vec<_>>().join(" ")
    }
}

/// The reader's data in storage, for one tab.
pub struct KeptStore<S: Store, F: KeptFormat> {
    store: S,
    format: F,
    /// Unreadable data sits under the data's own key: never save over it.
    unreadable_in_place: bool,
    status: Status,
}

impl<S: Store, F: KeptFormat> KeptStore<S, F> {
    /// Reads what is stored. Unreadable data is copied aside before
    /// anything could replace it; where it cannot be copied, it stays in place.
    pub fn open(store: S, format: F) -> (Self, F::Value) {
        let key = format.key();
        let stored = store.get(key).ok().flatten();
        let (value, unreadable) = match stored.as_deref().map(|text| format.decode(text)) {
            None => (F::Value::default(), None),
            Some(Ok(value)) => (value, None),
            Some(Err(why)) => (F::Value::default(), Some(why)),
        };
        let mut this = Self {
            unreadable_in_place: false,
            status: Status { unreadable_found: unreadable, changed_elsewhere: false, not_kept: None },
            store,
            format,
        };
        if let (Some(_), Some(unreadable)) = (unreadable, stored) {
            let aside = set_aside_key(this.format.set_aside_prefix(), |k| this.store.get(k).ok().flatten().is_some());
            let moved = this.store.set(&aside, &unreadable).is_ok() && this.store.remove(key).is_ok();
            this.unreadable_in_place = !moved;
        }
        this.status.not_kept = if !this.store.is_available() {
            Some(NotKept::StorageRefused)
        } else if this.unreadable_in_place {
            Some(NotKept::UnreadableListInTheWay)
        } else {
            None
        };
        (this, value)
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Keeps the data, unless that would replace data this release cannot
    /// read: storage is checked first, since another tab may have written
    /// some since this tab last looked.
    pub fn save(&mut self, value: &F::Value) {
        let key = self.format.key();
        if !self.unreadable_in_place {
            if let Ok(Some(current)) = self.store.get(key) {
                if let Err(why) = self.format.decode(&current) {
                    self.found_unreadable_from_elsewhere(why);
                }
            }
        }
        if self.unreadable_in_place {
            self.status.not_kept = Some(NotKept::UnreadableListInTheWay);
            return;
        }
        let written = if self.format.is_empty(value) {
            self.store.remove(key)
        } else {
            self.store.set(key, &self.format.encode(value))
        };
        self.status.not_kept = written.is_err().then_some(NotKept::StorageRefused);
    }

    /// Another tab changed the stored data (`None`: it removed it). Returns
    /// the data to show, or `None` to keep showing `shown`: when the new
    /// value cannot be read (`shown` is then no longer saved), or when the
    /// unreadable data that stopped this tab saving has gone (`shown`, the
    /// only copy of this visit's data, is then saved).
    pub fn changed_elsewhere(&mut self, new_value: Option<&str>, shown: &F::Value) -> Option<F::Value> {
        match new_value.map(|value| self.format.decode(value)) {
            None if self.unreadable_in_place => {
                // Set aside by a tab that opened since, or deleted there.
                self.unreadable_in_place = false;
                self.status.changed_elsewhere = false;
                self.save(shown);
                None
            }
            None => Some(F::Value::default()),
            Some(Ok(value)) => Some(value),
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

    /// Everything kept because it could not be read, oldest first, as the
    /// text it is: the reader may still find their work in it.
    pub fn set_aside_text(&self) -> String {
        let mut found = Vec::new();
        if self.unreadable_in_place {
            found.extend(self.store.get(self.format.key()).ok().flatten());
        }
        let mut aside = self.store.keys_with_prefix(self.format.set_aside_prefix());
        // Numbered 1, 2, … 10: shorter numbers first puts them in order
        // without parsing them.
        aside.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        found.extend(aside.iter().filter_map(|key| self.store.get(key).ok().flatten()));
        found.join("\n\n")
    }

    /// Deletes what was kept aside and anything in the way, at the reader's
    /// request; then this visit's data is kept again.
    pub fn delete_set_aside(&mut self, value: &F::Value) {
        for key in self.store.keys_with_prefix(self.format.set_aside_prefix()) {
            let _ = self.store.remove(&key);
        }
        if self.unreadable_in_place && self.store.remove(self.format.key()).is_ok() {
            self.unreadable_in_place = false;
        }
        self.status.unreadable_found = None;
        self.status.changed_elsewhere = false;
        self.save(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: KeepingWords = KeepingWords {
        changed_elsewhere: "Changed in another tab.",
        unreadable: "An earlier list is kept.",
        cannot_save: "Not saved.",
    };

    #[test]
    fn all_well_says_nothing() {
        assert_eq!(Status::default().notice(WORDS), "");
    }

    #[test]
    fn changes_are_kept_unless_refused_in_the_way_or_held_elsewhere() {
        assert!(Status::default().keeps_changes());
        let set_aside = Status { unreadable_found: Some(Unreadable::Corrupt), ..Status::default() };
        assert!(set_aside.keeps_changes(), "data set aside, and new changes saved apart from it");
        assert!(!Status { not_kept: Some(NotKept::StorageRefused), ..Status::default() }.keeps_changes());
        assert!(!Status { not_kept: Some(NotKept::UnreadableListInTheWay), ..Status::default() }.keeps_changes());
        assert!(!Status { changed_elsewhere: true, ..Status::default() }.keeps_changes());
    }

    #[test]
    fn each_problem_is_said_once_in_order() {
        let refused = Status { not_kept: Some(NotKept::StorageRefused), ..Status::default() };
        assert_eq!(refused.notice(WORDS), "Not saved.");
        let corrupt = Status { unreadable_found: Some(Unreadable::Corrupt), ..Status::default() };
        assert_eq!(corrupt.notice(WORDS), "An earlier list is kept.");
        let in_the_way = Status {
            unreadable_found: Some(Unreadable::FutureVersion),
            not_kept: Some(NotKept::UnreadableListInTheWay),
            ..Status::default()
        };
        assert_eq!(in_the_way.notice(WORDS), "An earlier list is kept. Not saved.");
    }

    #[test]
    fn another_tabs_unreadable_data_is_said_alone() {
        let elsewhere = Status {
            unreadable_found: Some(Unreadable::Corrupt),
            changed_elsewhere: true,
            not_kept: Some(NotKept::UnreadableListInTheWay),
        };
        assert_eq!(elsewhere.notice(WORDS), "Changed in another tab.");
    }
}
