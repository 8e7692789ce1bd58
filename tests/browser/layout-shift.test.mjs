// The page is drawn from pre-rendered HTML and then hydrated: nothing on the
// screen may move while that happens (cumulative layout shift 0).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, twoFrames, useAppHarness } from './support.mjs';

const app = useAppHarness();

/** Until the first updates after the app started (the address, scrolling)
 * have painted, any animation has ended, and the shifts they made are reported. */
async function settled(page) {
  await twoFrames(page);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await twoFrames(page);
}

/** Records every layout shift from the very start of the page. */
function recordLayoutShifts(page) {
  return page.addInitScript(() => {
    window.layoutShiftsForTest = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.layoutShiftsForTest.push({
          value: entry.value,
          moved: entry.sources.map((source) =>
            source.node?.outerHTML?.slice(0, 80) ?? String(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

// The start-up script applies the stored text settings before the first
// paint; a reading-aloud speed stored after them must not stop it.
for (const stored of ['1;text=largest;spacing=more', '1;text=largest;spacing=more;speech=slower']) {
  test(`no layout shift on loading for a reader who chose the largest text and more spacing (${stored})`, async () => {
    const withSettings = async (page) => {
      await page.addInitScript((stored) => {
        localStorage.setItem('ahsct-explainer.reading-settings', stored);
      }, stored);
      await recordLayoutShifts(page);
    };
    const { page, problems } = await app.openApp('', { viewport: { width: 1280, height: 800 } },
      { prepare: withSettings });
    await settled(page);
    assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest');
    assert.deepEqual(await page.evaluate(() => window.layoutShiftsForTest), [], 'layout shifts');
    assertNoProblems(problems);
  });
}

for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
  for (const address of ['', '#timeline/storage', '#timeline/all', '#risks']) {
    test(`no layout shift while ${address || 'the page'} loads and hydrates at ${viewport.width} px`, async () => {
      const { page, problems } = await app.openApp(address, { viewport }, { prepare: recordLayoutShifts });
      await settled(page);
      const shifts = await page.evaluate(() => window.layoutShiftsForTest);
      assert.deepEqual(shifts, [], 'layout shifts');
      assertNoProblems(problems);
    });
  }
}
