// Addresses with a fragment: links to a step or to the all-steps view open
// there (also after a reload), and broken fragments do no harm.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEP_IDS, assertNoProblems, eventually, expectAllSteps, expectStep, randomPrintable, useAppHarness,
  waitForAppStart,
} from './support.mjs';

const app = useAppHarness();

async function reloadApp(page, problems) {
  await page.reload();
  await waitForAppStart(page, problems);
}

test('a link to a step opens at that step, and a reload keeps it', async () => {
  const storage = STEP_IDS.indexOf('storage');
  for (const address of ['index.html#timeline/storage', '#timeline/storage']) {
    const { page, problems } = await app.openApp(address);
    await expectStep(page, storage);
    await reloadApp(page, problems);
    await expectStep(page, storage);
    assertNoProblems(problems);
  }
});

test('every step has a link that opens at it', async () => {
  for (const [index, stepId] of STEP_IDS.entries()) {
    const { page, problems } = await app.openApp(`#timeline/${stepId}`);
    await expectStep(page, index);
    assertNoProblems(problems);
  }
});

test('a link to #timeline/all opens the all-steps view, and a reload keeps it', async () => {
  for (const address of ['index.html#timeline/all', '#timeline/all']) {
    const { page, problems } = await app.openApp(address);
    await expectAllSteps(page);
    await reloadApp(page, problems);
    await expectAllSteps(page);
    assertNoProblems(problems);
  }
});

const BAD_FRAGMENTS = {
  'an unknown step name': 'timeline/xyz',
  'a step number out of range': 'timeline/999',
  '10,000 characters of broken percent-escapes': 'x%'.repeat(5000),
  '10,000 random printable characters': randomPrintable(10_000, 1),
  'the timeline prefix and 10,000 random characters': 'timeline/' + randomPrintable(10_000, 2),
};

for (const [description, fragment] of Object.entries(BAD_FRAGMENTS)) {
  test(`a fragment of ${description} opens the page normally at step 1`, async () => {
    const { page, problems } = await app.openApp('#' + fragment);
    assert.ok(await page.locator('#app h1').isVisible(), "the app's h1 is visible");
    await expectStep(page, 0, { checkHash: false });
    assertNoProblems(problems);
  });
}


test('a step\'s address typed while reading elsewhere opens that step with its heading at the top', async () => {
  const { page, problems } = await app.openApp('#risks', { viewport: { width: 390, height: 844 } });
  const conditioning = STEP_IDS.indexOf('conditioning');
  await page.evaluate(() => { location.hash = 'timeline/conditioning'; });
  await expectStep(page, conditioning);
  await eventually(async () => {
    const top = await page.locator('article[data-step="conditioning"] h3').evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 120, `the step's heading is at the top of the view (${top} px)`);
  });
  assertNoProblems(problems);
});

test('"#timeline" alone is the section: its heading comes into view and the step shown stays', async () => {
  const { page, problems } = await app.openApp('#timeline/storage', { viewport: { width: 390, height: 844 } });
  await page.evaluate(() => { location.hash = 'risks'; });
  await page.evaluate(() => { location.hash = 'timeline'; });
  await eventually(async () => {
    const top = await page.locator('#timeline > h2').evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 120, `the timeline's heading is at the top of the view (${top} px)`);
  });
  await expectStep(page, STEP_IDS.indexOf('storage'), { checkHash: false });
  assertNoProblems(problems);
});
