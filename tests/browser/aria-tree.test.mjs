// The accessibility tree of each interactive state, as a screen reader gets
// it: roles, names, states (expanded, pressed, invalid, disabled) and what the
// live regions say. Each is compared with a reviewed snapshot in
// tests/browser/aria-snapshots/; axe checks rules, this checks what is heard.
//
// After a deliberate change, rewrite the snapshots, then read the diff:
//   UPDATE_ARIA_SNAPSHOTS=1 node --test tests/browser/aria-tree.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoProblems, eventually, nextButton, showAllButton, useAppHarness } from './support.mjs';

const app = useAppHarness();
const WIDE = { viewport: { width: 1280, height: 800 } };
const SNAPSHOT_DIR = path.join(REPO_ROOT, 'tests', 'browser', 'aria-snapshots');
const updating = process.env.UPDATE_ARIA_SNAPSHOTS === '1';

/** Compares the tree of one locator, or of several in order, with the reviewed file. */
async function expectAriaSnapshot(locators, name) {
  const parts = [];
  for (const locator of [locators].flat()) parts.push((await locator.ariaSnapshot()).trimEnd());
  const actual = `${parts.join('\n')}\n`;
  const file = path.join(SNAPSHOT_DIR, `${name}.yml`);
  if (updating) {
    await mkdir(SNAPSHOT_DIR, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => null);
  assert.ok(expected !== null, `no reviewed snapshot ${name}.yml: run with UPDATE_ARIA_SNAPSHOTS=1 and review it`);
  assert.equal(actual, expected, `the accessibility tree of "${name}" changed`);
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

test('aria: one step, after Next (the controls, the step, the list of steps and the announcement)', async () => {
  const { page, problems } = await app.openApp('#timeline', WIDE);
  await nextButton(page).click();
  await eventually(async () =>
    assert.match(await page.locator('.timeline-widget [aria-live="polite"]').innerText(), /Step 2 of 8/));
  // The controls, the step's own heading, the list of steps and the live
  // region; the step's words are checked by the content tests.
  const widget = page.locator('.timeline-widget');
  await expectAriaSnapshot([
    widget.locator('.timeline-bar'),
    widget.locator('nav.step-list'),
    widget.locator('article.step:visible h3'),
    widget.locator('article.step:visible .step-end'),
    widget.locator('.copy-step-link'),
    widget.locator('[aria-live="polite"]'),
  ], 'timeline-one-step');
  // Not in the snapshot's notation: the list marks where the reader is.
  assert.equal(await widget.locator('nav.step-list a[aria-current="step"]').getAttribute('href'),
    '#timeline/mobilisation');
  assertNoProblems(problems);
});

test('aria: a step\'s two pictures, each caption heard once and each picture named by its title', async () => {
  const { page, problems } = await app.openApp('#timeline/collection', WIDE);
  const pictures = page.locator('article.step[data-step="collection"] .step__pictures');
  await eventually(async () => assert.ok(await pictures.isVisible()));
  await expectAriaSnapshot(pictures, 'timeline-step-pictures');
  assertNoProblems(problems);
});

test('aria: all steps (the controls, and the announcement)', async () => {
  const { page, problems } = await app.openApp('#timeline', WIDE);
  await showAllButton(page).click();
  await eventually(async () => assert.match(await showAllButton(page).innerText(), /one step at a time/));
  await eventually(async () => assert.equal(
    await page.locator('.timeline-widget [aria-live="polite"]').innerText(), 'All steps, in order'));
  await expectAriaSnapshot(page.locator('.timeline-widget .timeline-bar'), 'timeline-all-steps-controls');
  assertNoProblems(problems);
});

test('aria: a glossary term, open: its sentence whole, then its note', async () => {
  const { page, problems } = await app.openApp('#why', WIDE);
  const term = page.locator('#why .term').first();
  await term.locator('.term__button').click();
  await eventually(async () => assert.equal(await term.locator('.term__button').getAttribute('aria-expanded'), 'true'));
  // The paragraph and what follows it, up to the next paragraph: the note.
  const paragraph = term.locator('xpath=ancestor::p[1]');
  await expectAriaSnapshot(paragraph, 'glossary-term-open-sentence');
  await expectAriaSnapshot(paragraph.locator('xpath=following-sibling::*[1]'), 'glossary-term-open');
  assertNoProblems(problems);
});

test('aria: the blood-cell explorer, one cell chosen', async () => {
  const { page, problems } = await app.openApp('#stem-cells', WIDE);
  await page.locator('.cell-explorer__choices button[data-cell="platelets"]').click();
  await eventually(async () =>
    assert.match(await page.locator('.cell-explorer__announce').innerText(), /Showing/));
  await expectAriaSnapshot(page.locator('.cell-explorer'), 'cell-explorer-platelets');
  assertNoProblems(problems);
});

test('aria: the questions form with its error', async () => {
  const { page, problems } = await app.openApp('#questions', WIDE);
  await button(page, 'Add to my list').click();
  await eventually(async () => assert.equal(await page.locator('#own-question').getAttribute('aria-invalid'), 'true'));
  await expectAriaSnapshot(page.locator('form.add-question'), 'questions-form-error');
  assertNoProblems(problems);
});

test('aria: the list asking to confirm clearing', async () => {
  const { page, problems } = await app.openApp('#questions', WIDE);
  await page.locator('#question-vaccines').check();
  await button(page, 'Clear my list').click();
  await eventually(async () => assert.ok(await page.locator('#my-questions-clear-confirm').isVisible()));
  await expectAriaSnapshot(page.locator('.my-questions'), 'questions-clear-confirm');
  assertNoProblems(problems);
});
