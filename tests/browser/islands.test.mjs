// The page's interactive parts are Leptos islands (<leptos-island>), each
// hydrated from the page as built, with its words in its props. An island
// whose props are missing or malformed keeps its pre-rendered HTML, reads as
// the page does without scripts, and says so once in the console; the others
// work as usual.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_IDS, assertNoProblems, eventually, useAppHarness } from './support.mjs';

const app = useAppHarness();
const WIDE = { viewport: { width: 1280, height: 900 } };

/** Serves index.html changed by `edit(html)`, and records console warnings. */
async function openEdited(edit) {
  const warnings = [];
  const { page, problems } = await app.openApp('', WIDE, {
    prepare: async (page) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.route(/\/(index\.html)?$/, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const edited = edit(html);
        assert.notEqual(edited, html, 'the test changed the page');
        await route.fulfill({ response, body: edited });
      });
    },
  });
  return { page, problems, warnings };
}

test('every island starts, with no warning, on the page as built', async () => {
  const warnings = [];
  const { page, problems } = await app.openApp('', WIDE, {
    prepare: async (page) => page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
  });
  assert.deepEqual(warnings, []);
  assert.equal(await page.locator('[data-island-failed]').count(), 0);
  // Every interactive part is Leptos's: none is bound by a framework of our own.
  assert.equal(await page.locator('[data-island]').count(), 0, 'no island of our own');
  // Leptos's islands: named by their component, and an export of this build's WebAssembly.
  const leptosIslands = await page.locator('leptos-island').evaluateAll((els) =>
    [...new Set(els.map((e) => e.dataset.component.replace(/_\d+$/, '')))]);
  assert.deepEqual(leptosIslands.sort(), ['CellExplorer', 'CopyStepLink', 'GlossaryTerm', 'ListCount', 'ListenButton', 'MyDatesPanel',
    'MyQuestions', 'ReadMore', 'ReadingSettingsPanel', 'SiteFooter', 'StepArticle', 'StepDate', 'StepList',
    'SuggestedQuestion', 'TimelineWidget']);
  assertNoProblems(problems);
});

