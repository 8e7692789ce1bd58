// Paths through a long page for tired readers (issue 15): the contents near
// the top, and the short version of the whole page (#short), each with its
// reading time, with and without scripts, remembered with the reading
// settings, and printed on at most two A4 pages with the notice in full.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages } from './pdf-text.mjs';
import {
  PHONE_WITH_TOUCH, SECTION_IDS, STEP_IDS, assertNoProblems, eventually, launchBrowser, recordProblems,
  startStaticServer, useAppHarness, waitForAppStart,
} from './support.mjs';

const app = useAppHarness();
const WIDE = { viewport: { width: 1280, height: 800 } };
const SETTINGS_KEY = 'ahsct-explainer.reading-settings';
const NOTICE_SENTENCE = 'This information should not be relied on to suggest a course of treatment for any particular person.';

const shownSectionIds = (page) => page.locator('main > section').evaluateAll((sections) =>
  sections.filter((s) => s.checkVisibility()).map((s) => s.id));

async function expectShortVersion(page) {
  await eventually(async () => {
    assert.deepEqual(await shownSectionIds(page), ['notice', 'short'], 'only the notice and the short version show');
    assert.equal(await page.locator('#contents').isVisible(), false, 'the contents step aside');
  });
}

async function expectFullPage(page) {
  await eventually(async () => {
    assert.deepEqual(await shownSectionIds(page), SECTION_IDS, 'every section shows, and not the short version');
    assert.ok(await page.locator('#contents').isVisible(), 'the contents show');
  });
}

const inView = (locator) => locator.evaluate((element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.top < innerHeight;
});

/** "about N minutes" in a text, as a number. */
function statedMinutes(text) {
  const found = /about (\d+) minutes/.exec(text);
  assert.ok(found, `"${text}" states a reading time`);
  return Number(found[1]);
}

const words = (text) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

