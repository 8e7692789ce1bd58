// Listen: the page read aloud by the device's own voice, through a test
// double of the Web Speech API (speech-double.mjs) that records each
// sentence the app asks it to read. What is read and in what order, the
// sentence highlighted and kept in view, pause, continue, stop and speed
// (kept with the reading settings), moving on while listening, the choice
// of voice (never one that sends the text away), the calm message where the
// device has no voice for the page's language (in every language), and a
// browser with no speech at all or a voice that fails midway.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT, assertNoProblems, eventually, nextButton, recordProblems, startStaticServer, useAppHarness,
} from './support.mjs';
import { pageWords } from './languages.mjs';
import { ENGLISH_VOICES, installSpeechDouble } from './speech-double.mjs';

const app = useAppHarness();
const SETTINGS_KEY = 'ahsct-explainer.reading-settings';
const AXE_SOURCE = readFile(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function openWithVoices(address = '', double = {}, contextOptions = { viewport: { width: 1280, height: 800 } }) {
  return app.openApp(address, contextOptions, {
    prepare: (page) => installSpeechDouble(page, { voices: ENGLISH_VOICES, ...double }),
  });
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const spokenTexts = async (page) => (await spoken(page)).map((s) => s.text);
const finishSentence = (page) => page.evaluate(() => window.__speech.finish());
const listenIn = (page, scope) => page.locator(`${scope} .listen`).first();
const highlighted = (page) => page.evaluate(() => {
  const highlight = CSS.highlights.get('listen-sentence');
  const range = highlight && [...highlight][0];
  if (!range) return null;
  const rect = range.getBoundingClientRect();
  const controls = document.querySelector('.listen__controls:not([hidden])');
  const controlsTop = controls ? controls.getBoundingClientRect().top : innerHeight;
  return { text: range.toString().replace(/\s+/g, ' ').trim(), top: rect.top, bottom: rect.bottom, controlsTop };
});

/** axe's WCAG 2.2 AA and best-practice rules over one element; the page's context must bypass its CSP. */
async function audit(page, selector, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await AXE_SOURCE });
  const results = await page.evaluate((selector) => window.axe.run(document.querySelector(selector), {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }), selector);
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], state);
}

/** What a reader sees of an element, as one line: its text, without what is never read aloud. */
const visibleText = (page, selector) => page.evaluate((selector) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.citations, .visually-hidden, .listen, .my-date, .term__more, button, nav, svg { display: none !important }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const text = document.querySelector(selector).innerText;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  return text.replace(/\s+/g, ' ').trim();
}, selector);

test('a part is read as the reader sees it, in order, sentence by sentence, with no citation numbers or hidden text', async () => {
  const { page, problems } = await openWithVoices('', { autoRead: true });
  await listenIn(page, '#risks').getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal(await listenIn(page, '#risks').getByRole('status').textContent(), 'Finished reading.'), 15_000);
  const said = await spoken(page);
  assert.equal(said[0].text, 'What are the risks and side effects?', 'the heading first');
  assert.match(said[1].text, /^In short: /);
  assert.equal(said.map((s) => s.text).join(' '), await visibleText(page, '#risks'), 'every word shown, in order, and nothing else');
  assert.ok(said.length > 10, `sentence by sentence: ${said.length}`);
  assert.ok(said.every((s) => !/\[\s*\d/.test(s.text)), 'no citation numbers');
  assert.ok(said.every((s) => s.voice === 'English (device)' && s.lang === 'en-GB'), 'the device\'s own English voice');
  assert.equal(await page.locator('[data-listen-reading]').count(), 0, 'no mark left at the end');
  assertNoProblems(problems);
});

test('the short version is read word for word as shown, each word apart', async () => {
  const { page, problems } = await openWithVoices('index.html#short', { autoRead: true });
  await page.getByRole('button', { name: 'Listen to the short version' }).click();
  await eventually(async () => assert.equal(await listenIn(page, '#short').getByRole('status').textContent(), 'Finished reading.'), 20_000);
  assert.equal((await spokenTexts(page)).join(' '), await visibleText(page, '#short'));

  assertNoProblems(problems);
});

