//! What the dates' islands need from the browser: today where the reader is,
//! dates written as the reader reads them, and the steps by their places.

use crate::my_dates::calendar::Date;
use crate::my_dates::{MyDates, REINFUSION_STEP_ID};
use crate::timeline::state::TimelineState;

/// Today's date where the reader is (the browser's clock and time zone).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is UTC minus local time, in minutes.
    Date::local(now.get_time(), -(now.get_timezone_offset() as i32))
}

/// A date as the reader reads dates, in the page's language: "Monday
/// 1 February 2027" in English, "lunes, 1 de febrero de 2027" in Spanish.
pub fn written(date: Date) -> String {
    let (year, month, day) = date.ymd();
    // Noon, so that no time zone moves it to another day.
    let js_date = js_sys::Date::new_with_year_month_day_hr_min(year as u32, month as i32 - 1, day as i32, 12, 0);
    let options = js_sys::Object::new();
    // The Gregorian calendar and the digits 0 to 9, whatever the locale's own
    // (Saudi Arabia's is the Hijri calendar): the dates the reader entered,
    // as the page writes every number.
    let fields = [
        ("weekday", "long"),
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("calendar", "gregory"),
        ("numberingSystem", "latn"),
    ];
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    let page = crate::platform::dom::document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_owned());
    let reader = web_sys::window().and_then(|w| w.navigator().language());
    js_date
        .to_locale_date_string(crate::my_dates::schedule::locale_for_dates(&page, reader.as_deref()), &options)
        .into()
}

/// The reinfusion's place among the steps.
pub fn reinfusion_step(timeline: TimelineState) -> usize {
    timeline.steps.iter().position(|(id, _)| *id == REINFUSION_STEP_ID).unwrap_or(usize::MAX)
}

/// The reader's dates for the steps this page has, by their places.
pub fn dated_steps(dates: &MyDates, timeline: TimelineState) -> Vec<(usize, Date)> {
    timeline
        .steps
        .iter()
        .enumerate()
        .filter_map(|(index, (id, _))| dates.get(id).map(|entry| (index, entry.date)))
        .collect()
}

/// The reinfusion's date, once the reader has set it.
pub fn reinfusion_date(dates: &MyDates) -> Option<Date> {
    dates.get(REINFUSION_STEP_ID).map(|entry| entry.date)
}

/// Hands text to the browser as a file to save.
pub fn save_file(text: &str, name: &str, kind: &str) -> Option<()> {
    use wasm_bindgen::JsCast;
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(kind)));
    let document = crate::platform::dom::document()?;
    let link = document.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The address is revoked when `url` is dropped: after the browser has taken the file.
    crate::platform::dom::request_animation_frame(move || drop(url));
    Some(())
}
