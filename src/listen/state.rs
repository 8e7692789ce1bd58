//! Reading aloud as shared state: whether this device can, which control
//! started the reading, which sentence is being read, and the voice.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::listen::reading_order::{self, Sentence};
use crate::listen::speech::{self, SentenceEvents, Spoken, VoiceSearch};
use crate::listen::words::ListenWords;
use crate::platform::dom;
use crate::settings::state::ReadingSettingsState;

/// Whether this device can read the page aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// Not known yet (as the page is built, and until the device lists its voices).
    Unknown,
    Ready,
    /// The device has voices, but none of its own for the page's language.
    NoLocalVoice,
    /// No speech synthesis in this browser.
    NotHere,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenStatus {
    Idle,
    Reading,
    Paused,
    /// The device's voice stopped with an error.
    Failed,
    Finished,
}

/// The reading under way, which only the browser holds.
#[derive(Default)]
struct Reading {
    root: Option<Element>,
    sentences: Vec<Sentence>,
    voice: Option<SpeechSynthesisVoice>,
    /// Kept until it ends: some browsers lose the events of an utterance
    /// that nothing holds on to.
    utterance: Option<SpeechSynthesisUtterance>,
    /// Counted up whenever the voice is silenced, so that a late event of
    /// an earlier sentence is ignored.
    generation: u32,
    /// The controls of the reading's own control, which the sentence being
    /// read must stay above.
    controls: Option<Element>,
}

/// How long a sentence may wait for the voice to begin before the reader is
/// told the voice has a problem: long enough for a voice loading for the first
/// time on a slow device, and short enough that "Reading aloud." is not left
/// over silence (a voice that never starts sends no error either).
const VOICE_START_LIMIT: Duration = Duration::from_secs(10);

/// The attribute that names what a control reads: the element a control
/// named `page` reads has `data-listen-scope="page"`.
pub const SCOPE_ATTRIBUTE: &str = "data-listen-scope";

#[derive(Clone, Copy)]
pub struct ListenState {
    pub availability: RwSignal<Availability>,
    pub status: RwSignal<ListenStatus>,
    /// The name of the control whose reading this is; it shows the controls.
    pub active: RwSignal<Option<String>>,
    position: RwSignal<usize>,
    reading: StoredValue<Reading, LocalStorage>,
    settings: ReadingSettingsState,
    words: Option<&'static ListenWords>,
}

impl ListenState {
    pub fn new(words: Option<&'static ListenWords>, settings: ReadingSettingsState) -> Self {
        Self {
            availability: RwSignal::new(Availability::Unknown),
            status: RwSignal::new(ListenStatus::Idle),
            active: RwSignal::new(None),
            position: RwSignal::new(0),
            reading: StoredValue::new_local(Reading::default()),
            settings,
            words,
        }
    }

    /// The words as the page carries them (`view::LISTEN_DATA_ATTRIBUTE`).
    #[cfg(target_arch = "wasm32")]
    pub fn from_page(settings: ReadingSettingsState) -> Self {
        let words = crate::platform::page_data::read::<ListenWords>(crate::listen::view::LISTEN_DATA_ATTRIBUTE);
        Self::new(words.map(|words| &*Box::leak(Box::new(words))), settings)
    }

