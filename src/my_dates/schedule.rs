//! What the page says about a reader's dates: the transplant day count,
//! how far a date is from today, and which dates it cannot accept. It works
//! only from dates the reader entered: it predicts none.

use crate::my_dates::calendar::Date;

/// No date before this is taken (aHSCT for MS as the page describes it is later).
pub const EARLIEST_YEAR: i32 = 2000;
/// Nor more than this many years after today.
pub const YEARS_AHEAD: i32 = 5;

/// The transplant day count hospitals use: the day the stem cells are given
/// back is Day 0, the days before it Day −1, −2…, the days after it Day +1, +2….
pub fn transplant_day(date: Date, reinfusion: Date) -> i32 {
    reinfusion.days_until(date)
}

/// The day count's number as hospitals write it: "0", "−5" (a true minus
/// sign, which screen readers say as "minus") and "+10".
pub fn signed_day(day: i32) -> String {
    match day {
        0 => "0".to_owned(),
        d if d < 0 => format!("\u{2212}{}", d.unsigned_abs()),
        d => format!("+{d}"),
    }
}

/// How far a date is from today, in the words the page uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FromToday {
    Today,
    Tomorrow,
    Yesterday,
    InDays(u32),
    DaysAgo(u32),
}

pub fn from_today(today: Date, date: Date) -> FromToday {
    match today.days_until(date) {
        0 => FromToday::Today,
        1 => FromToday::Tomorrow,
        -1 => FromToday::Yesterday,
        d if d > 0 => FromToday::InDays(d.unsigned_abs()),
        d => FromToday::DaysAgo(d.unsigned_abs()),
    }
}

/// Why a date cannot be saved for a step, said beside its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// Empty, or not a date in the calendar.
    NotADate,
    /// Before 1 January 2000.
    TooEarly,
    /// More than five years after today; the latest date taken.
    TooLate { latest: Date },
    /// The reinfusion is dated before a step the team usually does first
    /// (or such a step after the reinfusion): the step, and its date.
    OutOfOrder { other_step: usize, other_date: Date },
}

/// The earliest and latest dates a field takes, given today.
pub fn date_range(today: Date) -> (Date, Date) {
    (Date::from_ymd(EARLIEST_YEAR, 1, 1).unwrap_or(today), today.add_years(YEARS_AHEAD))
}

/// Checks a date entered for step `step` (an index into the steps, in their
/// usual order), given the other steps' dates and which step is the
/// reinfusion. Only the reinfusion is checked against the others: the team
/// may well date other steps in an order of its own.
pub fn check(
    text: &str,
    step: usize,
    today: Date,
    reinfusion_step: usize,
    others: &[(usize, Date)],
) -> Result<Date, DateProblem> {
    let date = Date::parse_iso(text.trim()).ok_or(DateProblem::NotADate)?;
    let (earliest, latest) = date_range(today);
    if date < earliest {
        return Err(DateProblem::TooEarly);
    }
    if date > latest {
        return Err(DateProblem::TooLate { latest });
    }
    let clash = others.iter().filter(|(other, _)| *other != step).find(|&&(other, other_date)| {
        if step == reinfusion_step {
            other < reinfusion_step && other_date > date
        } else if other == reinfusion_step {
            step < reinfusion_step && date > other_date
        } else {
            false
        }
    });
    match clash {
        Some(&(other_step, other_date)) => Err(DateProblem::OutOfOrder { other_step, other_date }),
        None => Ok(date),
    }
}

