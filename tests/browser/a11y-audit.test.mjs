// An automated accessibility audit (axe-core) of every state a reader can
// put the timeline in: each of the 8 steps and the all-steps view, on a
// narrow phone (320 px) and a wide screen (1280 px), in light and dark mode,
// and once with reduced motion. Then the states of the other widgets: a
// glossary term open, the cell explorer on one cell and on all cells, the
// questions list with its clear confirmation, and the notice for a stored
// list that could not be read. Checks the WCAG 2.0, 2.1 and 2.2 A and AA
// rules axe can test automatically, plus its best practices.
//
// One test per state, so a failure names the state. The states of one
// viewport and colour scheme share a page and move between steps through the
// address fragment, as a reader following a link would, which keeps the file
// fast; each group still starts from a fresh load. The first state audits
// the whole page; the others audit the timeline, all that changes between
// them (axe on the whole page takes about twice as long).

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT, STEP_IDS, assertNoProblems, eventually, recordProblems, showState, useAppHarness,
  waitForAppStart,
} from './support.mjs';

const app = useAppHarness();

const AXE_SOURCE = readFile(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const AXE_OPTIONS = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

const VIEWPORTS = {
  '320 px': { width: 320, height: 640 },
  '1280 px': { width: 1280, height: 800 },
};
const SCHEMES = ['light', 'dark'];
const STATES = [...STEP_IDS, 'all'];

// ---------------------------------------------------------------------------
// Pages shared by the tests of one group. They live in contexts of their own
// (the harness closes the contexts it opens after every test), on the
// harness's browser and server, and close when the file ends.

const groups = new Map();

async function pageFor(key, contextOptions, prepare) {
  if (!groups.has(key)) {
    groups.set(key, openSharedPage(contextOptions, prepare));
  }
  return groups.get(key);
}

/** The harness's browser (started before the tests) and the address it serves the app at. */
function harnessBrowser() {
  return { browser: app.browser, baseUrl: app.baseUrl, origin: new URL(app.baseUrl).origin };
}

async function openSharedPage(contextOptions, prepare = async () => {}) {
  const { browser, baseUrl, origin } = await harnessBrowser();
  // axe goes in as an inline script, which the page's own <meta> policy
  // refuses: the test browser is told to set the policy aside for it.
  const context = await browser.newContext({ ...contextOptions, bypassCSP: true });
  const page = await context.newPage();
  const problems = recordProblems(page, origin);
  await prepare(page);
  await page.goto(baseUrl);
  await waitForAppStart(page, problems);
  await page.addScriptTag({ content: await AXE_SOURCE });
  return { context, page, problems };
}

after(async () => {
  for (const shared of groups.values()) {
    await (await shared).context.close().catch(() => {});
  }
});

// ---------------------------------------------------------------------------
// Moving between states, and the audit itself

/** axe's violations in `scope`: a selector, or the whole page. */
async function audit(page, scope = 'document') {
  const results = await page.evaluate(([where, options]) =>
    window.axe.run(where === 'document' ? document : where, options), [scope, AXE_OPTIONS]);
  return results.violations;
}

/** One line per violation and up to three of its elements, to fix from. */
function describeViolations(violations) {
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 3).map((node) =>
      `    at ${JSON.stringify(node.target)}\n      ${
        (node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
    const more = violation.nodes.length > 3 ? `\n    ... and ${violation.nodes.length - 3} more` : '';
    return `- ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}${more}`;
  }).join('\n');
}

function assertNoViolations(violations, state) {
  assert.equal(violations.length, 0,
    `${violations.length} axe violation(s) in ${state}:\n${describeViolations(violations)}`);
}

// ---------------------------------------------------------------------------
// The tests: one per state

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of SCHEMES) {
    const key = `${width}, ${colorScheme}`;
    for (const state of STATES) {
      const wholePage = state === STATES[0];
      const label = `${wholePage ? 'the page with ' : 'the timeline with '}${state === 'all' ? 'all steps' : `step "${state}"`}`;
      test(`axe finds no violations: ${label} at ${key}`, async () => {
        const { page, problems } = await pageFor(key, { viewport, colorScheme });
        await showState(page, state);
        assertNoViolations(await audit(page, wholePage ? 'document' : '#timeline'), `${label} at ${key}`);
        assertNoProblems(problems);
      });
    }
  }
}

test('axe finds no violations with reduced motion, after moving a step and showing all, with every disclosure open', async () => {
  const { page, problems } = await pageFor('reduced motion', {
    viewport: VIEWPORTS['1280 px'],
    reducedMotion: 'reduce',
  });
  // What the header's disclosures (the reading settings) hold is audited too.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('#app details')) details.open = true;
  });
  await showState(page, 'mobilisation');
  assertNoViolations(await audit(page), 'step "mobilisation" with reduced motion');
  await showState(page, 'all');
  assertNoViolations(await audit(page), 'the all-steps view with reduced motion');
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------
// The other widgets' states. One page per viewport and colour scheme, loaded
// over a stored list of questions that cannot be read, so that its notice
// shows; the tests below run in order on it.

const QUESTIONS_KEY = 'ahsct-explainer.questions';
const seedUnreadableList = (page) => page.addInitScript((key) => {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem(key, '{"broken');
    sessionStorage.setItem('seeded', 'yes');
  }
}, QUESTIONS_KEY);

/** Waits for any transition to finish and two frames to paint. */
async function settle(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const visibleCards = (page) => page.locator('.cell-explorer .cell-card').evaluateAll((cards) =>
  cards.filter((card) => card.checkVisibility()).map((card) => card.dataset.cell));

const WIDGET_STATES = [
  ['the notice for a stored list that could not be read', async (page) => {
    const notice = page.locator('#questions .my-questions__notice');
    await eventually(async () => assert.match(await notice.innerText(), /could not be read/));
    await notice.scrollIntoViewIfNeeded();
  }],
  ['a glossary term open', async (page) => {
    const term = page.locator('.term__button:visible').first();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await eventually(async () => {
      assert.equal(await term.getAttribute('aria-expanded'), 'true');
      assert.ok(await page.locator(`[id="${await term.getAttribute('aria-controls')}"]`).isVisible());
    });
  }],
  ['the cell explorer on "Red cells"', async (page) => {
    const choice = page.locator('.cell-explorer .cell-choice[data-cell="red-cells"]');
    await choice.scrollIntoViewIfNeeded();
    await choice.click();
    await eventually(async () => {
      assert.equal(await choice.getAttribute('aria-pressed'), 'true');
      assert.deepEqual(await visibleCards(page), ['red-cells']);
    });
  }],
  ['the cell explorer showing all cells', async (page) => {
    const showAll = page.locator('.cell-explorer button.cell-explorer__show-all');
    await showAll.click();
    await eventually(async () => {
      assert.match(await showAll.innerText(), /one cell at a time/);
      assert.equal((await visibleCards(page)).length, 6);
    });
  }],
  ['the questions list (2 ticked, 1 own) asking to confirm clearing', async (page) => {
    await page.locator('#question-fertility').click();
    await page.locator('#question-monitoring').click();
    await page.getByLabel('Add your own question', { exact: true }).fill('Who do I call if I feel unwell?');
    await page.getByRole('button', { name: 'Add to my list', exact: true }).click();
    await eventually(async () =>
      assert.equal(await page.locator('.my-questions__list > li.my-question').count(), 3));
    await page.getByRole('button', { name: 'Clear my list', exact: true }).click();
    await eventually(async () => assert.ok(await page.locator('#my-questions-clear-confirm').isVisible()));
  }],
  // Last: it sets the rest of the page aside.
  ['the short version of the page', async (page) => {
    await page.locator('#contents a[href="#short"]').click();
    await eventually(async () => assert.ok(await page.locator('#short').isVisible()));
  }],
];

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of SCHEMES) {
    const key = `${width}, ${colorScheme}`;
    for (const [label, reach] of WIDGET_STATES) {
      test(`axe finds no violations: ${label} at ${key}`, async () => {
        const { page, problems } = await pageFor(`widgets, ${key}`, { viewport, colorScheme },
          seedUnreadableList);
        await reach(page);
        await settle(page);
        assertNoViolations(await audit(page), `${label} at ${key}`);
        assertNoProblems(problems);
      });
    }
  }
}
