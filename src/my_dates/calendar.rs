//! Calendar dates, as the reader's team gives them: a day, with no time and
//! no time zone. Counting days between two of them is exact, whatever the
//! clocks do (daylight saving changes a clock, never a date). "Today" is the
//! date where the reader is, from the browser's clock and its offset from UTC.
//!
//! Hand-written rather than a date crate: the app needs only whole days (a
//! few lines of well-known arithmetic, Howard Hinnant's civil-date
//! algorithms), and a date crate would add its parsing and formatting to
//! the WebAssembly.

/// A day in the Gregorian calendar, counted from 1 January 1970.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

const MILLISECONDS_PER_DAY: f64 = 86_400_000.0;

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists (no 30 February, no month 13).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days from civil (Hinnant): years start in March, so the leap day is last.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = month as i32;
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(Date { days: era * 146_097 + day_of_era - 719_468 })
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// Reads `YYYY-MM-DD`, exactly as a date field gives it.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        Date::from_ymd(number(0..4)? as i32, number(5..7)?, number(8..10)?)
    }

    /// `YYYY-MM-DD`: the stored form, and a date field's value.
    pub fn iso(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// `YYYYMMDD`: the form iCalendar uses for a whole day.
    pub fn basic(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{year:04}{month:02}{day:02}")
    }

    /// Whole days from this date to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    pub fn add_days(self, days: i32) -> Date {
        Date { days: self.days + days }
    }

    /// The same day some years on; 29 February becomes 28 February in a common year.
    pub fn add_years(self, years: i32) -> Date {
        let (year, month, day) = self.ymd();
        let year = year + years;
        Date::from_ymd(year, month, day.min(days_in_month(year, month))).unwrap_or(self)
    }

    /// The date where the reader is, at a moment given as milliseconds since
    /// 1970 UTC (JavaScript's `Date.now()`), with their clock `utc_offset_minutes`
    /// ahead of UTC at that moment (minus JavaScript's `getTimezoneOffset()`,
    /// which already includes daylight saving).
    pub fn local(epoch_milliseconds: f64, utc_offset_minutes: i32) -> Date {
        let local = epoch_milliseconds + f64::from(utc_offset_minutes) * 60_000.0;
        Date { days: (local / MILLISECONDS_PER_DAY).floor() as i32 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).unwrap_or_else(|| panic!("{text} is a date"))
    }

    #[test]
    fn the_epoch_and_known_days() {
        assert_eq!(Date::from_ymd(1970, 1, 1), Some(Date { days: 0 }));
        assert_eq!(date("2000-03-01").days - date("2000-02-28").days, 2, "2000 is a leap year");
        assert_eq!(date("2100-03-01").days - date("2100-02-28").days, 1, "2100 is not");
        assert_eq!(date("2027-01-01").days - date("2026-01-01").days, 365);
        assert_eq!(date("2029-01-01").days - date("2028-01-01").days, 366);
    }

    #[test]
    fn only_real_dates_in_the_exact_form_are_read() {
        for bad in [
            "",
            "2027-02-29",
            "2028-02-30",
            "2027-13-01",
            "2027-00-10",
            "2027-04-31",
            "2027-4-1",
            "27-04-01",
            "2027/04/01",
            "2027-04-01T00:00",
            " 2027-04-01",
            "+027-04-01",
            "2027-0a-01",
            "0000-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
        }
        assert_eq!(date("2028-02-29").ymd(), (2028, 2, 29));
    }

    #[test]
    fn days_across_daylight_saving_changes_are_whole_days() {
        // Europe's clocks go forward on 29 March 2026 and back on 25 October
        // 2026; the United States' on 8 March and 1 November 2026. A date has
        // no clock: a week across a change is still 7 days.
        for (from, to) in [("2026-03-26", "2026-04-02"), ("2026-10-22", "2026-10-29"), ("2026-03-05", "2026-03-12")] {
            assert_eq!(date(from).days_until(date(to)), 7, "{from} to {to}");
        }
    }

    #[test]
    fn today_is_the_date_where_the_reader_is() {
        // 2026-03-29 00:30 UTC, the night Europe's clocks go forward.
        let moment = f64::from(date("2026-03-29").days) * MILLISECONDS_PER_DAY + 30.0 * 60_000.0;
        assert_eq!(Date::local(moment, 0).iso(), "2026-03-29", "London, still in winter time");
        assert_eq!(Date::local(moment, 60).iso(), "2026-03-29", "Paris, 01:30");
        assert_eq!(Date::local(moment, -300).iso(), "2026-03-28", "New York, the evening before");
        assert_eq!(Date::local(moment, 14 * 60).iso(), "2026-03-29", "Kiritimati, 14:30");
        assert_eq!(Date::local(moment - 60.0 * 60_000.0, 14 * 60).iso(), "2026-03-29");
        assert_eq!(Date::local(moment, -12 * 60).iso(), "2026-03-28", "Baker Island, 12:30 the day before");
        // One minute before midnight and at midnight, local time.
        let midnight = f64::from(date("2026-11-01").days) * MILLISECONDS_PER_DAY;
        assert_eq!(Date::local(midnight - 60_000.0, 0).iso(), "2026-10-31");
        assert_eq!(Date::local(midnight, 0).iso(), "2026-11-01");
        // Before 1970 too.
        assert_eq!(Date::local(-1.0, 0).iso(), "1969-12-31");
    }

    #[test]
    fn years_on_from_a_leap_day() {
        assert_eq!(date("2028-02-29").add_years(5).iso(), "2033-02-28");
        assert_eq!(date("2028-02-29").add_years(4).iso(), "2032-02-29");
        assert_eq!(date("2026-12-02").add_years(5).iso(), "2031-12-02");
    }

    #[test]
    fn the_forms_written_out() {
        assert_eq!(date("2027-03-04").iso(), "2027-03-04");
        assert_eq!(date("2027-03-04").basic(), "20270304");
        assert_eq!(date("2027-12-31").add_days(1).iso(), "2028-01-01");
    }

    #[test]
    fn every_day_from_year_1_to_9999_survives_a_round_trip() {
        // 0001-01-01 to 9999-12-31, every one of them.
        assert_eq!(Date::from_ymd(1, 1, 1), Some(Date { days: -719_162 }));
        assert_eq!(Date::from_ymd(9999, 12, 31), Some(Date { days: 2_932_896 }));
        for days in -719_162i32..=2_932_896 {
            let d = Date { days };
            let (year, month, day) = d.ymd();
            assert_eq!(Date::from_ymd(year, month, day), Some(d), "{year}-{month}-{day}");
        }
    }

    proptest! {
        #[test]
        fn dates_read_back_from_their_written_form(days in -719_162i32..=2_932_896) {
            let d = Date { days };
            prop_assert_eq!(Date::parse_iso(&d.iso()), Some(d));
            prop_assert_eq!(d.add_days(1).days_until(d), -1);
        }

        #[test]
        fn consecutive_days_step_through_the_calendar(days in -100_000i32..100_000) {
            let (d, next) = (Date { days }, Date { days: days + 1 });
            let ((y, m, dd), (ny, nm, nd)) = (d.ymd(), next.ymd());
            if dd < days_in_month(y, m) {
                prop_assert_eq!((ny, nm, nd), (y, m, dd + 1));
            } else if m < 12 {
                prop_assert_eq!((ny, nm, nd), (y, m + 1, 1));
            } else {
                prop_assert_eq!((ny, nm, nd), (y + 1, 1, 1));
            }
        }
    }
}
