//! A step's own date: the date the reader's team gave them, and a note.

use leptos::prelude::*;

use crate::my_dates::calendar::Date;
use crate::my_dates::state::use_my_dates;
use crate::my_dates::{browser, schedule, MyDate, MAX_NOTE_CHARS};
use crate::timeline::state::use_timeline;

/// The fields for one step's date and note, at the end of the step. Without
/// scripts it is not shown, since nothing could be kept; on paper only a
/// saved date shows. Its words are the dates' shared words (`MyDatesState`).
#[island]
pub fn StepDate(step_id: String) -> impl IntoView {
    let state = use_my_dates();
    let timeline = use_timeline();
    let words = state.words();
    let hydrated = crate::platform::hydrated::hydrated();
    let Some(step) = timeline.steps.iter().position(|(id, _)| *id == step_id) else {
        panic!("the step \"{step_id}\" is not in the page's timeline");
    };
    let step_id: &'static str = timeline.steps[step].0;
    let id = format!("my-date-{step_id}");
    let error_id = format!("{id}-error");
    let note_id = format!("{id}-note");
    let note_hint_id = format!("{id}-note-hint");
    let date_field = NodeRef::<leptos::html::Input>::new();
    let note_field = NodeRef::<leptos::html::Textarea>::new();
    let problem = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());

    let entry = move || state.dates.with(|dates| dates.get(step_id).cloned());
    let reinfusion = move || state.dates.with(browser::reinfusion_date);
    // The fields are written only when this step's own entry changes: typing
    // in another step's fields is never written over by a save there, the
    // reinfusion's included (that only changes what this step's date says).
    // What a reader began to type before the stored dates were read stays,
    // unless a saved date is to be shown.
    Effect::new(move |before: Option<Option<MyDate>>| {
        let now = entry();
        let changed = before.as_ref().is_none_or(|earlier| *earlier != now);
        let first = before.is_none();
        if changed && !(first && now.is_none()) {
            if let (Some(date_field), Some(note_field)) = (date_field.get_untracked(), note_field.get_untracked()) {
                date_field.set_value(&now.as_ref().map(|e| e.date.iso()).unwrap_or_default());
                note_field.set_value(now.as_ref().map_or("", |e| e.note.as_str()));
            }
        }
        now
    });
    let when = move || {
        entry()
            .map(|e| format!("{} ({})", browser::written(e.date), words.about(e.date, browser::today(), reinfusion())))
    };
    let note = move || entry().map(|e| e.note).unwrap_or_default();

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(date_field), Some(note_field)) = (date_field.get_untracked(), note_field.get_untracked()) else {
            return;
        };
        let others = state.dates.with_untracked(|dates| browser::dated_steps(dates, timeline));
        let reinfusion_step = browser::reinfusion_step(timeline);
        // No `max` on the field, though the latest date depends on today: a
        // browser clears a date half typed when its field's range changes.
        // Save says what is too late.
        match schedule::check(&date_field.value(), step, browser::today(), reinfusion_step, &others) {
            Ok(date) => {
                let note = note_field.value();
                state.change(|dates| {
                    dates.set(step_id, date, &note);
                });
                problem.set(None);
                // Beside the button, the truth: where the browser keeps
                // nothing (or another tab's newer release holds the dates),
                // what the panel says, not "saved".
                status.set(state.status.with_untracked(|kept| {
                    if kept.keeps_changes() {
                        words.saved.clone()
                    } else {
                        kept.notice(words.keeping())
                    }
                }));
            }
            // As GOV.UK's error pattern does: the message beside the field,
            // and focus on the field, which the message now describes.
            Err(found) => {
                let title = |index: usize| timeline.steps.get(index).map_or("", |(_, t)| *t).to_owned();
                let written = |date: Date| browser::written(date);
                problem.set(Some(words.problem(&found, step, reinfusion_step, title, written)));
                status.set(String::new());
                let _ = date_field.focus();
            }
        }
    };
    let remove = move |_| {
        state.change(|dates| dates.remove(step_id));
        problem.set(None);
        status.set(words.removed.clone());
        // The button goes with the date: focus goes back to the field.
        if let Some(date_field) = date_field.get_untracked() {
            let _ = date_field.focus();
        }
    };
    let described_by = error_id.clone();
    view! {
        <div class="my-date" data-step=step_id>
            <h4 class="my-date__heading">{words.step_heading.clone()}</h4>
            <p class="my-date__shown" hidden=move || entry().is_none()>
                <strong class="my-date__your-date">{words.your_date.clone()}</strong>
                " "
                // Texts that change are set as properties (src/questions/list_count.rs says why).
                <span class="my-date__when" prop:textContent=when></span>
            </p>
            <p class="my-date__shown-note" dir="auto" hidden=move || note().is_empty() prop:textContent=note></p>
            <form class="my-date__form" novalidate on:submit=save>
                <div class="my-date__field">
                    <label class="my-date__label" for=id.clone()>{words.date_label.clone()}</label>
                    <p class="my-date__error" id=error_id hidden=move || problem.with(Option::is_none)>
                        <span class="visually-hidden">{words.error_prefix.clone()}" "</span>
                        <span class="my-date__error-text" prop:textContent=move || problem.get().unwrap_or_default()></span>
                    </p>
                    <input
                        class="my-date__date"
                        type="date"
                        id=id
                        min="2000-01-01"
                        aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby=move || problem.with(Option::is_some).then(|| described_by.clone())
                        node_ref=date_field
                    />
                </div>
                <div class="my-date__field">
                    <label class="my-date__label" for=note_id.clone()>{words.note_label.clone()}</label>
                    <p class="my-date__hint" id=note_hint_id.clone()>{words.note_hint.clone()}</p>
                    <textarea
                        class="my-date__note"
                        dir="auto"
                        id=note_id
                        rows="2"
                        maxlength=MAX_NOTE_CHARS.to_string()
                        aria-describedby=note_hint_id
                        node_ref=note_field
                    ></textarea>
                </div>
                <div class="my-date__buttons">
                    // Enabled once the island runs: before that, a submitted
                    // form would only reload the page.
                    <button type="submit" class="button my-date__save" disabled=move || !hydrated.get()>
                        {words.save.clone()}
                    </button>
                    <button type="button" class="button button--quiet my-date__remove" hidden=move || entry().is_none() on:click=remove>
                        {words.remove.clone()}
                    </button>
                </div>
            </form>
            <p class="my-date__status" role="status" prop:textContent=move || status.get()></p>
        </div>
    }
}