test('listening to the timeline part, Next step goes on with the step it shows; the contents link skips to the part after them', async () => {
  const { page, problems } = await openWithVoices('index.html#timeline');
  await listenIn(page, '#timeline').getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).length, 1));
  await nextButton(page).click();
  const shown = page.locator('article.step:not(.step--not-current)');
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), await shown.locator('h3').innerText()));
  assert.ok(await listenIn(page, '#timeline').locator('.listen__controls').isVisible(), 'still the part\'s reading');

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), 'Is this medical advice?'));
  await page.evaluate(() => { location.hash = '#contents'; });
  const afterContents = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('main > section.page-section')];
    const contents = document.querySelector('#contents');
    const next = sections.find((section) => contents.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING);
    return next.querySelector('h2').textContent;
  });
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), afterContents, 'not from the top again'));
  assertNoProblems(problems);
});

test('a cancelled sentence that ends late, as WebKit ends it, does not skip the next one', async () => {
  const { page, problems } = await openWithVoices('', { lateEndOnCancel: true });
  const risks = listenIn(page, '#risks');
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).length, 1));
  await finishSentence(page);
  await eventually(async () => assert.equal((await spoken(page)).length, 2));
  const second = (await spokenTexts(page))[1];
  await risks.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(150);
  assert.equal((await spoken(page)).length, 2, 'the late end of the paused sentence starts nothing');
  await risks.getByRole('button', { name: 'Continue' }).click();
  await eventually(async () => assert.deepEqual(await spokenTexts(page), [(await spokenTexts(page))[0], second, second]));
  await risks.getByRole('combobox', { name: 'Reading speed' }).selectOption('slower');
  await page.waitForTimeout(150);
  await eventually(async () => assert.equal((await spoken(page)).at(-1).rate, 0.75));
  assert.equal((await spokenTexts(page)).at(-1), second, 'the same sentence, slower: not the one after it');
  assertNoProblems(problems);
});

test('a step is read from its start, and moving to the next step while listening reads that step', async () => {
  const { page, problems } = await openWithVoices('index.html#timeline/assessment');
  const assessment = page.locator('article[data-step="assessment"]');
  await assessment.getByRole('button', { name: 'Listen to this step' }).click();
  // Its heading first: the step's ordinal above it is hidden while the bar says the same.
  await eventually(async () => assert.equal((await spokenTexts(page))[0], await assessment.locator('h3').innerText()));
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Pause'),
    'focus moves to Pause');

  await nextButton(page).click();
  const next = page.locator('article.step:not(.step--not-current)');
  assert.equal(await next.getAttribute('data-step'), 'mobilisation');
  const nextTitle = await next.locator('h3').innerText();
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), nextTitle, 'reading goes on from the new step'));
  assert.ok(await next.locator('.listen__controls').isVisible(), 'the new step\'s controls show');
  await finishSentence(page);
  await eventually(async () => assert.notEqual((await spokenTexts(page)).at(-1), nextTitle, 'and on through it'));
  assertNoProblems(problems);
});

test('reading the whole page, a link to another part goes on from there', async () => {
  const { page, problems } = await openWithVoices();
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await eventually(async () => assert.equal((await spokenTexts(page))[0], 'Is this medical advice?', 'the page starts with the notice'));
  await page.evaluate(() => { location.hash = '#risks'; });
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), 'What are the risks and side effects?'));
  assert.ok(await page.locator('.site-header__listen .listen__controls').isVisible(), 'still the page\'s reading');
  assertNoProblems(problems);
});

