//! The reader's dates together, under the timeline: each dated step, and what
//! they can do with them all (download a calendar file, print, clear).

#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use crate::content::use_content;
#[cfg(not(target_arch = "wasm32"))]
use crate::glossary::marked_text::MarkedText;
#[cfg(not(target_arch = "wasm32"))]
use crate::my_dates::words::MyDatesWords;

const HEADING_ID: &str = "my-dates-heading";
#[cfg(not(target_arch = "wasm32"))]
const CONFIRM_QUESTION_ID: &str = "my-dates-clear-question";

/// The panel. An island (`bind`); its words (`data-words`) serve the steps'
/// date islands too. Without scripts it is not shown.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn MyDatesPanel() -> impl IntoView {
    let content = use_content();
    let text = &content.my_dates;
    let words = MyDatesWords::from_content(text, content.lang);
    view! {
        <section class="my-dates" data-island="my-dates" data-words=words.encode() aria-labelledby=HEADING_ID>
            <h3 id=HEADING_ID tabindex="-1">{text.heading}</h3>
            <p>{text.intro}</p>
            <p><MarkedText text=text.day_count unit="timeline"/></p>
            <p class="my-dates__notice" role="status"></p>
            <p class="my-dates__empty">{text.empty}</p>
            <ul class="my-dates__list"></ul>
            <div class="my-dates__actions" hidden>
                <button type="button" class="button my-dates__download">{text.download}</button>
                <button type="button" class="button my-dates__print">{text.print}</button>
                <button type="button" class="button button--quiet my-dates__clear">{text.clear}</button>
            </div>
            <div class="clear-confirm my-dates__confirm" tabindex="-1" role="group" aria-labelledby=CONFIRM_QUESTION_ID hidden>
                <p class="clear-confirm__question" id=CONFIRM_QUESTION_ID>{text.clear_confirm}</p>
                <button type="button" class="button button--warning my-dates__clear-yes">{text.clear_yes}</button>
                <button type="button" class="button button--quiet my-dates__clear-no">{text.clear_no}</button>
            </div>
            <p class="my-dates__status" role="status"></p>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::bind;

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use super::HEADING_ID;
    use crate::islands::bind::{self, Island};
    use crate::my_dates::browser::{self as dates_browser, today, written};
    use crate::my_dates::ics::{self, CalendarEvent};
    use crate::my_dates::schedule;
    use crate::my_dates::state::{use_my_dates, MyDatesState};
    use crate::my_dates::words::MyDatesWords;
    use crate::platform::dom;
    use crate::timeline::state::{use_timeline, TimelineState};

    pub fn bind(island: &Island) -> Result<(), String> {
        let state = use_my_dates();
        let timeline = use_timeline();
        if timeline.steps.is_empty() {
            // The timeline could not start, and said why: the dates stay hidden with it.
            return Ok(());
        }
        // Its own words first, so that a problem with them is named exactly.
        let words = MyDatesWords::decode(&island.words()?).map_err(|e| e.to_string())?;
        let heading: HtmlElement = island.find(&format!("#{HEADING_ID}"))?;
        let notice: Element = island.find(".my-dates__notice")?;
        let empty: Element = island.find(".my-dates__empty")?;
        let list: Element = island.find(".my-dates__list")?;
        let actions: Element = island.find(".my-dates__actions")?;
        let download: Element = island.find(".my-dates__download")?;
        let print: Element = island.find(".my-dates__print")?;
        let clear: HtmlElement = island.find(".my-dates__clear")?;
        let confirmation: HtmlElement = island.find(".my-dates__confirm")?;
        let yes: Element = island.find(".my-dates__clear-yes")?;
        let no: Element = island.find(".my-dates__clear-no")?;
        let status: Element = island.find(".my-dates__status")?;

        let has_dates = move || state.dates.with(|dates| !dates_browser::dated_steps(dates, timeline).is_empty());
        bind::flag(&empty, "hidden", has_dates);
        bind::flag(&actions, "hidden", move || !has_dates());
        let today = today();
        crate::islands::effect(move || show_list(&list, state, words, timeline, today));
        let notice_text = move || state.status.with(|status| status.notice(words.keeping()));
        bind::text(&notice, notice_text);
        bind::class(&notice, "my-dates__notice--shown", move || !notice_text().is_empty());

        let confirming = RwSignal::new(false);
        bind::flag(&clear, "hidden", move || confirming.get());
        bind::flag(&confirmation, "hidden", move || !confirming.get());

        let said = status.clone();
        bind::on(&download, "click", move |_| {
            if download_calendar(state, words, timeline) {
                said.set_text_content(Some(words.downloaded));
            }
        });
        bind::on(&print, "click", |_| dom::print_only("timeline"));
        bind::on(&clear.clone(), "click", move |_| {
            confirming.set(true);
            status.set_text_content(None);
            let confirmation = confirmation.clone();
            dom::request_animation_frame(move || {
                let _ = confirmation.focus();
            });
        });
        let cleared = island.find::<Element>(".my-dates__status")?;
        bind::on(&yes, "click", move |_| {
            state.change(|dates| *dates = Default::default());
            confirming.set(false);
            cleared.set_text_content(Some(words.cleared));
            let heading = heading.clone();
            dom::request_animation_frame(move || {
                let _ = heading.focus();
            });
        });
        bind::on(&no, "click", move |_| {
            confirming.set(false);
            let clear = clear.clone();
            dom::request_animation_frame(move || {
                let _ = clear.focus();
            });
        });
        Ok(())
    }

    /// Each dated step in the timeline's order: its name, date and day count,
    /// and the reader's note, all as plain text.
    fn show_list(
        list: &Element,
        state: MyDatesState,
        words: MyDatesWords,
        timeline: TimelineState,
        today: crate::my_dates::calendar::Date,
    ) {
        list.set_text_content(None);
        state.dates.with(|dates| {
            let reinfusion = dates_browser::reinfusion_date(dates);
            for (index, date) in dates_browser::dated_steps(dates, timeline) {
                let Some(item) = bind::element("li", "my-dates__item") else { return };
                let Some(title) = bind::element("strong", "my-dates__step") else { return };
                title.set_text_content(Some(timeline.steps[index].1));
                let when = format!(": {} ({})", written(date), words.about(date, today, reinfusion));
                let _ = item.append_child(&title);
                let _ = item.append_with_str_1(&when);
                let note = dates.get(timeline.steps[index].0).map(|entry| entry.note.clone()).unwrap_or_default();
                if !note.is_empty() {
                    if let Some(note_line) = bind::element("span", "my-dates__note") {
                        note_line.set_text_content(Some(&note));
                        let _ = item.append_child(&note_line);
                    }
                }
                let _ = list.append_child(&item);
            }
        });
    }

    /// Downloads the dates as a calendar file; false if there is nothing to
    /// put in one, or the browser would not.
    fn download_calendar(state: MyDatesState, words: MyDatesWords, timeline: TimelineState) -> bool {
        let text = state.dates.with_untracked(|dates| {
            let reinfusion = dates_browser::reinfusion_date(dates);
            let events: Vec<CalendarEvent> = dates_browser::dated_steps(dates, timeline)
                .into_iter()
                .map(|(index, date)| {
                    let (step_id, title) = timeline.steps[index];
                    let day_count = reinfusion.map(|reinfusion| {
                        words.day.replace("{day}", &schedule::signed_day(schedule::transplant_day(date, reinfusion)))
                    });
                    let note = dates.get(step_id).map(|entry| entry.note.clone()).filter(|note| !note.is_empty());
                    let description = day_count.into_iter().chain(note).collect::<Vec<_>>().join("\n");
                    CalendarEvent { step_id, title, date, description }
                })
                .collect();
            ics::calendar(&events, words.calendar_name, js_sys::Date::now())
        });
        let Some(text) = text else { return false };
        save_file(&text, ics::FILE_NAME, "text/calendar").is_some()
    }

    /// Hands text to the browser as a file to save.
    fn save_file(text: &str, name: &str, kind: &str) -> Option<()> {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = dom::document()?.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // After the browser has taken the file.
        let revoke = url.clone();
        dom::request_animation_frame(move || {
            let _ = web_sys::Url::revoke_object_url(&revoke);
        });
        Some(())
    }
}