test('the contents, after the notice, link every section in order, and each link leads there', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  const order = await page.locator('main > *').evaluateAll((children) => children.map((c) => c.id));
  assert.deepEqual(order.slice(0, 2), ['notice', 'contents'], 'the contents come right after the notice');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const links = await contents.locator('ol a').evaluateAll((anchors) =>
    anchors.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
  const headings = await page.locator('main > section.page-section > h2').evaluateAll((h2s) =>
    h2s.map((h) => [`#${h.parentElement.id}`, h.textContent.trim()]));
  assert.deepEqual(links, headings.filter(([href]) => href !== '#notice'), 'every section but the notice, by its heading');
  for (const id of ['risks', 'timeline', 'sources']) {
    await contents.locator(`a[href="#${id}"]`).tap();
    await eventually(async () => assert.ok(await inView(page.locator(`#${id} > h2`)), `${id}'s heading is in view`));
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  assertNoProblems(problems);
});

test('the short version: on from the contents, each section\'s "In short" line and each step in one sentence, in order, with its reading time', async () => {
  const { page, problems } = await app.openApp('', WIDE);
  await expectFullPage(page);
  // Read while the full page shows (innerText reads only what is shown).
  const inShort = await page.locator('main > section.page-section .in-short').evaluateAll((lines) =>
    lines.map((line) => [`#${line.parentElement.id}`,
      line.innerText.replace(/\s+/g, ' ').replace(/^In short:\s*/, '').trim()]));
  const offer = page.locator('#contents a[href="#short"]');
  const shortMinutes = statedMinutes(await offer.innerText());
  await offer.click();
  await expectShortVersion(page);
  assert.equal(await page.evaluate(() => location.hash), '#short');
  assert.ok(await inView(page.locator('#short > h2')), 'the short version\'s heading is in view');

  const parts = await page.locator('#short .short-version__part').evaluateAll((items) => items.map((item) => ({
    href: item.querySelector('h3 a').getAttribute('href'),
    text: item.querySelector(':scope > p').innerText.replace(/\s+/g, ' ').trim(),
    steps: [...item.querySelectorAll('.short-version__step a')].map((a) => a.getAttribute('href')),
  })));
  assert.deepEqual(parts.map((p) => [p.href, p.text]), inShort.filter(([href]) => href !== '#notice'),
    'each section\'s "In short" line, in order, under a link to the section');
  const timeline = parts.find((p) => p.href === '#timeline');
  assert.deepEqual(timeline.steps, STEP_IDS.map((id) => `#timeline/${id}`), 'every step, in order, linked');
  const sentences = await page.locator('#short .short-version__step-text').allInnerTexts();
  for (const sentence of sentences) {
    assert.equal(sentence.trim().split(/(?<=[.!?])\s+/).length, 1, `one sentence: "${sentence}"`);
  }

  // The times: worked out from the words, at about 200 a minute.
  const shortWords = words(await page.locator('#short').innerText());
  assert.ok(Math.abs(shortMinutes - Math.max(2, Math.round(shortWords / 200))) <= 1,
    `${shortMinutes} minutes for ${shortWords} words`);
  const fullMinutes = statedMinutes(await page.locator('#short a[data-full-page]').innerText());
  assert.ok(fullMinutes >= 15 && fullMinutes > shortMinutes * 4, `the full page takes about ${fullMinutes} minutes`);
  assertNoProblems(problems);
});

test('from the short version, a part\'s link opens the full text there; "Read the full page" goes back to the contents', async () => {
  const { page, problems } = await app.openApp('#short', PHONE_WITH_TOUCH);
  await expectShortVersion(page);
  await page.locator('#short h3 a[href="#risks"]').tap();
  await expectFullPage(page);
  await eventually(async () => assert.ok(await inView(page.locator('#risks > h2')), 'the risks are in view'));

  await page.goBack();
  await expectShortVersion(page);
  await page.locator('#short a[href="#timeline/conditioning"]').tap();
  await expectFullPage(page);
  await eventually(async () => {
    assert.ok(await page.locator('article[data-step="conditioning"]').isVisible(), 'the step is shown');
    assert.ok(await inView(page.locator('article[data-step="conditioning"] h3')), 'its heading is in view');
  });

  await page.goto(`${app.baseUrl}#short`);
  await expectShortVersion(page);
  await page.locator('#short a[data-full-page]').tap();
  await expectFullPage(page);
  await eventually(async () => assert.ok(await inView(page.locator('#contents h2')), 'the contents are in view'));
  assertNoProblems(problems);
});

test('the short version is remembered with the reading settings, and the full page too', async () => {
  const { page, problems } = await app.openApp('', WIDE);
  await page.locator('#contents a[href="#short"]').click();
  await expectShortVersion(page);
  await eventually(async () => assert.match(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY),
    /^1;text=standard;spacing=standard;page=short$/));

  // Back another day, at the page's plain address: the short version.
  await page.goto(app.baseUrl);
  await waitForAppStart(page, problems);
  await expectShortVersion(page);
  assert.equal(await page.evaluate(() => location.hash), '#short');
  // A link to a place of its own still opens there.
  await page.goto(`${app.baseUrl}#risks`);
  await waitForAppStart(page, problems);
  await expectFullPage(page);
  // The reader's other settings are kept alongside.
  await page.locator('.reading-settings__summary').click();
  await page.getByRole('radio', { name: 'Larger' }).check();
  await eventually(async () => assert.equal(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY),
    '1;text=larger;spacing=standard;page=short'));

  await page.goto(app.baseUrl);
  await waitForAppStart(page, problems);
  await expectShortVersion(page);
  await page.locator('#short a[data-full-page]').click();
  await expectFullPage(page);
  await eventually(async () => assert.equal(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY),
    '1;text=larger;spacing=standard'));
  await page.goto(app.baseUrl);
  await waitForAppStart(page, problems);
  await expectFullPage(page);
  assert.equal(await page.evaluate(() => location.hash), '');

  // A shared link to the short version opens it, and chooses nothing for next time.
  await page.goto(`${app.baseUrl}#short`);
  await waitForAppStart(page, problems);
  await expectShortVersion(page);
  await page.goto(app.baseUrl);
  await waitForAppStart(page, problems);
  await expectFullPage(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY), '1;text=larger;spacing=standard');
  assertNoProblems(problems);
});

