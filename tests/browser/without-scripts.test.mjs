// The page is rendered ahead of time, so it reads in full before and without
// its scripts: with JavaScript off, without WebAssembly, or when the
// WebAssembly file is missing or broken. Then every section and every step is
// there in order, in-page links work, and controls that need scripts are gone.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SECTION_IDS, STEP_IDS, eventually, launchBrowser, startStaticServer,
} from './support.mjs';

let server;
let browser;
let context;

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(contextOptions = {}, prepare = async () => {}) {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  await prepare(page);
  await page.goto(server.baseUrl);
  return page;
}

/** What a reader sees of the page without its interactive parts. */
async function expectWholePageReadable(page) {
  for (const id of SECTION_IDS) {
    assert.ok(await page.locator(`#${id} h2`).isVisible(), `section ${id} is visible`);
  }
  const shownSteps = await page.locator('#timeline article.step').evaluateAll((articles) =>
    articles.filter((article) => article.checkVisibility()).map((article) => article.dataset.step));
  assert.deepEqual(shownSteps, STEP_IDS, 'every step is shown, in order');
  assert.match(await page.locator('#notice').innerText(),
    /should not be relied on to suggest a course of treatment/i);
  // A glossary term's button shows as the plain words of its sentence.
  assert.equal(await page.locator('#timeline button:not(.term__button):visible').count(), 0,
    'no timeline button that could not work is shown');
  const shownCells = await page.locator('#stem-cells .cell-explorer .cell-card').evaluateAll((cards) =>
    cards.filter((card) => card.checkVisibility()).map((card) => card.dataset.cell));
  assert.deepEqual(shownCells,
    ['stem-cell', 'red-cells', 'platelets', 'white-cells', 'neutrophils', 't-cells'],
    'every card of the cell explorer is shown, in order');
  // The cells' family tree is a picture with names: nothing pressed, nothing to press.
  assert.deepEqual(await page.locator('#stem-cells .cell-choice').evaluateAll((buttons) =>
    buttons.map((button) => [button.checkVisibility(), button.disabled, button.getAttribute('aria-pressed')])),
  Array(6).fill([true, true, null]), 'the family tree shows, with its buttons disabled and none pressed');
}

/** A link in the step list leads to its step; a source number to its source. */
async function expectInPageLinksWork(page) {
  await page.locator('nav.step-list a[href="#timeline/storage"]').click();
  await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), '#timeline/storage');
    const top = await page.locator('article[data-step="storage"]')
      .evaluate((article) => article.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `the storage step is at the top of the view (top ${top})`);
  });
  const citation = page.locator('#risks a.citation').first();
  const target = await citation.getAttribute('href');
  await citation.click();
  await eventually(async () => {
    assert.ok(await page.locator(target).isVisible(), `${target} is visible`);
    const top = await page.locator(target).evaluate((item) => item.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 800, `${target} is in view (top ${top})`);
  });
}

test('with JavaScript off, every section and step reads in order and in-page links work', async () => {
  const page = await openPage({ javaScriptEnabled: false });
  await expectWholePageReadable(page);
  await expectInPageLinksWork(page);
  assert.equal(await page.locator('#startup-problem').isVisible(), false,
    'no message about a failure: nothing failed');
  assert.equal(await visibleCount(page, '.my-date, .my-dates'), 0, 'no date fields that could keep nothing');
});

const visibleCount = (page, selector) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);

const FAILURES = {
  'in a browser without WebAssembly': (page) =>
    page.addInitScript(() => { delete globalThis.WebAssembly; }),
  'when the WebAssembly file is missing': (page) =>
    page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' })),
  'when the WebAssembly file is truncated': (page) =>
    page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = (await response.body()).subarray(0, 4096);
      await route.fulfill({ status: 200, contentType: 'application/wasm', body });
    }),
};

for (const [when, breakIt] of Object.entries(FAILURES)) {
  test(`${when}, the page stays readable and says calmly that the interactive parts could not start`, async () => {
    const page = await openPage({}, breakIt);
    const message = page.locator('#startup-problem');
    await eventually(async () => {
      assert.ok(await message.isVisible(), 'the start-up message is visible');
    });
    assert.match(await message.innerText(), /interactive parts .* could not start/i);
    assert.equal(await page.locator('html[data-interactive]').count(), 0, 'the app did not start');
    assert.equal(await visibleCount(page, '.my-date, .my-dates'), 0, 'no date fields that could keep nothing');
    await expectWholePageReadable(page);
    await expectInPageLinksWork(page);
  });
}

test('when the app starts, it shows one step and no start-up message', async () => {
  const page = await openPage();
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const shown = await page.locator('#timeline article.step').evaluateAll((articles) =>
    articles.filter((article) => article.checkVisibility()).length);
  assert.equal(shown, 1, 'one step is shown');
  await page.locator('#timeline button.step-next').click();
  await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), '#timeline/mobilisation');
  });
  assert.equal(await page.locator('#startup-problem').isVisible(), false);
  assert.equal(await page.locator('#app-problem').isVisible(), false);
});
