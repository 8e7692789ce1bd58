//! The words the dates' islands show or say as the reader's dates change.
//! They travel on the panel's island (`data-words`), and `layout::start`
//! reads them into the shared state for the step islands too.

crate::island_words! {
    pub struct MyDatesWords {
        /// The page's language, whose plural rules pick the form of "in {n} days".
        lang,
        saved, removed,
        /// "Your date:"
        your_date,
        /// "Day {day}"
        day,
        /// "{day}, {when}"
        day_and_when,
        today, tomorrow, yesterday,
        /// "in {n} days", its forms for numbers encoded (`languages::plural`)
        in_days,
        /// "{n} days ago", the same
        days_ago,
        error_not_a_date, error_too_early,
        /// "… no later than {latest}."
        error_too_late,
        /// "… your date for “{step}” ({date}) …"
        error_before_step,
        error_after_reinfusion,
        cleared, downloaded, calendar_name,
        unreadable, cannot_save, changed_elsewhere,
    }
}

impl MyDatesWords {
    /// The words for what the page says about keeping the reader's work.
    pub fn keeping(&self) -> crate::platform::kept::KeepingWords<'static> {
        crate::platform::kept::KeepingWords {
            changed_elsewhere: self.changed_elsewhere,
            unreadable: self.unreadable,
            cannot_save: self.cannot_save,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl MyDatesWords {
    pub fn from_content(text: &crate::content::MyDatesText, lang: &'static str) -> Self {
        let encoded = |plural: &PluralText| -> &'static str { String::leak(plural.encode()) };
        Self {
            lang,
            saved: text.saved,
            removed: text.removed,
            your_date: text.your_date,
            day: text.day,
            day_and_when: text.day_and_when,
            today: text.today,
            tomorrow: text.tomorrow,
            yesterday: text.yesterday,
            in_days: encoded(text.in_days),
            days_ago: encoded(text.days_ago),
            error_not_a_date: text.error_not_a_date,
            error_too_early: text.error_too_early,
            error_too_late: text.error_too_late,
            error_before_step: text.error_before_step,
            error_after_reinfusion: text.error_after_reinfusion,
            cleared: text.cleared,
            downloaded: text.downloaded,
            calendar_name: text.calendar_name,
            unreadable: text.unreadable,
            cannot_save: text.cannot_save,
            changed_elsewhere: text.changed_elsewhere,
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
            FromToday::InDays(n) => PluralText::decode(self.in_days).fill("n", n, category_of(self.lang, n)),
            FromToday::DaysAgo(n) => PluralText::decode(self.days_ago).fill("n", n, category_of(self.lang, n)),
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
                let words = if step == reinfusion_step { self.error_before_step } else { self.error_after_reinfusion };
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
        MyDatesWords {
            lang: "en",
            saved: "Saved.",
            removed: "Removed.",
            your_date: "Your date:",
            day: "Day {day}",
            day_and_when: "{day}, {when}",
            today: "today",
            tomorrow: "tomorrow",
            yesterday: "yesterday",
            in_days: "in {n} days",
            days_ago: "{n} days ago",
            error_not_a_date: "Enter the whole date.",
            error_too_early: "Enter a date in 2000 or later.",
            error_too_late: "Enter a date no later than {latest}.",
            error_before_step: "Before “{step}” ({date}).",
            error_after_reinfusion: "After “{step}” ({date}).",
            cleared: "Cleared.",
            downloaded: "Downloaded.",
            calendar_name: "My dates",
            unreadable: "Unreadable.",
            cannot_save: "Cannot save.",
            changed_elsewhere: "Changed elsewhere.",
        }
    }

    fn date(text: &str) -> Date {
        Date::parse_iso(text).expect("a date")
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
            lang: "ar",
            day: "اليوم {day}",
            day_and_when: "{day}، {when}",
            in_days: String::leak(arabic_days.encode()),
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