    /// The words; a control without them cannot show the page as built, so
    /// it refuses to hydrate and stays as the page has it (hidden).
    pub fn words(&self) -> &'static ListenWords {
        self.words.expect("the listen controls' words are missing from the page, or malformed")
    }

    /// The controls now showing for the reading (a control's own `NodeRef`).
    pub fn controls_shown(&self, controls: Element) {
        self.reading.update_value(|reading| reading.controls = Some(controls));
    }

    pub fn is_active(&self, name: &str) -> bool {
        self.active.with(|active| active.as_deref() == Some(name))
    }

    /// Looks for a voice of the device's own in the page's language, once the
    /// page has started, and again each time the device's list changes.
    pub fn find_voice(&self) {
        let Some(synthesis) = speech::synthesis() else {
            self.availability.set(Availability::NotHere);
            return;
        };
        let lang = dom::document()
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
            .unwrap_or_default();
        match speech::local_voice_for(&synthesis, &lang) {
            VoiceSearch::Found(voice) => {
                self.reading.update_value(|reading| reading.voice = Some(voice));
                self.availability.set(Availability::Ready);
            }
            // Asked again when the browser says its list changed.
            VoiceSearch::NoVoicesYet => {}
            VoiceSearch::NoneForLanguage => {
                if self.status.get_untracked() != ListenStatus::Idle {
                    self.stop();
                }
                self.availability.set(Availability::NoLocalVoice);
            }
        }
    }

    /// Reads what the element named `name` shows, from its start.
    pub fn start(&self, name: &str) {
        self.silence();
        let root = scope_element(name);
        let sentences = root.as_ref().map(reading_order::sentences_in).unwrap_or_default();
        self.reading.update_value(|reading| {
            reading.root = root;
            reading.sentences = sentences;
        });
        self.active.set(Some(name.to_owned()));
        self.position.set(0);
        self.status.set(ListenStatus::Reading);
        self.speak_current();
    }

    pub fn pause(&self) {
        self.silence();
        self.status.set(ListenStatus::Paused);
    }

    /// Reads again from the sentence paused in (or the one the voice failed on).
    pub fn resume(&self) {
        self.status.set(ListenStatus::Reading);
        self.speak_current();
    }

    pub fn stop(&self) {
        self.silence();
        reading_order::mark(None);
        self.reading.update_value(|reading| {
            reading.root = None;
            reading.sentences.clear();
        });
        self.status.set(ListenStatus::Idle);
        self.active.set(None);
    }

    /// The reader chose another speed: the sentence being read starts again at it.
    pub fn speed_changed(&self) {
        if self.status.get_untracked() == ListenStatus::Reading {
            self.silence();
            self.speak_current();
        }
    }

    /// The reader went to another place on the page while listening (a
    /// link, Back, another step): the reading goes on from there. Inside
    /// what is being read, from that place (what shows there now, such as
    /// the step the timeline moved to); reading a part or a step, another
    /// part or step is read instead. Anywhere else, nothing changes.
    pub fn follow(&self, target: &Element) {
        let status = self.status.get_untracked();
        if !matches!(status, ListenStatus::Reading | ListenStatus::Paused) {
            return;
        }
        let Some(name) = self.active.get_untracked() else { return };
        let root = self.reading.with_value(|reading| reading.root.clone());
        let (new_name, root) = match root {
            Some(root) if root.contains(Some(target)) => (name, root),
            _ if name == "page" => return,
            _ => {
                let Some(scope) = target.closest(&format!("[{SCOPE_ATTRIBUTE}]")).ok().flatten() else { return };
                let Some(new_name) = scope.get_attribute(SCOPE_ATTRIBUTE) else { return };
                // A step for a step, a part for a part.
                if new_name == "page" || new_name.starts_with("step-") != name.starts_with("step-") {
                    return;
                }
                (new_name, scope)
            }
        };
        let sentences = reading_order::sentences_in(&root);
        // The first sentence at the place or after it (the place itself may
        // be something never read, such as the contents).
        let Some(from) = sentences.iter().position(|sentence| {
            sentence.block == *target
                || target.compare_document_position(&sentence.block) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0
        }) else {
            return;
        };
        self.silence();
        let root = Some(root);
        self.reading.update_value(|reading| {
            reading.root = root;
            reading.sentences = sentences;
        });
        self.active.set(Some(new_name));
        self.position.set(from);
        if status == ListenStatus::Reading {
            self.speak_current();
        } else {
            reading_order::mark(None);
        }
    }

    fn silence(&self) {
        self.reading.update_value(|reading| {
            reading.generation = reading.generation.wrapping_add(1);
            reading.utterance = None;
        });
        speech::silence();
    }

    fn is_current(&self, generation: u32) -> bool {
        self.reading.try_with_value(|reading| reading.generation == generation).unwrap_or(false)
    }

    fn speak_current(&self) {
        let this = *self;
        let position = self.position.get_untracked();
        let generation = self.reading.with_value(|reading| reading.generation);
        let next = self.reading.with_value(|reading| {
            let sentence = reading.sentences.get(position)?;
            Some((sentence.text.clone(), reading.voice.clone()?))
        });
        let (Some((text, voice)), Some(synthesis)) = (next, speech::synthesis()) else {
            self.finish();
            return;
        };
        // Whether the voice has begun (or ended) this sentence, for the watch below.
        let heard_from = Rc::new(Cell::new(false));
        let events = SentenceEvents {
            started: Box::new({
                let heard_from = Rc::clone(&heard_from);
                move || {
                    heard_from.set(true);
                    if this.is_current(generation) {
                        this.show_sentence(position);
                    }
                }
            }),
            ended: Box::new({
                let heard_from = Rc::clone(&heard_from);
                move |spoken| {
                    heard_from.set(true);
                    if !this.is_current(generation) {
                        return;
                    }
                    match spoken {
                        Spoken::Done => {
                            this.position.set(position + 1);
                            this.speak_current();
                        }
                        // Another tab or app took the voice: that is a pause, not a fault.
                        Spoken::Failed(code) if code == "interrupted" || code == "canceled" => {
                            this.status.set(ListenStatus::Paused);
                        }
                        Spoken::Failed(code) => {
                            dom::warn(&format!("Reading aloud stopped: the voice said \"{code}\"."));
                            this.status.set(ListenStatus::Failed);
                        }
                    }
                }
            }),
        };
        let rate = self.settings.settings.get_untracked().speech;
        let utterance = speech::speak(&synthesis, &text, &voice, rate, events);
        if utterance.is_none() {
            self.status.set(ListenStatus::Failed);
        } else {
            self.watch_for_start(generation, heard_from);
        }
        self.reading.update_value(|reading| reading.utterance = utterance);
    }

    /// A voice that takes the sentence but never begins it (some engines, as
    /// they fail to load) is silenced, and the reader told, as for a voice
    /// that fails; Continue tries the sentence again.
    fn watch_for_start(&self, generation: u32, heard_from: Rc<Cell<bool>>) {
        let this = *self;
        set_timeout(
            move || {
                let still_waiting = !heard_from.get()
                    && this.is_current(generation)
                    && this.status.try_get_untracked() == Some(ListenStatus::Reading);
                if still_waiting {
                    dom::warn("Reading aloud stopped: the voice did not begin the sentence within 10 seconds.");
                    this.silence();
                    this.status.set(ListenStatus::Failed);
                }
            },
            VOICE_START_LIMIT,
        );
    }

    /// The sentence at `position` is being read: marked, and kept in view
    /// (unless the page is inside a host's frame, whose page is the host's
    /// to scroll).
    fn show_sentence(&self, position: usize) {
        self.reading.with_value(|reading| {
            let Some(sentence) = reading.sentences.get(position) else { return };
            reading_order::mark(Some(sentence));
            if !dom::page_is_embedded() {
                keep_in_view(&sentence.range, reading.controls.as_ref());
            }
        });
    }

    fn finish(&self) {
        reading_order::mark(None);
        self.reading.update_value(|reading| reading.sentences.clear());
        self.status.set(ListenStatus::Finished);
    }
}

/// Scrolls the sentence to a third of the way down the window, unless it is
/// in view already and above the controls fixed at the window's foot
/// (`listen.css`), however tall large text makes them.
fn keep_in_view(sentence: &web_sys::Range, controls: Option<&Element>) {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let controls_top = controls
        .map(|controls| controls.get_bounding_client_rect().top())
        .filter(|top| *top > 0.0 && *top < height)
        .unwrap_or(height);
    let rect = sentence.get_bounding_client_rect();
    if rect.top() < 0.0 || rect.bottom() > controls_top {
        window.scroll_by_with_x_and_y(0.0, rect.top() - controls_top / 3.0);
    }
}

/// The element a control named `name` reads.
fn scope_element(name: &str) -> Option<Element> {
    let found = dom::document()?.query_selector(&format!("[{SCOPE_ATTRIBUTE}=\"{name}\"]")).ok()??;
    found.dyn_into().ok()
}

pub fn use_listen() -> ListenState {
    use_context::<ListenState>().expect("the listen state is provided by the page (App, or layout::start)")
}
