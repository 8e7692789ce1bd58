// A test double of the Web Speech API's speech synthesis, put in the page
// before it loads: a `speechSynthesis` with the voices a test chooses and a
// `SpeechSynthesisUtterance` that records what the app asks it to read.
// The test says when a sentence has been read (`__speech.finish()`), or
// lets each be read at once (`autoRead`), and can make the voice fail.

/**
 * voices: [{ name, lang, localService, default }]; `voicesLater` lists them
 * only after a `voiceschanged`, as Chromium does; `synthesis: false` leaves
 * the browser without speech synthesis; `lateEndOnCancel` ends a cancelled
 * utterance a moment later, as WebKit does, instead of Chromium's error;
 * `neverStarts` takes each sentence but never begins it, as a voice that
 * failed to load does (`__speech.neverStarts` can change it later).
 */
export function installSpeechDouble(page, {
  voices = [], voicesLater = false, autoRead = false, synthesis = true, lateEndOnCancel = false, neverStarts = false,
} = {}) {
  return page.addInitScript(({ voices, voicesLater, autoRead, synthesis, lateEndOnCancel, neverStarts }) => {
    if (!synthesis) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    const events = [];
    let queue = [];
    let current = null;
    let listed = voicesLater ? [] : voices;

    const fire = (utterance, type, extra = {}) => {
      const event = new Event(type);
      Object.assign(event, { utterance, charIndex: 0, ...extra });
      events.push({ type, text: utterance.text });
      utterance[`on${type}`]?.(event);
      utterance.dispatchEvent(event);
    };
    const startNext = () => {
      if (current || queue.length === 0) return;
      current = queue.shift();
      const started = current;
      setTimeout(() => {
        if (current !== started || double.neverStarts) return;
        fire(started, 'start');
        fire(started, 'boundary', { name: 'word' });
        if (autoRead) setTimeout(() => double.finish(), 5);
      }, 0);
    };

    class SpeechSynthesisUtterance extends EventTarget {
      constructor(text = '') {
        super();
        Object.assign(this, { text, lang: '', rate: 1, pitch: 1, volume: 1, voice: null });
        Object.assign(this, { onstart: null, onend: null, onerror: null, onboundary: null });
      }
    }
    class SpeechSynthesis extends EventTarget {
      getVoices() { return listed.slice(); }
      speak(utterance) {
        double.spoken.push({
          text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null,
        });
        queue.push(utterance);
        startNext();
      }
      cancel() {
        double.cancels += 1;
        const stopped = current;
        queue = [];
        current = null;
        if (!stopped) return;
        // Chromium says "interrupted" at once; WebKit ends the utterance, later.
        if (lateEndOnCancel) setTimeout(() => fire(stopped, 'end'), 30);
        else fire(stopped, 'error', { error: 'interrupted' });
      }
      pause() { double.platformPauses += 1; }
      resume() {}
      get speaking() { return current !== null; }
      get pending() { return queue.length > 0; }
      get paused() { return false; }
    }
    const speech = new SpeechSynthesis();
    const double = {
      spoken: [],
      events,
      neverStarts,
      cancels: 0,
      platformPauses: 0,
      /** The sentence being read has been read. */
      finish() {
        const done = current;
        if (!done) return false;
        current = null;
        fire(done, 'end');
        startNext();
        return true;
      },
      /** The voice fails on the sentence being read. */
      fail(error = 'synthesis-failed') {
        const failed = current;
        if (!failed) return false;
        current = null;
        queue = [];
        fire(failed, 'error', { error });
        return true;
      },
      /** The device's voices arrive, as Chromium lists them a moment after the page opens. */
      listVoices() {
        listed = voices;
        speech.dispatchEvent(new Event('voiceschanged'));
      },
      get current() { return current?.text ?? null; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: SpeechSynthesisUtterance, configurable: true });
    window.__speech = double;
  }, { voices, voicesLater, autoRead, synthesis, lateEndOnCancel, neverStarts });
}

export const ENGLISH_VOICES = [
  { name: 'Online English (network)', lang: 'en-US', localService: false, default: true },
  { name: 'English (device)', lang: 'en-GB', localService: true, default: false },
  { name: 'Français (device)', lang: 'fr-FR', localService: true, default: false },
];
