// Listen with a real voice: Chromium speaking through speech-dispatcher and
// espeak-ng (Debian's packages, which the test command installs), its sound
// sent to ALSA's null device, with a speech-dispatcher of this test's own
// (its settings, socket and logs in a temporary folder). Once one word
// spoken directly has shown the engine is up, the page starts
// reading: the voice's `start` arrives (the first sentence is marked) and its
// `end` (the next sentence is marked). Chromium's speech-dispatcher voices
// send no word `boundary` events: the test records how many arrived.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertNoProblems, eventually, launchBrowser, recordProblems, startStaticServer, waitForAppStart,
} from './support.mjs';

const SYSTEM_SETTINGS = '/etc/speech-dispatcher';
let server;
let browser;
let home;

before(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'ahsct-voice-'));
  const settings = path.join(home, 'config', 'speech-dispatcher');
  await cp(SYSTEM_SETTINGS, settings, { recursive: true });
  const conf = await readFile(path.join(settings, 'speechd.conf'), 'utf8');
  await writeFile(path.join(settings, 'speechd.conf'),
    `${conf}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n`);
  server = await startStaticServer();
  browser = await launchBrowser({
    args: ['--enable-speech-dispatcher'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_RUNTIME_DIR: path.join(home, 'run'),
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (home) await rm(home, { recursive: true, force: true });
});

test('with a real voice on the device (espeak-ng), the page starts reading a part aloud', { timeout: 90_000 }, async (t) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const problems = recordProblems(page, server.origin);
  // What the voice sends back for each sentence the app gives it, and, just
  // after each start, the sentence the page highlights: recorded as it
  // happens, since a voice writing to a silent sound device can read a whole
  // part faster than a test could look.
  await page.addInitScript(() => {
    window.__heard = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      for (const type of ['start', 'boundary', 'end', 'error']) {
        utterance.addEventListener(type, (event) => window.__heard.push({ type, text: utterance.text, error: event.error }));
      }
      utterance.addEventListener('start', () => setTimeout(() => {
        const highlight = CSS.highlights.get('listen-sentence');
        window.__heard.push({ type: 'marked', text: highlight ? [...highlight][0].toString().trim() : null });
      }, 0));
      speak(utterance);
    };
  });
  await page.goto(`${server.baseUrl}index.html`);
  await waitForAppStart(page, problems);
  const listen = page.locator('#risks .listen').first().getByRole('button', { name: 'Listen to this part' });
  await eventually(async () => assert.ok(await listen.isVisible(), 'the device lists its espeak-ng voices'), 15_000);
  const voice = await page.evaluate(() => speechSynthesis.getVoices().find((v) => v.localService && v.lang.startsWith('en'))?.name);
  assert.match(voice ?? '', /espeak/i);

  // The device's engine is started by its first utterance (the daemon loads
  // espeak-ng and opens the sound device), which on a busy machine can take
  // longer than a reader would wait; so a word is spoken first, as set-up.
  const warmUp = await page.evaluate(() => new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance('Ready.');
    utterance.onend = () => resolve('end');
    utterance.onerror = (event) => resolve(`error: ${event.error}`);
    setTimeout(() => resolve('no answer in 30 s'), 30_000);
    speechSynthesis.speak(utterance);
  }));
  assert.equal(warmUp, 'end', 'the device\'s engine speaks');

  await listen.click();
  const heard = async () => JSON.parse(await page.evaluate(() => JSON.stringify(window.__heard)));
  // (The set-up's word is marked with nothing: it is not the page's.)
  const marks = async () => (await heard()).filter((event) => event.type === 'marked' && event.text).map((event) => event.text);
  await eventually(async () => assert.equal((await marks())[0], 'What are the risks and side effects?',
    `the voice started, and the page marked its first sentence; heard: ${JSON.stringify(await heard())}`), 20_000);
  await eventually(async () => assert.match((await marks())[1] ?? '', /^In short:/, 'the first sentence ended, the next began'), 30_000);
  const first = (await heard()).filter((event) => event.text === 'What are the risks and side effects?').map((event) => event.type);
  assert.deepEqual(first.filter((type) => type === 'start' || type === 'end'), ['start', 'end']);
  t.diagnostic(`boundary events for the first sentence: ${first.filter((type) => type === 'boundary').length}`);
  // A silent sound device may have let it read the whole part already.
  const stop = page.getByRole('button', { name: 'Stop' });
  if (await stop.isVisible()) await stop.click();
  assertNoProblems(problems);
});
