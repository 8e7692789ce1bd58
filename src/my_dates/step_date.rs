//! A step's own date: the date the reader's team gave them, and a note.

#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use crate::content::use_content;
#[cfg(not(target_arch = "wasm32"))]
use crate::my_dates::MAX_NOTE_CHARS;

/// The fields for one step's date and note, at the end of the step. An
/// island (`bind`): without scripts it is not shown, since nothing could be
/// kept; on paper only a saved date shows.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn StepDate(step_id: &'static str) -> impl IntoView {
    let text = &use_content().my_dates;
    let id = format!("my-date-{step_id}");
    let error_id = format!("{id}-error");
    let note_id = format!("{id}-note");
    let note_hint_id = format!("{id}-note-hint");
    view! {
        <div class="my-date" data-island="my-date" data-step=step_id>
            <h4 class="my-date__heading">{text.step_heading}</h4>
            <p class="my-date__shown" hidden>
                <strong class="my-date__your-date">{text.your_date}</strong>
                " "
                <span class="my-date__when"></span>
            </p>
            <p class="my-date__shown-note" hidden></p>
            <form class="my-date__form" novalidate>
                <div class="my-date__field">
                    <label class="my-date__label" for=id.clone()>{text.date_label}</label>
                    <p class="my-date__error" id=error_id hidden>
                        <span class="visually-hidden">{text.error_prefix}" "</span>
                        <span class="my-date__error-text"></span>
                    </p>
                    <input class="my-date__date" type="date" id=id min="2000-01-01" aria-invalid="false"/>
                </div>
                <div class="my-date__field">
                    <label class="my-date__label" for=note_id.clone()>{text.note_label}</label>
                    <p class="my-date__hint" id=note_hint_id.clone()>
                        {text.note_hint.replace("{max}", &MAX_NOTE_CHARS.to_string())}
                    </p>
                    <textarea class="my-date__note" id=note_id rows="2" maxlength=MAX_NOTE_CHARS.to_string()
                        aria-describedby=note_hint_id></textarea>
                </div>
                <div class="my-date__buttons">
                    // Enabled once the app runs: before that, a submitted form would
                    // only reload the page.
                    <button type="submit" class="button my-date__save" disabled>{text.save}</button>
                    <button type="button" class="button button--quiet my-date__remove" hidden>{text.remove}</button>
                </div>
            </form>
            <p class="my-date__status" role="status"></p>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub fn bind(island: &crate::islands::bind::Island) -> Result<(), String> {
    use crate::reactive::prelude::*;
    use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

    use crate::islands::bind;
    use crate::my_dates::browser;
    use crate::my_dates::schedule;
    use crate::my_dates::state::use_my_dates;
    use crate::timeline::state::use_timeline;

    let state = use_my_dates();
    let timeline = use_timeline();
    if timeline.steps.is_empty() {
        // The timeline could not start, and said why: its dates stay hidden with it.
        return Ok(());
    }
    let words = state.words()?;
    let step_id = island.attribute("data-step")?;
    let (step, _) = timeline
        .steps
        .iter()
        .enumerate()
        .find(|(_, (id, _))| *id == step_id)
        .ok_or_else(|| format!("the step \"{step_id}\" is not in the page's timeline"))?;
    let step_id: &'static str = timeline.steps[step].0;

    let shown: HtmlElement = island.find(".my-date__shown")?;
    let when: Element = island.find(".my-date__when")?;
    let shown_note: HtmlElement = island.find(".my-date__shown-note")?;
    let form: Element = island.find(".my-date__form")?;
    let date_field: HtmlInputElement = island.find(".my-date__date")?;
    let note_field: HtmlTextAreaElement = island.find(".my-date__note")?;
    let error: HtmlElement = island.find(".my-date__error")?;
    let error_text: Element = island.find(".my-date__error-text")?;
    let remove: HtmlElement = island.find(".my-date__remove")?;
    let status: Element = island.find(".my-date__status")?;
    let save: web_sys::HtmlButtonElement = island.find(".my-date__save")?;
    save.set_disabled(false);

    // No `max` on the field, though the latest date depends on today: this
    // code loads as a reader starts to type, and a browser clears a date
    // half typed when its field's range changes. Save says what is too late.
    let today = browser::today();

    // The fields are written only when this step's own entry changes: typing
    // in another step's fields is never written over by a save there, the
    // reinfusion's included (that only changes what this step's date says).
    let last_seen = std::cell::RefCell::new(None);
    let (date_shown, note_shown, remove_shown) = (date_field.clone(), note_field.clone(), remove.clone());
    crate::islands::effect(move || {
        let (entry, reinfusion) =
            state.dates.with(|dates| (dates.get(step_id).cloned(), browser::reinfusion_date(dates)));
        let seen = Some((entry.clone(), reinfusion));
        let before = last_seen.replace(seen.clone());
        if before == seen {
            return;
        }
        let entry_changed = before.as_ref().is_none_or(|(earlier, _)| *earlier != entry);
        // This code loads when a reader first comes to a date: what they
        // began to type meanwhile stays, unless a saved date is to be shown.
        let first = before.is_none();
        if entry_changed && !(first && entry.is_none()) {
            date_shown.set_value(&entry.as_ref().map(|e| e.date.iso()).unwrap_or_default());
            note_shown.set_value(entry.as_ref().map_or("", |e| e.note.as_str()));
        }
        let about = entry
            .as_ref()
            .map(|e| format!("{} ({})", browser::written(e.date), words.about(e.date, today, reinfusion)));
        when.set_text_content(about.as_deref());
        shown.set_hidden(entry.is_none());
        remove_shown.set_hidden(entry.is_none());
        let note = entry.map(|e| e.note).unwrap_or_default();
        shown_note.set_hidden(note.is_empty());
        shown_note.set_text_content(Some(&note));
    });

    let show_problem = {
        let (date_field, error) = (date_field.clone(), error.clone());
        move |message: Option<String>| {
            error_text.set_text_content(message.as_deref());
            error.set_hidden(message.is_none());
            let _ = date_field.set_attribute("aria-invalid", if message.is_some() { "true" } else { "false" });
            if message.is_some() {
                let _ = date_field.set_attribute("aria-describedby", &error.id());
            } else {
                let _ = date_field.remove_attribute("aria-describedby");
            }
        }
    };
    let saved_status = status.clone();
    let (save_date, save_note, save_problem) = (date_field.clone(), note_field.clone(), show_problem.clone());
    bind::on(&form, "submit", move |event| {
        event.prevent_default();
        let others = state.dates.with_untracked(|dates| browser::dated_steps(dates, timeline));
        let reinfusion_step = browser::reinfusion_step(timeline);
        match schedule::check(&save_date.value(), step, today, reinfusion_step, &others) {
            Ok(date) => {
                let note = save_note.value();
                state.change(|dates| {
                    dates.set(step_id, date, &note);
                });
                save_problem(None);
                saved_status.set_text_content(Some(words.saved));
            }
            // As GOV.UK's error pattern does: the message beside the field,
            // and focus on the field, which the message now describes.
            Err(problem) => {
                let title = |index: usize| timeline.steps.get(index).map_or("", |(_, t)| *t).to_owned();
                save_problem(Some(words.problem(&problem, step, reinfusion_step, title, browser::written)));
                saved_status.set_text_content(None);
                let _ = save_date.focus();
            }
        }
    });
    bind::on(&remove, "click", move |_| {
        state.change(|dates| dates.remove(step_id));
        show_problem(None);
        status.set_text_content(Some(words.removed));
        // The button goes with the date: focus goes back to the field.
        let _ = date_field.focus();
    });
    Ok(())
}
