// axe in every translation (issue 28: "axe 0 at 320 and 1280 px, light and
// dark, in each new language"), in a file of its own so that the test command
// runs it beside the other language checks (languages.test.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, STEP_IDS, assertNoProblems, eventually, recordProblems, useAppHarness, waitForAppStart } from './support.mjs';
import { TRANSLATIONS } from './languages.mjs';

const app = useAppHarness();
const AXE_SOURCE = readFile(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

// axe in each translation at 320 and 1280 px, light and dark: one page per
// language and size, moved between states through the fragment. The English
// audit (a11y-audit.test.mjs) goes through every state, each scheme loaded
// afresh; what a translation changes is the words, and all its steps' words
// show together in the all-steps view, so here: the whole page with all steps,
// and the timeline (all that changes between states) with the first and with
// the last step alone (the bar with one way on, the other way off). Each
// state is audited in full in the light scheme, then the device is switched
// to dark, as a reader's can be while the page is open, and audited again for
// what a scheme changes: the page's dark rules set colours only, so the rules
// that read colours (contrast, and links told apart from text).
const TRANSLATION_STATES = [STEP_IDS[0], STEP_IDS[STEP_IDS.length - 1], 'all'];
const COLOUR_RULES = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };
for (const language of TRANSLATIONS) {
  for (const [width, viewport] of [['320 px', { width: 320, height: 640 }], ['1280 px', { width: 1280, height: 800 }]]) {
    const noSidewaysScroll = viewport.width === 320;
    test(`${language.name}: axe finds nothing on all steps, the first and the last at ${width}, light and dark${noSidewaysScroll ? ', and nothing scrolls sideways' : ''}`, async () => {
      const context = await app.browser.newContext({ viewport, colorScheme: 'light', bypassCSP: true });
      try {
        const page = await context.newPage();
        const problems = recordProblems(page, new URL(app.baseUrl).origin);
        await page.goto(app.baseUrl + language.page);
        await waitForAppStart(page, problems);
        await page.addScriptTag({ content: await AXE_SOURCE });
        const settled = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        const audit = (state, options) => page.evaluate(([scope, options]) => window.axe.run(scope === 'all' ? document : '#timeline', options),
          [state, options]);
        const found = [];
        for (const state of TRANSLATION_STATES) {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.evaluate((fragment) => { location.hash = fragment; }, `#timeline/${state}`);
          await eventually(async () => {
            const shown = await page.locator('article.step').evaluateAll((all) => all.filter((a) => a.checkVisibility()).map((a) => a.dataset.step));
            assert.deepEqual(shown, state === 'all' ? STEP_IDS : [state]);
          });
          await settled();
          for (const v of (await audit(state, AXE_OPTIONS)).violations) {
            found.push(`${state}, light: ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`);
          }
          await page.emulateMedia({ colorScheme: 'dark' });
          assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme.includes('dark') || matchMedia('(prefers-color-scheme: dark)').matches), true);
          await settled();
          for (const v of (await audit(state, COLOUR_RULES)).violations) {
            found.push(`${state}, dark: ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`);
          }
        }
        assert.deepEqual(found, []);
        // With the fonts of a bare Linux machine (DejaVu Sans, wide) and no
        // hyphenation dictionary: a long word must still wrap, not push the page.
        if (noSidewaysScroll) {
          const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          assert.ok(scrollWidth <= clientWidth, `no sideways scroll in the all-steps view: ${scrollWidth} > ${clientWidth}`);
        }
        assertNoProblems(problems);
      } finally {
        await context.close();
      }
    });
  }
}
