//! The words the dates' islands show or say: the page carries them once
//! (`panel::MY_DATES_DATA_ATTRIBUTE`), and `layout::start` reads them into
//! the shared state that the panel and every step's date read.

crate::platform::page_data::words_struct! {
    pub struct MyDatesWords {
        /// The page's language, whose plural rules pick the form of "in {n} days".
        pub lang: String,
        // A step's date.
        pub step_heading: String,
        /// "Your date:"
        pub your_date: String,
        pub date_label: String,
        pub error_prefix: String,
        pub note_label: String,
        /// "Up to 200 characters."
        pub note_hint: String,
        pub save: String,
        pub remove: String,
        pub saved: String,
        pub removed: String,
        // The panel.
        pub heading: String,
        pub empty: String,
        pub download: String,
        pub print: String,
        pub clear: String,
        pub clear_confirm: String,
        pub clear_yes: String,
        pub clear_no: String,
        /// "Day {day}"
        pub day: String,
        /// "{day}, {when}"
        pub day_and_when: String,
        pub today: String,
        pub tomorrow: String,
        pub yesterday: String,
        /// "in {n} days", its forms for numbers encoded (`languages::plural`)
        pub in_days: String,
        /// "{n} days ago", the same
        pub days_ago: String,
        pub error_not_a_date: String,
        pub error_too_early: String,
        /// "… no later than {latest}."
        pub error_too_late: String,
        /// "… your date for “{step}” ({date}) …"
        pub error_before_step: String,
        pub error_after_reinfusion: String,
        pub cleared: String,
        pub downloaded: String,
        pub calendar_name: String,
        pub unreadable: String,
        pub cannot_save: String,
        pub changed_elsewhere: String,
    }
}