test('pause, continue, speed (kept with the reading settings) and stop', async () => {
  const { page, problems } = await openWithVoices();
  const risks = listenIn(page, '#risks');
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).length, 1));
  await finishSentence(page);
  await eventually(async () => assert.equal((await spoken(page)).length, 2));
  const second = (await spokenTexts(page))[1];

  const cancelsBefore = await page.evaluate(() => window.__speech.cancels);
  await risks.getByRole('button', { name: 'Pause' }).click();
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(), 'Paused.'));
  assert.ok(await page.evaluate(() => window.__speech.cancels) > cancelsBefore, 'the voice stops at once');
  await page.waitForTimeout(200);
  assert.equal((await spoken(page)).length, 2, 'nothing more is read while paused');
  assert.equal(await page.evaluate(() => window.__speech.current), null);

  await risks.getByRole('button', { name: 'Continue' }).click();
  await eventually(async () => assert.deepEqual((await spoken(page)).at(-1), { ...(await spoken(page))[1], text: second }));
  assert.equal(await risks.getByRole('status').textContent(), 'Reading aloud.');

  await risks.getByRole('combobox', { name: 'Reading speed' }).selectOption('faster');
  await eventually(async () => {
    const last = (await spoken(page)).at(-1);
    assert.deepEqual([last.text, last.rate], [second, 1.25], 'the same sentence again, faster');
  });
  await finishSentence(page);
  await eventually(async () => assert.equal((await spoken(page)).at(-1).rate, 1.25, 'and the next'));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY), '1;text=standard;spacing=standard;speech=faster');
  await page.locator('details.reading-settings summary').click();
  await page.getByRole('button', { name: 'Reset to standard' }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY), '1;text=standard;spacing=standard;speech=faster',
    'the text settings\' reset keeps the speed, which that panel does not show');

  await risks.getByRole('button', { name: 'Stop' }).click();
  await eventually(async () => assert.ok(!(await risks.locator('.listen__controls').isVisible())));
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Listen to this part'),
    'focus back on the control that started it');
  assert.equal(await highlighted(page), null, 'no highlight');
  assert.equal(await page.locator('[data-listen-reading]').count(), 0);

  await page.reload();
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).at(-1)?.rate, 1.25, 'the speed is kept'));
  assert.equal(await risks.getByRole('combobox', { name: 'Reading speed' }).inputValue(), 'faster');
  assertNoProblems(problems);
});

test('the sentence being read is highlighted, and kept in view above the controls, on a phone', async () => {
  const { page, problems } = await openWithVoices('', {}, { viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });
  await listenIn(page, '#risks').getByRole('button', { name: 'Listen to this part' }).click();
  for (let sentence = 0; sentence < 12; sentence += 1) {
    await eventually(async () => {
      const mark = await highlighted(page);
      const reading = await page.evaluate(() => window.__speech.current);
      assert.ok(mark && reading, `sentence ${sentence} is marked`);
      assert.equal(mark.text, reading, 'the mark is on the sentence being read');
      assert.ok(mark.top >= 0 && mark.bottom <= mark.controlsTop, `in view above the controls: ${JSON.stringify(mark)}`);
    });
    assert.equal(await page.locator('[data-listen-reading]').count(), 1, 'its block is marked too');
    await finishSentence(page);
  }
  assertNoProblems(problems);
});

test('only the device\'s own voices are used, and voices that arrive late are found', async () => {
  const { page, problems } = await openWithVoices('', { voicesLater: true });
  assert.equal(await page.locator('.listen:visible').count(), 0, 'no control before the device lists its voices');
  await page.evaluate(() => window.__speech.listVoices());
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await eventually(async () => assert.equal((await spoken(page))[0]?.voice, 'English (device)',
    'the local English voice, not the default one that would send the text away'));
  assertNoProblems(problems);
});

