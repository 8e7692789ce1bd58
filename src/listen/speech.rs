//! The device's voices, through the Web Speech API (`speechSynthesis`).
//! Only a voice on the device is ever used: any other would send the text
//! it reads to a server.
//!
//! Why not leptos-use's `use_speech_synthesis`: it is built around one text
//! read as one utterance. Reading sentence by
//! sentence, one utterance each, tells us which sentence is being read from
//! each utterance's own `start` (not every voice sends word boundaries), and
//! a pause that cancels and later speaks the same sentence again works
//! alike in every engine.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::listen::{choose_voice, SpeechRate, VoiceFacts};

/// The browser's speech synthesis, where it has one.
pub fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Read as a property: where the browser has none, it is undefined, and
    // web-sys's own getter would not say so.
    let found = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    (found.is_object()).then(|| found.unchecked_into())
}

/// What the device's list of voices says for this page's language.
#[derive(Debug, Clone)]
pub enum VoiceSearch {
    Found(SpeechSynthesisVoice),
    /// The list is empty: some browsers fill it a moment after the page
    /// opens (`voiceschanged`), some never.
    NoVoicesYet,
    NoneForLanguage,
}

pub fn local_voice_for(synthesis: &SpeechSynthesis, page_lang: &str) -> VoiceSearch {
    // Read by their properties, not checked as `SpeechSynthesisVoice`s, so
    // that a test's stand-in voices are read alike.
    let voices: Vec<SpeechSynthesisVoice> =
        synthesis.get_voices().iter().filter(|voice| voice.is_object()).map(|voice| voice.unchecked_into()).collect();
    if voices.is_empty() {
        return VoiceSearch::NoVoicesYet;
    }
    let facts: Vec<VoiceFacts> = voices
        .iter()
        .map(|voice| VoiceFacts { lang: voice.lang(), local: voice.local_service(), default: voice.default() })
        .collect();
    match choose_voice(page_lang, &facts) {
        Some(index) => VoiceSearch::Found(voices[index].clone()),
        None => VoiceSearch::NoneForLanguage,
    }
}

/// How one sentence's reading ended.
pub enum Spoken {
    Done,
    /// The voice stopped with an error (its code, for the console).
    Failed(String),
}

/// What happens as one sentence is read: it starts, then it ends once.
pub struct SentenceEvents {
    pub started: Box<dyn FnOnce()>,
    pub ended: Box<dyn FnOnce(Spoken)>,
}

/// Reads one sentence. The utterance is returned to be kept until it ends:
/// some browsers drop the events of an utterance nothing holds on to.
pub fn speak(
    synthesis: &SpeechSynthesis,
    text: &str,
    voice: &SpeechSynthesisVoice,
    rate: SpeechRate,
    events: SentenceEvents,
) -> Option<SpeechSynthesisUtterance> {
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    utterance.set_voice(Some(voice));
    utterance.set_lang(&voice.lang());
    utterance.set_rate(rate.utterance_rate());
    let SentenceEvents { started, ended } = events;
    let ended = Rc::new(RefCell::new(Some(ended)));
    let on_end = {
        let ended = Rc::clone(&ended);
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            if let Some(ended) = ended.borrow_mut().take() {
                ended(Spoken::Done);
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let code = js_sys::Reflect::get(&event, &"error".into()).ok().and_then(|code| code.as_string());
        if let Some(ended) = ended.borrow_mut().take() {
            ended(Spoken::Failed(code.unwrap_or_default()));
        }
    });
    let on_start = Closure::once_into_js(started);
    utterance.set_onstart(Some(on_start.unchecked_ref()));
    // Handed to the page's JavaScript, which frees them with the utterance.
    utterance.set_onend(Some(on_end.into_js_value().unchecked_ref()));
    utterance.set_onerror(Some(on_error.into_js_value().unchecked_ref()));
    synthesis.speak(&utterance);
    Some(utterance)
}

/// Stops the voice and forgets what was queued.
pub fn silence() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
