//! The reader's dates together, under the timeline: each dated step, and what
//! they can do with them all (download a calendar file, print, clear).

use leptos::prelude::*;

use crate::clear_confirm::{ClearWithConfirmation, ClearWords};
use crate::my_dates::ics::{self, CalendarEvent};
use crate::my_dates::state::{use_my_dates, MyDatesState};
use crate::my_dates::{browser, schedule};
use crate::platform::dom;
use crate::timeline::state::{use_timeline, TimelineState};

const HEADING_ID: &str = "my-dates-heading";

/// The attribute of the element that carries the dates' words as JSON,
/// read once by the browser's entry (`MyDatesState::from_page`).
pub const MY_DATES_DATA_ATTRIBUTE: &str = "data-my-dates";

/// The panel: every dated step in the timeline's order, with its day count
/// and the reader's note, all as plain text; the calendar file, print and
/// clear. Its children are the introduction. Without scripts it is not shown.
#[island]
pub fn MyDatesPanel(children: Children) -> impl IntoView {
    let state = use_my_dates();
    let timeline = use_timeline();
    let words = state.words();
    let heading = NodeRef::<leptos::html::H3>::new();
    let status = RwSignal::new(String::new());

    let has_dates = move || state.dates.with(|dates| !browser::dated_steps(dates, timeline).is_empty());
    let notice = move || state.status.with(|status| status.notice(words.keeping()));
    // Each dated step's line: (its place, "title", ": date (day count)", note).
    let lines = move || {
        state.dates.with(|dates| {
            let dated = browser::dated_steps(dates, timeline);
            // (Today is the browser's: asked only when there are dates, never as the page is built.)
            let today = if dated.is_empty() { None } else { Some(browser::today()) };
            let reinfusion = browser::reinfusion_date(dates);
            dated
                .into_iter()
                .zip(today.into_iter().cycle())
                .map(|((index, date), today)| {
                    let (step_id, title) = timeline.steps[index];
                    let when = format!(": {} ({})", browser::written(date), words.about(date, today, reinfusion));
                    let note = dates.get(step_id).map(|entry| entry.note.clone()).unwrap_or_default();
                    (index, title, when, note)
                })
                .collect::<Vec<_>>()
        })
    };
    let download = move |_| {
        if download_calendar(state, timeline) {
            status.set(words.downloaded.clone());
        }
    };
    let clear = move |_| {
        state.change(|dates| *dates = Default::default());
        status.set(words.cleared.clone());
        dom::focus_soon(heading);
    };
    let clear_words = ClearWords {
        clear: words.clear.clone(),
        question: words.clear_confirm.clone(),
        yes: words.clear_yes.clone(),
        no: words.clear_no.clone(),
    };
    view! {
        <h3 class="my-dates__heading" id=HEADING_ID tabindex="-1" node_ref=heading>{words.heading.clone()}</h3>
        {children()}
        // Texts that change are set as properties (src/questions/list_count.rs says why).
        <p class="my-dates__notice" class:my-dates__notice--shown=move || !notice().is_empty() role="status" prop:textContent=notice></p>
        <p class="my-dates__empty" hidden=has_dates>{words.empty.clone()}</p>
        <ul class="my-dates__list">
            <For each=lines key=|line| line.clone() let((_, title, when, note))>
                <li class="my-dates__item">
                    <strong class="my-dates__step">{title}</strong>
                    {when}
                    {(!note.is_empty()).then(|| view! { <span class="my-dates__note" dir="auto">{note}</span> })}
                </li>
            </For>
        </ul>
        <div class="my-dates__actions" hidden=move || !has_dates()>
            <button type="button" class="button my-dates__download" on:click=download>{words.download.clone()}</button>
            <button type="button" class="button my-dates__print" on:click=|_| dom::print_only("timeline")>{words.print.clone()}</button>
            <ClearWithConfirmation name="my-dates" words=clear_words on_ask=move |_| status.set(String::new()) on_clear=clear/>
        </div>
        <p class="my-dates__status" role="status" prop:textContent=move || status.get()></p>
    }
}

/// Downloads the dates as a calendar file; false if there is nothing to put
/// in one, or the browser would not.
fn download_calendar(state: MyDatesState, timeline: TimelineState) -> bool {
    let words = state.words();
    let text = state.dates.with_untracked(|dates| {
        let reinfusion = browser::reinfusion_date(dates);
        let events: Vec<CalendarEvent> = browser::dated_steps(dates, timeline)
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
        ics::calendar(&events, &words.calendar_name, js_sys::Date::now())
    });
    let Some(text) = text else { return false };
    browser::save_file(&text, ics::FILE_NAME, "text/calendar").is_some()
}

/// The panel with its introduction, and the dates' words for the page's
/// entry (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::MyDates;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::{MyDatesPanel, HEADING_ID};
    use crate::content::use_content;
    use crate::glossary::marked_text::MarkedText;
    use crate::my_dates::state::use_my_dates;

    #[component]
    pub fn MyDates() -> impl IntoView {
        let text = &use_content().my_dates;
        let words = serde_json::to_string(use_my_dates().words()).unwrap_or_default();
        view! {
            <section class="my-dates" data-my-dates=words aria-labelledby=HEADING_ID>
                <MyDatesPanel>
                    <p>{text.intro}</p>
                    <p><MarkedText text=text.day_count unit="timeline"/></p>
                </MyDatesPanel>
            </section>
        }
    }
}
