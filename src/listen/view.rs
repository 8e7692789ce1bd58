use leptos::prelude::*;

use crate::listen::state::{use_listen, Availability, ListenStatus};
use crate::listen::SpeechRate;
use crate::platform::dom;
use crate::settings::state::use_reading_settings;
use crate::settings::ReadingSettings;

/// The attribute of the element that carries the controls' words as JSON,
/// read once by the browser's entry (`ListenState::from_page`).
pub const LISTEN_DATA_ATTRIBUTE: &str = "data-listen";

/// A "Listen" control, as an island of its own (the whole page, a section,
/// the short version). A step's control is inside the step's island.
#[island]
pub fn ListenButton(name: String, label: String, about: Option<String>, says_when_no_voice: bool) -> impl IntoView {
    view! { <ListenControl name=name label=label about=about says_when_no_voice=says_when_no_voice/> }
}

/// "Listen to this part": reads aloud what the element named `name`
/// (`state::SCOPE_ATTRIBUTE`) shows. While it reads, its controls (pause,
/// stop, speed) show beside it, or fixed at the foot of the window, and
/// take focus. It shows only where the device has a voice of its own for the
/// page's language; the page's own control says so where it has none.
/// `about` is the id of the heading of what it reads: twenty buttons named
/// "Listen to this part" are told apart by it.
#[component]
pub fn ListenControl(name: String, label: String, about: Option<String>, says_when_no_voice: bool) -> impl IntoView {
    let listen = use_listen();
    let reading = use_reading_settings();
    let words = listen.words();
    let start = NodeRef::<leptos::html::Button>::new();
    let pause = NodeRef::<leptos::html::Button>::new();
    let controls = NodeRef::<leptos::html::Div>::new();
    let name = StoredValue::new(name);
    let is_mine = move || name.with_value(|name| listen.is_active(name));
    let status = move || if is_mine() { listen.status.get() } else { ListenStatus::Idle };
    let shows_controls =
        move || matches!(status(), ListenStatus::Reading | ListenStatus::Paused | ListenStatus::Failed);
    let status_text = move || match status() {
        ListenStatus::Idle => String::new(),
        ListenStatus::Reading => words.reading.clone(),
        ListenStatus::Paused => words.paused.clone(),
        ListenStatus::Failed => words.failed.clone(),
        ListenStatus::Finished => words.finished.clone(),
    };
    // The sentence being read is kept above these controls while they show.
    Effect::new(move |_| {
        if shows_controls() {
            if let Some(div) = controls.get_untracked() {
                listen.controls_shown(div.into());
            }
        }
    });
    // Back to "Listen" when the reading ends here (not when it moved on to
    // another part), if focus was in the controls that leave with it.
    Effect::new(move |was_showing: Option<bool>| {
        let showing = shows_controls();
        let ended_here = move || listen.active.with_untracked(|active| active.is_none()) || is_mine();
        if was_showing == Some(true) && !showing && ended_here() {
            let focus_was_inside = controls.get_untracked().is_none_or(|div| {
                dom::document()
                    .and_then(|d| d.active_element())
                    .is_none_or(|active| div.contains(Some(&active)) || active.tag_name().eq_ignore_ascii_case("body"))
            });
            if focus_was_inside {
                dom::focus_soon(start);
            }
        }
        showing
    });
    // A list to choose from, not three radio buttons: on a phone with the
    // largest text the controls then take two rows at the window's foot.
    let speed_options = SpeechRate::ALL
        .into_iter()
        .zip([words.slower.clone(), words.normal.clone(), words.faster.clone()])
        .map(|(rate, label)| {
            view! {
                <option value=rate.as_str() prop:selected=move || reading.settings.get().speech == rate>
                    {label}
                </option>
            }
        })
        .collect_view();
    let choose_speed = move |event: leptos::ev::Event| {
        if let Some(rate) = SpeechRate::parse(&event_target_value(&event)) {
            reading.choose(ReadingSettings { speech: rate, ..reading.settings.get_untracked() });
            listen.speed_changed();
        }
    };
    let toggle = move |_| match listen.status.get_untracked() {
        ListenStatus::Reading => listen.pause(),
        _ => listen.resume(),
    };
    // Nothing at all until the device is known to have a voice (or, for the
    // page's own control, known to have none): no box, no empty space.
    let shows_anything = move || match listen.availability.get() {
        Availability::Ready => true,
        Availability::NoLocalVoice => says_when_no_voice,
        Availability::Unknown | Availability::NotHere => false,
    };
    let no_voice = says_when_no_voice.then(|| {
        view! {
            <p class="listen__no-voice" hidden=move || listen.availability.get() != Availability::NoLocalVoice>
                {words.no_voice.clone()}
            </p>
        }
    });

    view! {
        <div class="listen" hidden=move || !shows_anything()>
            <button
                type="button"
                class="button button--quiet listen__start"
                node_ref=start
                aria-describedby=about
                hidden=move || listen.availability.get() != Availability::Ready
                on:click=move |_| {
                    name.with_value(|name| listen.start(name));
                    dom::focus_soon(pause);
                }
            >
                <span class="listen__icon" aria-hidden="true"></span>
                {label}
            </button>
            {no_voice}
            <div class="listen__controls" role="group" aria-label=words.controls.clone() node_ref=controls hidden=move || !shows_controls()>
                <button
                    type="button"
                    class="button button--primary listen__pause"
                    node_ref=pause
                    prop:textContent=move || {
                        if status() == ListenStatus::Reading { words.pause.clone() } else { words.resume.clone() }
                    }
                    on:click=toggle
                ></button>
                <button type="button" class="button button--quiet listen__stop" on:click=move |_| listen.stop()>
                    {words.stop.clone()}
                </button>
                <label class="listen__speed">
                    {words.speed.clone()}
                    " "
                    <select class="listen__speed-choice" on:change=choose_speed>
                        {speed_options}
                    </select>
                </label>
            </div>
            // Its text as a property (src/questions/list_count.rs says why).
            <p class="listen__status" role="status" prop:textContent=status_text></p>
        </div>
    }
}