test('a timeline whose words are damaged reads as it does without scripts; the rest of the page still works', async () => {
  const { page, problems, warnings } = await openEdited(
    (html) => setLeptosProps(html, 'TimelineWidget', '{&quot;words&quot;:'));
  assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
  assert.match(warnings[0], /"TimelineWidget" part .*JSON/);
  const timeline = page.locator('#timeline .timeline-widget');
  assert.equal(await page.locator('leptos-island[data-component^="TimelineWidget_"]').getAttribute('data-island-failed'), '');
  // Every step shows, in order, and the controls that would not work are gone.
  for (const id of STEP_IDS) {
    assert.ok(await page.locator(`article[data-step="${id}"]`).isVisible(), `step ${id} shows`);
  }
  assert.equal(await timeline.locator('.timeline-bar').isVisible(), false);
  // The other islands work: a term inside a step opens, the reading settings change the text.
  const term = timeline.locator('.term__button').first();
  await term.click();
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  await page.locator('.reading-settings__summary').click();
  await page.getByRole('radio', { name: 'Largest' }).check();
  await eventually(async () =>
    assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest'));
  assert.equal(await page.locator('#app-problem').isVisible(), false, 'no "something went wrong"');
  assertNoProblems(problems);
});

test('malformed words and props each leave that one island as it was', async () => {
  const { page, problems, warnings } = await openEdited((html) => {
    let edited = setLeptosProps(html, 'CellExplorer', '{&quot;cells&quot;:');
    edited = setLeptosProps(edited, 'ReadingSettingsPanel', 'this line is not JSON');
    edited = setLeptosProps(edited, 'MyQuestions', '{&quot;words&quot;:{&quot;list_heading&quot;:&quot;Your list&quot;');
    return edited;
  });
  assert.equal(warnings.length, 3, `one warning each: ${JSON.stringify(warnings)}`);
  assert.ok(warnings.some((w) => /"CellExplorer" part .*JSON/.test(w)), 'cells');
  assert.ok(warnings.some((w) => /"ReadingSettingsPanel" part .*JSON/.test(w)), 'settings');
  assert.ok(warnings.some((w) => /"MyQuestions" part .*JSON/.test(w)), 'my-questions');
  // As without scripts: every cell card, no settings, no list tool.
  assert.equal(await page.locator('.cell-card').evaluateAll((cards) =>
    cards.filter((c) => c.getBoundingClientRect().height > 0).length), 6);
  assert.equal(await page.locator('.reading-settings').isVisible(), false);
  assert.equal(await page.locator('.my-questions').isVisible(), false);
  // The timeline still moves.
  await page.locator('button.step-next').click();
  await eventually(async () => assert.match(page.url(), /#timeline\/mobilisation$/));
  assertNoProblems(problems);
});

/** The first Leptos island of this component, its props replaced by `props` (as written in the page). */
function setLeptosProps(html, component, props) {
  const pattern = new RegExp(`(<leptos-island data-component="${component}_\\d+") data-props="[^"]*"`);
  assert.match(html, pattern, `the page has a ${component} island with props`);
  return html.replace(pattern, `$1 data-props="${props}"`);
}

for (const [damage, props] of [
  ['not JSON', '{&quot;words&quot;:'],
  ['JSON of the wrong shape', '{&quot;words&quot;:{&quot;notice_line&quot;:7}}'],
]) {
  test(`a Leptos island whose props are ${damage} keeps its HTML; the page and the other islands work`, async () => {
    const { page, problems, warnings } = await openEdited((html) => setLeptosProps(html, 'SiteFooter', props));
    assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
    assert.match(warnings[0], /"SiteFooter" part stays as it was written/);
    const footer = page.locator('leptos-island[data-component^="SiteFooter_"]');
    assert.equal(await footer.getAttribute('data-island-failed'), '');
    assert.match(await page.locator('.site-footer__notice').innerText(), /not a substitute/);
    assert.equal(await page.locator('#app-problem').isVisible(), false, 'no "something went wrong, reload"');
    assert.ok(await page.locator('#startup-problem').isVisible(), 'the calm line says a part could not start');
    if (damage !== 'not JSON') {
      // Leptos reads the props, and a wrong shape panics (its message is the one console error).
      assert.equal(problems.consoleErrors.length, 1, JSON.stringify(problems.consoleErrors));
      assert.match(problems.consoleErrors[0], /could not deserialize props/);
      problems.consoleErrors.length = 0;
    }
    // Every step can still be reached, and the reading settings still work.
    await page.locator('button.step-next').click();
    await eventually(async () => assert.match(page.url(), /#timeline\/mobilisation$/));
    await page.locator('.reading-settings__summary').click();
    await page.getByRole('radio', { name: 'Largest' }).check();
    await eventually(async () =>
      assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest'));
    assertNoProblems(problems);
  });
}

/** What a browser's translator does to a page: each text node inside the
 * elements that match, replaced by <font> elements holding its translation
 * (here, the words in capitals). */
function wrapTextInFont(selector) {
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) if (walker.currentNode.textContent.trim()) texts.push(walker.currentNode);
    for (const text of texts) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = text.textContent.toUpperCase();
      outer.append(inner);
      text.replaceWith(outer);
    }
  }
}

for (const when of ['before the app starts', 'after the app started']) {
  test(`a browser translator's <font> elements in Leptos's islands, ${when}: the page works`, async () => {
    const { page, problems } = await app.openApp('', WIDE, {
      prepare: when === 'before the app starts'
        ? (page) => page.addInitScript(`document.addEventListener('DOMContentLoaded', () => (${wrapTextInFont})('leptos-island'))`)
        : async () => {},
    });
    if (when === 'after the app started') await page.evaluate(wrapTextInFont, 'leptos-island');
    // The translation stays: the app hydrates around it, and never writes the page's words back.
    const notice = await page.locator('.site-footer__notice').innerText();
    assert.equal(notice, notice.toUpperCase(), 'the footer reads as translated');
    assert.match(notice, /NOT A SUBSTITUTE/);
    // The reading settings still change the text, and say they are kept.
    await page.locator('.reading-settings__summary').click();
    await page.getByRole('radio', { name: 'Largest' }).check();
    await eventually(async () =>
      assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest'));
    // The count of the list follows a tick.
    await page.locator('#question-vaccines').check();
    await eventually(async () => assert.match(await page.locator('.list-count__count').innerText(), /1/));
    // Every step can be reached.
    await page.locator('button.step-next').click();
    await eventually(async () => assert.match(page.url(), /#timeline\/mobilisation$/));
    assert.equal(await page.locator('#app-problem').isVisible(), false, 'no "something went wrong"');
    assertNoProblems(problems);
  });
}