impl MyDatesWords {
    /// The words for what the page says about keeping the reader's work.
    pub fn keeping(&self) -> crate::platform::kept::KeepingWords<'_> {
        crate::platform::kept::KeepingWords {
            changed_elsewhere: &self.changed_elsewhere,
            unreadable: &self.unreadable,
            cannot_save: &self.cannot_save,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl MyDatesWords {
    pub fn from_content(text: &crate::content::MyDatesText, lang: &str) -> Self {
        let own = |text: &str| text.to_owned();
        Self {
            lang: own(lang),
            step_heading: own(text.step_heading),
            your_date: own(text.your_date),
            date_label: own(text.date_label),
            error_prefix: own(text.error_prefix),
            note_label: own(text.note_label),
            note_hint: text.note_hint.replace("{max}", &crate::my_dates::MAX_NOTE_CHARS.to_string()),
            save: own(text.save),
            remove: own(text.remove),
            saved: own(text.saved),
            removed: own(text.removed),
            heading: own(text.heading),
            empty: own(text.empty),
            download: own(text.download),
            print: own(text.print),
            clear: own(text.clear),
            clear_confirm: own(text.clear_confirm),
            clear_yes: own(text.clear_yes),
            clear_no: own(text.clear_no),
            day: own(text.day),
            day_and_when: own(text.day_and_when),
            today: own(text.today),
            tomorrow: own(text.tomorrow),
            yesterday: own(text.yesterday),
            in_days: text.in_days.encode(),
            days_ago: text.days_ago.encode(),
            error_not_a_date: own(text.error_not_a_date),
            error_too_early: own(text.error_too_early),
            error_too_late: own(text.error_too_late),
            error_before_step: own(text.error_before_step),
            error_after_reinfusion: own(text.error_after_reinfusion),
            cleared: own(text.cleared),
            downloaded: own(text.downloaded),
            calendar_name: own(text.calendar_name),
            unreadable: own(text.unreadable),
            cannot_save: own(text.cannot_save),
            changed_elsewhere: own(text.changed_elsewhere),
        }
    }
}

use crate::languages::plural::{category_of, PluralText};
use crate::my_dates::calendar::Date;
use crate::my_dates::schedule::{self, DateProblem, FromToday};

impl MyDatesWords {
    /// What a dated step says beside its date: its day count, once the
    /// reinfusion is dated, and how far it is from today: "Day −5, in 12 days".
    pub fn about(&self, date: Date, today: Date, reinfusion: Option<Date>) -> String {
        let away = match schedule::from_today(today, date) {
            FromToday::Today => self.today.to_owned(),
            FromToday::Tomorrow => self.tomorrow.to_owned(),
            FromToday::Yesterday => self.yesterday.to_owned(),
            FromToday::InDays(n) => PluralText::decode(&self.in_days).fill("n", n, category_of(&self.lang, n)),
            FromToday::DaysAgo(n) => PluralText::decode(&self.days_ago).fill("n", n, category_of(&self.lang, n)),
        };
        match reinfusion {
            Some(reinfusion) => {
                // Isolated left to right, so that in Arabic text the sign
                // stays before its digits ("−5", not "5−").
                let day =
                    format!("\u{2066}{}\u{2069}", schedule::signed_day(schedule::transplant_day(date, reinfusion)));
                self.day_and_when.replace("{day}", &self.day.replace("{day}", &day)).replace("{when}", &away)
            }
            None => away,
        }
    }

    /// Why a date was not saved, said beside its field. `step_title` names a
    /// step by its place, and `written` writes a date as the reader reads dates.
    pub fn problem(
        &self,
        problem: &DateProblem,
        step: usize,
        reinfusion_step: usize,
        step_title: impl Fn(usize) -> String,
        written: impl Fn(Date) -> String,
    ) -> String {
        match problem {
            DateProblem::NotADate => self.error_not_a_date.to_owned(),
            DateProblem::TooEarly => self.error_too_early.to_owned(),
            DateProblem::TooLate { latest } => self.error_too_late.replace("{latest}", &written(*latest)),
            DateProblem::OutOfOrder { other_step, other_date } => {
                // The reinfusion before an earlier step, or a step after the reinfusion.
                let words =
                    if step == reinfusion_step { &self.error_before_step } else { &self.error_after_reinfusion };
                words.replace("{step}", &step_title(*other_step)).replace("{date}", &written(*other_date))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::plural::{FormKey, PluralCategory};

    fn words() -> MyDatesWords {
        let own = |text: &str| text.to_owned();
        MyDatesWords {
            lang: own("en"),
            step_heading: own("Your date for this step"),
            your_date: own("Your date:"),
            date_label: own("Date"),
            error_prefix: own("Error:"),
            note_label: own("Note"),
            note_hint: own("Up to 200 characters."),
            save: own("Save my date"),
            remove: own("Remove"),
            saved: own("Saved."),
            removed: own("Removed."),
            heading: own("My dates"),
            empty: own("No dates yet."),
            download: own("Download"),
            print: own("Print"),
            clear: own("Clear"),
            clear_confirm: own("Clear?"),
            clear_yes: own("Yes"),
            clear_no: own("No"),
            day: own("Day {day}"),
            day_and_when: own("{day}, {when}"),
            today: own("today"),
            tomorrow: own("tomorrow"),
            yesterday: own("yesterday"),
            in_days: own("in {n} days"),
            days_ago: own("{n} days ago"),
            error_not_a_date: own("Enter the whole date."),
            error_too_early: own("Enter a date in 2000 or later."),
            error_too_late: own("Enter a date no later than {latest}."),
            error_before_step: own("Before “{step}” ({date})."),
            error_after_reinfusion: own("After “{step}” ({date})."),
            cleared: own("Cleared."),
            downloaded: own("Downloaded."),
            calendar_name: own("My dates"),
            unreadable: own("Unreadable."),
            cannot_save: own("Cannot save."),
            changed_elsewhere: own("Changed elsewhere."),
        }
    }

    fn date(text: &str) -> Date {
        Date::parse_iso(text).expect("a date")
    }

    #[test]
    fn the_words_read_back_as_the_page_carries_them_and_a_missing_one_is_refused() {
        let json = serde_json::to_string(&words()).expect("words as JSON");
        assert_eq!(serde_json::from_str::<MyDatesWords>(&json).expect("read back"), words());
        let without_one = json.replacen("\"saved\":", "\"kept\":", 1);
        assert!(serde_json::from_str::<MyDatesWords>(&without_one).is_err());
    }

    #[test]
    fn a_date_says_its_day_count_only_once_the_reinfusion_is_dated() {
        let today = date("2027-03-01");
        assert_eq!(words().about(date("2027-03-13"), today, None), "in 12 days");
        assert_eq!(
            words().about(date("2027-03-13"), today, Some(date("2027-03-18"))),
            "Day \u{2066}\u{2212}5\u{2069}, in 12 days"
        );
        assert_eq!(
            words().about(date("2027-03-18"), today, Some(date("2027-03-18"))),
            "Day \u{2066}0\u{2069}, in 17 days"
        );
        assert_eq!(
            words().about(date("2027-02-27"), today, Some(date("2027-02-17"))),
            "Day \u{2066}+10\u{2069}, 2 days ago"
        );
        assert_eq!(words().about(today, today, None), "today");
        assert_eq!(words().about(date("2027-03-02"), today, None), "tomorrow");
    }

    #[test]
    fn the_day_count_and_the_distance_are_joined_as_the_language_joins_them() {
        let arabic_days = PluralText {
            forms: vec![
                (FormKey::Category(PluralCategory::Two), "بعد يومين"),
                (FormKey::Category(PluralCategory::Few), "بعد {n} أيام"),
            ],
            default: "بعد {n} يومًا",
        };
        let arabic = MyDatesWords {
            lang: "ar".to_owned(),
            day: "اليوم {day}".to_owned(),
            day_and_when: "{day}، {when}".to_owned(),
            in_days: arabic_days.encode(),
            ..words()
        };
        let today = date("2027-03-01");
        assert_eq!(
            arabic.about(date("2027-03-13"), today, Some(date("2027-03-18"))),
            "اليوم \u{2066}\u{2212}5\u{2069}، بعد 12 يومًا"
        );
        assert_eq!(arabic.about(date("2027-03-03"), today, None), "بعد يومين");
        assert_eq!(arabic.about(date("2027-03-06"), today, None), "بعد 5 أيام");
    }

    #[test]
    fn each_problem_has_its_own_calm_message() {
        let title = |step: usize| ["Assessment", "Collection", "Reinfusion"][step].to_owned();
        let written = |d: Date| d.iso();
        let w = words();
        assert_eq!(w.problem(&DateProblem::NotADate, 0, 2, title, written), "Enter the whole date.");
        assert_eq!(w.problem(&DateProblem::TooEarly, 0, 2, title, written), "Enter a date in 2000 or later.");
        let late = DateProblem::TooLate { latest: date("2031-12-01") };
        assert_eq!(w.problem(&late, 0, 2, title, written), "Enter a date no later than 2031-12-01.");
        let clash = DateProblem::OutOfOrder { other_step: 1, other_date: date("2027-03-20") };
        assert_eq!(w.problem(&clash, 2, 2, title, written), "Before “Collection” (2027-03-20).");
        let clash = DateProblem::OutOfOrder { other_step: 2, other_date: date("2027-03-01") };
        assert_eq!(w.problem(&clash, 1, 2, title, written), "After “Reinfusion” (2027-03-01).");
    }
}