test('reading the short version, the skip link and the link to the notice keep it', async () => {
  const { page, problems } = await app.openApp('#short', WIDE);
  await expectShortVersion(page);
  // From the top of the page, as a keyboard reader starts.
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'main'));
  await expectShortVersion(page);
  await page.locator('.site-header__notice-link').click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'notice'));
  await expectShortVersion(page);
  assert.equal(await page.evaluate(() => location.hash), '#short');
  assertNoProblems(problems);
});

test('in a host\'s frame or with ?start=, a reader\'s choice of the short version does not take over', async () => {
  for (const address of ['?embed', '?start=risks']) {
    const { page, problems } = await app.openApp(address, WIDE, {
      prepare: (p) => p.addInitScript((key) => localStorage.setItem(key, '1;text=standard;spacing=standard;page=short'), SETTINGS_KEY),
    });
    await expectFullPage(page);
    assert.equal(await page.evaluate(() => location.hash), '', address);
    assertNoProblems(problems);
  }
});

test('with storage blocked, the short version works and nothing goes wrong', async () => {
  const { page, problems } = await app.openApp('', WIDE, {
    prepare: (p) => p.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }),
  });
  await page.locator('#contents a[href="#short"]').click();
  await expectShortVersion(page);
  await page.locator('#short a[data-full-page]').click();
  await expectFullPage(page);
  assertNoProblems(problems);
});

test('without JavaScript, the contents and the short version work as links', async () => {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ ...WIDE, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = recordProblems(page, server.origin);
    await page.goto(server.baseUrl);
    await expectFullPage(page);
    await page.locator('#contents a[href="#short"]').click();
    await expectShortVersion(page);
    await page.locator('#short h3 a[href="#evidence"]').click();
    await expectFullPage(page);
    await page.goto(`${server.baseUrl}#short`);
    await expectShortVersion(page);
    assertNoProblems(problems);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the short version prints on at most two A4 pages, with the notice in full', async () => {
  const { page, problems } = await app.openApp('#short', WIDE);
  await expectShortVersion(page);
  const stepTitles = await page.locator('#short .short-version__step-title').allInnerTexts();
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const text = pages.join(' ');
  assert.ok(pages.length <= 2, `the printout has ${pages.length} pages`);
  assert.ok(pages[0].includes(NOTICE_SENTENCE), 'the notice, on the first page');
  const footer = await page.locator('.site-footer__notice').innerText();
  assert.ok(text.includes(footer.split('.')[0]), 'the notice in full at the end too');
  for (const title of stepTitles) assert.ok(text.includes(title.trim()), `step "${title}" printed`);
  assert.ok(!text.includes('Read the full page'), 'no link that cannot be followed on paper');
  assertNoProblems(problems);
});

test('"When to call your team" stands where a reader looks: in the risks section, in step 8 and in the short version, each a note named by its heading', async () => {
  const { page, problems } = await app.openApp('', WIDE);
  const fever = /38\.0\s°C \(100\.5\s°F\) or more, even if you feel well/;
  // Hidden ones too: step 8 and the short version show when a reader goes there.
  const named = { name: 'When to call your team', includeHidden: true };
  const notes = page.getByRole('note', named);
  // The risks section, step 8 (after going home) and the short version.
  assert.equal(await notes.count(), 3);
  for (const [where, note] of [
    ['#risks', page.locator('#risks').getByRole('note', named)],
    ['step 8', page.locator('[id="timeline/follow-up"]').getByRole('note', named)],
    ['#short', page.locator('#short').getByRole('note', named)],
  ]) {
    assert.match(await note.textContent(), fever, `${where}: the temperature, even if you feel well`);
    assert.match(await note.textContent(), /follow your own team’s instructions/, `${where}: their own team's instructions`);
  }
  // The short version shows it under the risks' "In short" line.
  await page.goto(`${app.baseUrl}#short`);
  await expectShortVersion(page);
  assert.ok(await page.locator('#short').getByRole('note', { name: 'When to call your team' }).isVisible());
  assertNoProblems(problems);
});
