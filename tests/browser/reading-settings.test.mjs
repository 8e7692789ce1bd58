// The reading settings: larger text and more line spacing, applied at once,
// kept in this browser, reset with one button; working for the visit when
// storage is blocked, and shrugging off a corrupt stored value.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, eventually, useAppHarness } from './support.mjs';

const app = useAppHarness();
const STORAGE_KEY = 'ahsct-explainer.reading-settings';

const panel = (page) => page.locator('details.reading-settings');

async function openPanel(page) {
  await panel(page).locator('summary').click();
  await eventually(async () => assert.ok(await panel(page).locator('fieldset').isVisible()));
}

const bodyText = (page) => page.evaluate(() => {
  const style = getComputedStyle(document.querySelector('#why p:not(.in-short)'));
  return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
});
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

test('larger text and more line spacing apply at once, survive a reload, and reset', async () => {
  const { page, problems } = await app.openApp();
  const before = await bodyText(page);
  assert.equal(await stored(page), null, 'nothing is stored until the reader chooses');

  await openPanel(page);
  await page.getByLabel('Largest').check();
  await page.getByLabel('More space between lines').check();
  await eventually(async () => {
    const now = await bodyText(page);
    assert.ok(now.fontSize >= before.fontSize * 1.3, `text grew: ${before.fontSize} -> ${now.fontSize}`);
    assert.ok(now.lineHeight / now.fontSize > before.lineHeight / before.fontSize + 0.2, 'lines are further apart');
  });
  assert.match(await panel(page).innerText(), /kept in this browser only/);

  await page.reload();
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await eventually(async () => {
    assert.ok((await bodyText(page)).fontSize >= before.fontSize * 1.3, 'still larger after a reload');
  });

  await openPanel(page);
  assert.ok(await page.getByLabel('Largest').isChecked(), 'the panel shows the kept choice');
  await page.getByRole('button', { name: 'Reset to standard' }).click();
  await eventually(async () => assert.deepEqual(await bodyText(page), before));
  assert.equal(await stored(page), null, 'reset leaves nothing stored');
  assert.ok(await page.getByLabel('Standard', { exact: true }).isChecked());
  assertNoProblems(problems);
});

test('with storage blocked, the settings still work for the visit, with a calm note', async () => {
  const blockStorage = (page) => page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page, problems } = await app.openApp('', {}, { prepare: blockStorage });
  const before = await bodyText(page);
  await openPanel(page);
  await page.getByLabel('Larger').check();
  await eventually(async () => assert.ok((await bodyText(page)).fontSize > before.fontSize));
  assert.match(await panel(page).innerText(), /for this visit only/);
  assertNoProblems(problems);
});

test('a corrupt stored value is ignored, the defaults used and the bad value replaced', async () => {
  const corrupt = (page) => page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"text": "enormous"');
      sessionStorage.setItem('seeded', 'yes');
    }
  }, STORAGE_KEY);
  const { page, problems } = await app.openApp('', {}, { prepare: corrupt });
  await eventually(async () => assert.equal(await stored(page), '1;text=standard;spacing=standard'));
  assert.equal(await page.locator('html').getAttribute('data-text-size'), null, 'standard text');
  assert.equal(await page.locator('#app-problem').isVisible(), false, 'no error shown');
  assertNoProblems(problems);
});

test('the largest text with more spacing still fits a 320 px screen', async () => {
  const { page, problems } = await app.openApp('', { viewport: { width: 320, height: 640 } });
  await openPanel(page);
  await page.getByLabel('Largest').check();
  await page.getByLabel('More space between lines').check();
  await page.locator('#timeline .show-all-steps').click();
  await eventually(async () => {
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(widths[0] <= widths[1], `no sideways scrolling: ${widths}`);
    assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest');
  });
  assertNoProblems(problems);
});
