// The page as a whole: its sections, the startup fallback, and the notice
// that this is not medical advice.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SECTION_IDS, assertNoProblems, eventually, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

test('every section renders in order with a question heading and an in-short line', async () => {
  const { page, problems } = await app.openApp();

  const sectionsInOrder = await page.evaluate((expected) =>
    [...document.querySelectorAll('section[id]')]
      .map((section) => section.id)
      .filter((id) => expected.includes(id)), SECTION_IDS);
  assert.deepEqual(sectionsInOrder, SECTION_IDS);

  for (const id of SECTION_IDS) {
    const section = page.locator(`section#${id}`);
    const headings = section.locator('h2');
    assert.equal(await headings.count(), 1, `#${id} has one h2`);
    assert.ok(await headings.isVisible(), `#${id} h2 is visible`);
    assert.match((await headings.innerText()).trim(), /\S.*\?$/, `#${id} h2 asks a question`);

    const inShort = section.locator('p.in-short').first();
    assert.ok(await inShort.isVisible(), `#${id} shows its in-short line`);
    assert.ok((await inShort.innerText()).trim().length > 10, `#${id} in-short line has text`);
  }

  // The startup fallback has an h1 of its own; once hidden it no longer counts.
  assert.equal(await page.locator('h1:visible').count(), 1, 'exactly one visible h1');
  assert.ok(await page.locator('#app h1').isVisible(), "the app's h1 is visible");
  assertNoProblems(problems);
});

test('the static startup fallback is gone once the app has started', async () => {
  const { page, problems } = await app.openApp();
  await eventually(async () => {
    assert.equal(await page.locator('#startup-fallback:visible').count(), 0);
  });
  assertNoProblems(problems);
});

test('the page header links to the not-medical-advice notice', async () => {
  const { page, problems } = await app.openApp();
  const link = page.locator('header a[href="#notice"]').first();
  assert.ok(await link.isVisible(), 'the header link to #notice is visible');
  assert.ok((await link.innerText()).trim().length > 0, 'the link has text');
  assertNoProblems(problems);
});

for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
  test(`the notice is visible without scrolling at ${viewport.width}x${viewport.height}`, async () => {
    const { page, problems } = await app.openApp('', { viewport });

    const noticeText = (await page.locator('#notice').innerText()).toLowerCase();
    assert.match(noticeText, /should not be relied on/);
    assert.match(noticeText, /doctor/);

    for (const phrase of ['should not be relied on', 'doctor']) {
      const placement = await whereIsPhrase(page, '#notice', phrase);
      assert.deepEqual(placement, { scrollY: 0, insideViewport: true, onTop: true },
        `"${phrase}" must be on screen and uncovered on first view`);
    }
    assertNoProblems(problems);
  });
}

/**
 * Finds the innermost element under rootSelector whose text contains phrase,
 * and tells whether it lies entirely inside the viewport and is not covered
 * by anything else (such as a sticky header).
 */
function whereIsPhrase(page, rootSelector, phrase) {
  return page.evaluate(({ rootSelector, phrase }) => {
    const contains = (element) => element.innerText.toLowerCase().includes(phrase);
    let element = document.querySelector(rootSelector);
    if (!element || !contains(element)) return null;
    for (;;) {
      const child = [...element.children].find(contains);
      if (!child) break;
      element = child;
    }
    const box = element.getBoundingClientRect();
    const insideViewport = box.width > 0 && box.height > 0
      && box.top >= 0 && box.left >= 0
      && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    const topmost = document.elementFromPoint(
      box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
    return {
      scrollY: window.scrollY,
      insideViewport,
      onTop: topmost !== null && (element === topmost || element.contains(topmost)),
    };
  }, { rootSelector, phrase });
}