for (const [code, address, lang] of [
  ['en', 'index.html', 'en-GB'], ['es', 'es/index.html', 'es-ES'], ['fr', 'fr/index.html', 'fr-FR'],
  ['de', 'de/index.html', 'de-DE'], ['ar', 'ar/index.html', 'ar-SA'], ['it', 'it/index.html', 'it-IT'],
  ['pt-BR', 'pt-BR/index.html', 'pt-BR'], ['ru', 'ru/index.html', 'ru-RU'],
]) {
  test(`${code}: with only a network voice for the page's language, the page says calmly that it cannot read aloud`, async () => {
    const words = await pageWords(code);
    const voices = [
      { name: 'Network voice', lang, localService: false, default: true },
      { name: 'Another language', lang: code === 'de' ? 'fr-FR' : 'de-DE', localService: true, default: false },
    ];
    // axe goes in as an inline script, which the page's own policy refuses.
    const { page, problems } = await app.openApp(address, { viewport: { width: 390, height: 740 }, bypassCSP: true },
      { prepare: (page) => installSpeechDouble(page, { voices }) });
    const message = page.locator('.listen__no-voice');
    await eventually(async () => assert.ok(await message.isVisible()));
    await audit(page, '.site-header', `${code}: no voice`);
    assert.equal((await message.textContent()).trim(), words['listen-no-voice']);
    assert.equal(await page.locator('.listen__start:visible').count(), 0, 'nothing offered that cannot work');
    assert.equal(await page.locator('.listen__no-voice:visible').count(), 1, 'said once, at the top');
    assertNoProblems(problems);
  });
}

for (const [browserHas, double] of [['no speech synthesis', { synthesis: false }], ['no voices at all', { voices: [] }]]) {
  test(`a browser with ${browserHas} shows no control, and the page is unchanged`, async () => {
    const { page, problems } = await openWithVoices('', double);
    assert.equal(await page.locator('.listen:visible').count(), 0);
    await nextButton(page).click();
    await eventually(async () => assert.match(page.url(), /#timeline\//));
    assertNoProblems(problems);
  });
}

test('a voice that fails midway stops calmly, can be tried again, and leaves the page working', async () => {
  // axe goes in as an inline script, which the page's own policy refuses.
  const { page, problems } = await openWithVoices('', {}, { viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const risks = listenIn(page, '#risks');
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).length, 1));
  await finishSentence(page);
  await eventually(async () => assert.ok(await page.evaluate(() => window.__speech.current)));
  const failedOn = await page.evaluate(() => window.__speech.current);
  await page.evaluate(() => window.__speech.fail('synthesis-failed'));
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(),
    'Reading aloud stopped because of a problem with this device\'s voice. Press Continue to try again.'));
  await audit(page, '#risks', 'failed');
  await risks.getByRole('button', { name: 'Continue' }).click();
  await eventually(async () => assert.equal((await spokenTexts(page)).at(-1), failedOn, 'tried again from that sentence'));
  await nextButton(page).click();
  await eventually(async () => assert.match(page.url(), /#timeline\//));
  assertNoProblems(problems);
});

test('a voice that never begins a sentence is reported after ten seconds, not left as "Reading aloud." over silence', async () => {
  const { page, problems } = await openWithVoices('', { neverStarts: true }, { viewport: { width: 1280, height: 800 } });
  // The page's own clock, moved on by the test instead of waited for.
  await page.clock.install();
  const risks = listenIn(page, '#risks');
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal((await spoken(page)).length, 1));
  await page.clock.fastForward(9_000);
  assert.equal(await risks.getByRole('status').textContent(), 'Reading aloud.', 'a slow voice is given its time');
  await page.clock.fastForward(1_500);
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(),
    'Reading aloud stopped because of a problem with this device\'s voice. Press Continue to try again.'));
  assert.equal(await page.evaluate(() => window.__speech.current), null, 'the voice is silenced');

  // The voice works now: Continue reads the same sentence, and a sentence
  // read for longer than ten seconds is not a problem.
  await page.evaluate(() => { window.__speech.neverStarts = false; });
  await risks.getByRole('button', { name: 'Continue' }).click();
  await eventually(async () => assert.equal((await highlighted(page))?.text, 'What are the risks and side effects?'));
  assert.deepEqual(await spokenTexts(page), ['What are the risks and side effects?', 'What are the risks and side effects?']);
  await page.clock.fastForward(15_000);
  assert.equal(await risks.getByRole('status').textContent(), 'Reading aloud.');
  await finishSentence(page);
  await eventually(async () => assert.equal((await spoken(page)).length, 3, 'and the reading goes on'));
  assertNoProblems(problems);
});