/// The locale dates are written in: the page's language, in the reader's
/// own form of it where they read that language (an American reader of the
/// English page sees "March 10"; a British one "10 March"). The calendar and
/// digits are set apart from it (`browser::written`).
pub fn locale_for_dates<'a>(page: &'a str, reader: Option<&'a str>) -> &'a str {
    let language = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    match reader {
        Some(reader) if !reader.is_empty() && language(reader) == language(page) => reader,
        _ => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).expect("a date")
    }

    const REINFUSION: usize = 5;

    #[test]
    fn dates_are_written_in_the_page_language_in_the_reader_s_form_of_it() {
        assert_eq!(locale_for_dates("en-GB", Some("en-US")), "en-US");
        assert_eq!(locale_for_dates("en-GB", Some("de-DE")), "en-GB");
        assert_eq!(locale_for_dates("ar", Some("ar-SA")), "ar-SA");
        assert_eq!(locale_for_dates("ar", None), "ar");
        assert_eq!(locale_for_dates("es", Some("")), "es");
    }

    #[test]
    fn the_day_count_runs_from_the_reinfusion() {
        let reinfusion = date("2027-03-10");
        assert_eq!(transplant_day(date("2027-03-10"), reinfusion), 0);
        assert_eq!(transplant_day(date("2027-03-05"), reinfusion), -5);
        assert_eq!(transplant_day(date("2027-03-20"), reinfusion), 10);
        // Across a month's end, a leap day and a daylight saving change.
        assert_eq!(transplant_day(date("2028-03-01"), date("2028-02-27")), 3);
        assert_eq!(transplant_day(date("2027-03-31"), date("2027-03-27")), 4);
    }

    #[test]
    fn the_day_count_is_written_as_hospitals_write_it() {
        assert_eq!(signed_day(0), "0");
        assert_eq!(signed_day(-5), "\u{2212}5");
        assert_eq!(signed_day(10), "+10");
        assert_eq!(signed_day(i32::MIN), "\u{2212}2147483648");
    }

    #[test]
    fn how_far_from_today() {
        let today = date("2026-12-31");
        assert_eq!(from_today(today, today), FromToday::Today);
        assert_eq!(from_today(today, date("2027-01-01")), FromToday::Tomorrow);
        assert_eq!(from_today(today, date("2026-12-30")), FromToday::Yesterday);
        assert_eq!(from_today(today, date("2027-01-12")), FromToday::InDays(12));
        assert_eq!(from_today(today, date("2026-11-30")), FromToday::DaysAgo(31));
    }

    #[test]
    fn dates_out_of_range_or_not_dates_are_refused() {
        let today = date("2026-12-02");
        let check_alone = |text: &str| check(text, 1, today, REINFUSION, &[]);
        assert_eq!(check_alone(""), Err(DateProblem::NotADate));
        assert_eq!(check_alone("2027-02-29"), Err(DateProblem::NotADate));
        assert_eq!(check_alone("next Tuesday"), Err(DateProblem::NotADate));
        assert_eq!(check_alone("1999-12-31"), Err(DateProblem::TooEarly));
        assert_eq!(check_alone("2000-01-01"), Ok(date("2000-01-01")));
        assert_eq!(check_alone("2031-12-02"), Ok(date("2031-12-02")));
        assert_eq!(check_alone("2031-12-03"), Err(DateProblem::TooLate { latest: date("2031-12-02") }));
        assert_eq!(check_alone(" 2027-01-05 "), Ok(date("2027-01-05")), "spaces around it are forgiven");
    }

    #[test]
    fn a_reinfusion_before_a_step_usually_done_first_is_refused() {
        let today = date("2026-12-02");
        let collection = (2, date("2027-02-01"));
        let follow_up = (7, date("2027-01-01"));
        assert_eq!(
            check("2027-01-20", REINFUSION, today, REINFUSION, &[collection, follow_up]),
            Err(DateProblem::OutOfOrder { other_step: 2, other_date: date("2027-02-01") })
        );
        assert_eq!(
            check("2027-02-10", REINFUSION, today, REINFUSION, &[collection, follow_up]),
            Ok(date("2027-02-10"))
        );
        assert_eq!(
            check("2027-02-01", REINFUSION, today, REINFUSION, &[collection]),
            Ok(date("2027-02-01")),
            "the same day is possible"
        );
        // And the other way round: an earlier step dated after the reinfusion.
        let reinfusion = (REINFUSION, date("2027-02-10"));
        assert_eq!(
            check("2027-02-11", 2, today, REINFUSION, &[reinfusion]),
            Err(DateProblem::OutOfOrder { other_step: REINFUSION, other_date: date("2027-02-10") })
        );
        // Steps after the reinfusion, or two earlier steps, are not compared.
        assert!(check("2027-01-01", 6, today, REINFUSION, &[reinfusion]).is_ok());
        assert!(check("2027-03-01", 1, today, REINFUSION, &[collection]).is_ok());
        // A step's own earlier date does not clash with its new one.
        assert!(check(
            "2027-01-20",
            REINFUSION,
            today,
            REINFUSION,
            &[(REINFUSION, date("2027-03-01")), (1, date("2027-01-01"))]
        )
        .is_ok());
    }
}
