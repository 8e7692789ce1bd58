//! The reader's dates as a calendar file (iCalendar, RFC 5545): one all-day
//! event per dated step, named after the step, with the reader's note. Each
//! step keeps the same UID in every export, so that a calendar can tell a
//! step's event from a newer file is the same step.

use crate::my_dates::calendar::Date;

/// One dated step, ready for the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent<'a> {
    pub step_id: &'a str,
    /// The step's name as the page shows it, in the page's language.
    pub title: &'a str,
    pub date: Date,
    /// The reader's note, and the transplant day count if there is one.
    pub description: String,
}

/// The calendar's name in a calendar app, and in the events' UIDs.
const PRODUCT: &str = "-//aHSCT for MS explained//My dates//EN";
const UID_DOMAIN: &str = "my-dates.ahsct-explainer";
/// RFC 5545 3.1: lines of at most 75 octets, folded with CRLF and a space.
const MAX_LINE_OCTETS: usize = 75;

/// The file's text, or `None` without any dated step (RFC 5545 wants at
/// least one event in a calendar). `now_epoch_milliseconds` stamps it
/// (DTSTAMP, in UTC).
pub fn calendar(events: &[CalendarEvent], calendar_name: &str, now_epoch_milliseconds: f64) -> Option<String> {
    if events.is_empty() {
        return None;
    }
    let stamp = utc_stamp(now_epoch_milliseconds);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODUCT}"),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("X-WR-CALNAME:{}", escape(calendar_name)),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@{UID_DOMAIN}", event.step_id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", event.date.basic()),
            // The end of an all-day event is the next day, not included.
            format!("DTEND;VALUE=DATE:{}", event.date.add_days(1).basic()),
            format!("SUMMARY:{}", escape(event.title)),
        ]);
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
        }
        // An all-day reminder of a date, not time taken out of the day.
        lines.extend(["TRANSP:TRANSPARENT".to_owned(), "END:VEVENT".to_owned()]);
    }
    lines.push("END:VCALENDAR".to_owned());
    Some(lines.iter().map(|line| fold(line)).collect::<Vec<_>>().concat())
}

/// Text as iCalendar needs it: backslash, semicolon, comma and line breaks escaped.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push(' '),
            '\r' => {}
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// One content line, folded at 75 octets without splitting a character, and ended with CRLF.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        // A continuation line starts with a space, which counts.
        if octets + c.len_utf8() > MAX_LINE_OCTETS {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

/// `YYYYMMDDTHHMMSSZ`, in UTC.
fn utc_stamp(epoch_milliseconds: f64) -> String {
    let date = Date::local(epoch_milliseconds, 0);
    let seconds_today = ((epoch_milliseconds / 1000.0).floor() as i64).rem_euclid(86_400);
    let (hours, minutes, seconds) = (seconds_today / 3600, seconds_today % 3600 / 60, seconds_today % 60);
    format!("{}T{hours:02}{minutes:02}{seconds:02}Z", date.basic())
}

/// The file's name when it is downloaded.
pub const FILE_NAME: &str = "my-ahsct-dates.ics";

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).expect("a date")
    }

    fn events() -> Vec<CalendarEvent<'static>> {
        vec![
            CalendarEvent {
                step_id: "collection",
                title: "Collecting your stem cells",
                date: date("2027-02-01"),
                description: "Day \u{2212}9. Bring a book; ask about parking, and the line (PICC)\\".to_owned(),
            },
            CalendarEvent {
                step_id: "reinfusion",
                title: "Getting your stem cells back",
                date: date("2027-02-10"),
                description: String::new(),
            },
            CalendarEvent {
                step_id: "follow-up",
                title: "The months after, and follow-up",
                date: date("2028-02-29"),
                description: "Première visite : apporter la liste des questions, les résultats d’analyses et le carnet de vaccination — 第一次随访".repeat(2),
            },
        ]
    }

    // 2026-12-02 09:05:07 UTC.
    const NOW: f64 = 1_796_202_307_000.0;

    #[test]
    fn the_stamp_is_utc() {
        assert_eq!(utc_stamp(NOW), "20261202T090507Z");
        assert_eq!(utc_stamp(0.0), "19700101T000000Z");
    }

    #[test]
    fn every_line_ends_with_crlf_and_none_is_longer_than_75_octets() {
        let text = calendar(&events(), "My aHSCT dates", NOW).unwrap();
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{} octets: {line}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        // Unfolding gives back the escaped note, characters whole.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION:{}", escape(&events()[2].description))));
    }

    #[test]
    fn escaping_follows_the_rfc() {
        assert_eq!(escape("a;b,c\\d\ne\r\u{7}f\tg"), "a\\;b\\,c\\\\d\\nef g");
    }

    #[test]
    fn an_independent_parser_reads_each_step_as_an_all_day_event_with_a_stable_uid() {
        let text = calendar(&events(), "My aHSCT dates", NOW).unwrap();
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = parser.next().expect("one calendar").expect("it parses");
        assert!(parser.next().is_none(), "only one calendar");
        let property = |properties: &[ical::property::Property], name: &str| {
            properties.iter().find(|p| p.name == name).map(|p| (p.value.clone().unwrap_or_default(), p.params.clone()))
        };
        assert_eq!(property(&calendar.properties, "VERSION").unwrap().0, "2.0");
        assert_eq!(calendar.events.len(), 3);
        let first = &calendar.events[0].properties;
        assert_eq!(property(first, "UID").unwrap().0, "collection@my-dates.ahsct-explainer");
        assert_eq!(property(first, "SUMMARY").unwrap().0, "Collecting your stem cells");
        let (start, params) = property(first, "DTSTART").unwrap();
        assert_eq!(start, "20270201");
        assert_eq!(params.unwrap(), vec![("VALUE".to_owned(), vec!["DATE".to_owned()])]);
        assert_eq!(property(first, "DTEND").unwrap().0, "20270202");
        assert_eq!(property(first, "DTSTAMP").unwrap().0, "20261202T090507Z");
        // The parser leaves escapes as they are: undo them to compare.
        let note = property(first, "DESCRIPTION").unwrap().0;
        let unescaped = note.replace("\\n", "\n").replace("\\;", ";").replace("\\,", ",").replace("\\\\", "\\");
        assert_eq!(unescaped, events()[0].description);
        assert_eq!(property(&calendar.events[1].properties, "DESCRIPTION"), None, "no note, no description");
        let leap = &calendar.events[2].properties;
        assert_eq!(property(leap, "DTEND").unwrap().0, "20280301");
        assert_eq!(property(leap, "DESCRIPTION").unwrap().0, escape(&events()[2].description), "unfolded whole");
    }

    #[test]
    fn uids_stay_the_same_from_one_export_to_the_next() {
        let uids = |text: String| -> Vec<String> {
            text.split("\r\n").filter(|l| l.starts_with("UID:")).map(str::to_owned).collect()
        };
        let mut later = events();
        later[0].date = date("2027-02-03");
        later[0].description = "Moved".into();
        assert_eq!(
            uids(calendar(&events(), "x", NOW).unwrap()),
            uids(calendar(&later, "x", NOW + 86_400_000.0).unwrap())
        );
    }

    #[test]
    fn no_dates_is_no_calendar() {
        assert_eq!(calendar(&[], "My aHSCT dates", NOW), None);
    }
}