test('the control in each state: axe finds nothing, and the accessibility tree names each part', async () => {
  // axe goes in as an inline script, which the page's own policy refuses.
  const { page, problems } = await openWithVoices('', {}, { viewport: { width: 390, height: 740 }, bypassCSP: true });
  const risks = listenIn(page, '#risks');
  await audit(page, '#risks', 'ready');
  assert.equal((await risks.ariaSnapshot()).trim(), '- button "Listen to this part"');

  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(), 'Reading aloud.'));
  await audit(page, '#risks', 'reading');
  assert.equal((await risks.ariaSnapshot()).trim(), [
    '- button "Listen to this part"',
    '- group "Read-aloud controls":',
    '  - button "Pause"',
    '  - button "Stop"',
    '  - text: Reading speed',
    '  - combobox "Reading speed":',
    '    - option "Slower"',
    '    - option "Normal" [selected]',
    '    - option "Faster"',
    '- status: Reading aloud.',
  ].join('\n'));

  await risks.getByRole('button', { name: 'Pause' }).click();
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(), 'Paused.'));
  await audit(page, '#risks', 'paused');
  assert.match(await risks.ariaSnapshot(), /button "Continue"/);

  await risks.getByRole('button', { name: 'Stop' }).click();
  await risks.getByRole('button', { name: 'Listen to this part' }).click();
  await page.evaluate(async () => {
    while (window.__speech.current || window.__speech.spoken.length < 2) {
      if (!window.__speech.finish()) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  await eventually(async () => assert.equal(await risks.getByRole('status').textContent(), 'Finished reading.'));
  await audit(page, '#risks', 'finished');
  assert.equal((await risks.ariaSnapshot()).trim(), '- button "Listen to this part"\n- status: Finished reading.');
  assertNoProblems(problems);
});

test('on paper, no listen control is printed, even while reading', async () => {
  const { page, problems } = await openWithVoices();
  await listenIn(page, '#risks').getByRole('button', { name: 'Listen to this part' }).click();
  await eventually(async () => assert.ok(await page.locator('.listen__controls:visible').count() === 1));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.listen:visible').count(), 0);
  assertNoProblems(problems);
});

test('inside a host page\'s frame on another origin, it reads with its controls beside it, and never scrolls the host page', async () => {
  const hostDir = await mkdtemp(path.join(tmpdir(), 'ahsct-listen-host-'));
  const host = await startStaticServer(hostDir);
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await writeFile(path.join(hostDir, 'host.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A charity page</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>Our charity</h1>
<iframe title="aHSCT explained" src="${app.baseUrl}?embed&host=${encodeURIComponent(host.origin)}"
  style="width:100%;height:6000px;border:0"></iframe></body></html>`);
    await installSpeechDouble(context, { voices: ENGLISH_VOICES });
    const page = await context.newPage();
    const problems = recordProblems(page, (url) => url.origin === host.origin || url.origin === new URL(app.baseUrl).origin);
    await page.goto(`${host.baseUrl}host.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 15_000 });
    const risks = frame.locator('#risks .listen').first();
    await risks.getByRole('button', { name: 'Listen to this part' }).click();
    await eventually(async () => assert.equal(await risks.getByRole('status').textContent(), 'Reading aloud.'));
    const controls = risks.locator('.listen__controls');
    assert.equal(await controls.evaluate((element) => getComputedStyle(element).position), 'static',
      'beside the control, not fixed at the foot of a frame as tall as the page');
    const hostScroll = await page.evaluate(() => scrollY);
    for (let sentence = 0; sentence < 8; sentence += 1) {
      await frame.evaluate(() => window.__speech.finish());
    }
    await eventually(async () => assert.ok((await frame.evaluate(() => window.__speech.spoken.length)) >= 9));
    assert.equal(await page.evaluate(() => scrollY), hostScroll, 'the host page is the host\'s to scroll');
    assert.ok(await frame.evaluate(() => document.querySelectorAll('[data-listen-reading]').length === 1));
    assertNoProblems(problems);
  } finally {
    await context.close();
    await host.close();
    await rm(hostDir, { recursive: true, force: true });
  }
});
