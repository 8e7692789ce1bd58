// The cross-engine subset of the browser tests: rendering, the timeline,
// deep links and the single offline file, driven over WebDriver so that the
// same tests run in Chromium, Firefox and WebKitGTK. The full suite
// (tests/browser/) runs in Chromium.
//
// Each engine gets one browser session for all its tests, and every test
// opens the page afresh. Test names start with the engine ("[firefox] ...")
// so that the runner's output shows what ran where.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST_DIR, SECTION_IDS, STEP_IDS, TIMELINE_WIDGET, eventually, expectTimelineAllSteps, expectTimelineStep,
  randomPrintable, readTimelineInPage, startStaticServer,
} from '../browser/support.mjs';
import { ENGINES, openBrowser, selectedBrowsers } from './engines.mjs';
import { KEYS } from './webdriver.mjs';

const APP_START_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 60_000;
// Starting a browser the first time (a fresh Firefox profile, WebKit's
// processes) can take a while on a busy machine.
const BROWSER_START_TIMEOUT_MS = 90_000;

const LAST_STEP = STEP_IDS.length - 1;
const WIDGET = TIMELINE_WIDGET;

// The single file for offline use (scripts/single-file.mjs).
const OFFLINE_FILE_NAME = 'ahsct-explainer-offline.html';

/** Registers the subset for one engine, skipped when BROWSERS leaves it out. */
export function defineEngineSuite(engineName) {
  const { label } = ENGINES[engineName];
  const skip = selectedBrowsers().includes(engineName) ? false : 'not in BROWSERS';

  describe(`${label} (${engineName}) over WebDriver`, { skip }, () => {
    let server;
    let browser;
    const app = {
      open: (address) => openApp(browser.session, server.baseUrl + address),
      openFile: (url) => openApp(browser.session, url),
    };

    before(async () => {
      server = await startStaticServer();
      browser = await openBrowser(engineName);
    }, { timeout: BROWSER_START_TIMEOUT_MS });

    after(async () => {
      await browser?.stop();
      await server?.close();
    });

    for (const [name, body] of Object.entries(TESTS)) {
      test(`[${engineName}] ${name}`, { timeout: TEST_TIMEOUT_MS }, () => body(app));
    }
  });
}

// ---------------------------------------------------------------------------
// The tests, by name; each receives the app harness above.

const TESTS = {
  async 'every section renders in order with its h2 and in-short line'(app) {
    const session = await app.open('');
    const sections = await session.execute(readSections, SECTION_IDS);
    assert.deepEqual(sections.map((section) => section.id), SECTION_IDS, 'sections in order');
    for (const section of sections) {
      assert.equal(section.headingCount, 1, `#${section.id} has one h2`);
      assert.ok(section.headingShown, `#${section.id} h2 is visible`);
      assert.match(section.headingText, /\S/, `#${section.id} h2 has text`);
      assert.ok(section.inShortShown, `#${section.id} shows its .in-short line`);
      assert.ok(section.inShortText.length > 10, `#${section.id} .in-short line has text`);
    }
  },

  async 'exactly one h1 is visible, and it is the app\'s'(app) {
    const session = await app.open('');
    const headings = await session.execute(() => [...document.querySelectorAll('h1')]
      .filter((h1) => (typeof h1.checkVisibility === 'function'
        ? h1.checkVisibility() : h1.offsetParent !== null))
      .map((h1) => ({ inApp: h1.closest('#app') !== null, text: h1.textContent.trim() })));
    assert.equal(headings.length, 1, `visible h1s: ${JSON.stringify(headings)}`);
    assert.ok(headings[0].inApp, "the visible h1 is the app's");
    assert.match(headings[0].text, /\S/, 'the h1 has text');
  },

  async 'Next and Previous move one step at a time'(app) {
    const session = await app.open('');
    await expectStep(session, 0, { checkHash: false });
    const next = await session.findElement(`${WIDGET} button.step-next`);
    const previous = await session.findElement(`${WIDGET} button.step-previous`);

    for (let step = 1; step <= LAST_STEP; step += 1) {
      await next.click();
      await expectStep(session, step);
    }
    assert.equal(await next.isEnabled(), false, 'Next is disabled on the last step');

    for (let step = LAST_STEP - 1; step >= 0; step -= 1) {
      await previous.click();
      await expectStep(session, step);
    }
    assert.equal(await previous.isEnabled(), false, 'Previous is disabled on step 1');
  },

  async 'the step list links to the 8 steps, and a click moves to that step'(app) {
    const session = await app.open('');
    await expectStep(session, 0, { checkHash: false });
    const links = await session.findElements(`${WIDGET} nav.step-list a`);
    const hrefs = await Promise.all(links.map((link) => link.attribute('href')));
    assert.deepEqual(hrefs, STEP_IDS.map((id) => `#timeline/${id}`), 'the links, in order');

    const storageLink = await session.findElement(
      `${WIDGET} nav.step-list a[href="#timeline/storage"]`);
    await storageLink.click();
    await expectStep(session, STEP_IDS.indexOf('storage'));
    assert.equal(await storageLink.attribute('aria-current'), 'step');
  },

  async 'ArrowRight and ArrowLeft move the step while focus is in the timeline'(app) {
    const session = await app.open('');
    await expectStep(session, 0, { checkHash: false });

    // Typing into the widget focuses it first, as a Tab to it would.
    const widget = await session.findElement(WIDGET);
    await widget.sendKeys(KEYS.ArrowRight);
    await expectStep(session, 1);
    assert.ok(await session.execute(
      (selector) => document.activeElement?.closest(selector) != null, WIDGET),
    'focus is in the timeline');

    // Then plain key presses, to whatever inside the widget has focus now.
    await session.pressKey(KEYS.ArrowRight);
    await expectStep(session, 2);
    await session.pressKey(KEYS.ArrowLeft);
    await expectStep(session, 1);
    await session.pressKey(KEYS.ArrowLeft);
    await expectStep(session, 0);
  },

  async '"show all steps" shows all 8 steps, and toggles back to one'(app) {
    const session = await app.open('');
    await expectStep(session, 0, { checkHash: false });
    const showAll = await session.findElement(`${WIDGET} button.show-all-steps`);
    const labelBefore = await showAll.text();

    await showAll.click();
    await expectAllSteps(session);
    assert.notEqual(await showAll.text(), labelBefore, 'the button says what it does now');
    await showAll.click();
    await eventually(async () => {
      assert.equal((await readTimeline(session)).shownSteps.length, 1, 'one step shown again');
    });
    assert.equal(await showAll.text(), labelBefore, 'the button label is back');
  },

  async 'a link to #timeline/storage opens at step 4, and a reload keeps it'(app) {
    const session = await app.open('#timeline/storage');
    await expectStep(session, STEP_IDS.indexOf('storage'));
    await session.reload();
    await waitForAppStart(session);
    await expectStep(session, STEP_IDS.indexOf('storage'));
  },

  async 'a link to #timeline/all shows all 8 steps, and a reload keeps it'(app) {
    const session = await app.open('#timeline/all');
    await expectAllSteps(session);
    await session.reload();
    await waitForAppStart(session);
    await expectAllSteps(session);
  },

  async 'an unknown step, #timeline/xyz, opens the page normally at step 1'(app) {
    const session = await app.open('#timeline/xyz');
    await expectOpenedNormally(session);
  },

  async 'a fragment of 10,000 junk characters opens the page normally at step 1'(app) {
    const session = await app.open(`#${randomPrintable(10_000, 1)}`);
    await expectOpenedNormally(session);
  },

  async 'the contents lead to the short version and back, and a reader\'s choice of it is remembered'(app) {
    const shownSections = (session) => session.execute(() => [...document.querySelectorAll('main > section')]
      .filter((section) => section.getBoundingClientRect().height > 0).map((section) => section.id));
    let session = await app.open('');
    try {
      assert.deepEqual(await shownSections(session), SECTION_IDS, 'the full page');
      await (await session.findElement('#contents a[href="#short"]')).click();
      await eventually(async () => assert.deepEqual(await shownSections(session), ['notice', 'short']));
      // Another day, at the plain address: the short version again.
      session = await app.open('');
      await eventually(async () => assert.deepEqual(await shownSections(session), ['notice', 'short']));
      await (await session.findElement('#short h3 a[href="#risks"]')).click();
      await eventually(async () => assert.deepEqual(await shownSections(session), SECTION_IDS));
      session = await app.open('#short');
      await (await session.findElement('#short a[data-full-page]')).click();
      await eventually(async () => assert.deepEqual(await shownSections(session), SECTION_IDS));
      session = await app.open('');
      assert.deepEqual(await shownSections(session), SECTION_IDS, 'the full page is remembered too');
    } finally {
      await session.execute(() => localStorage.clear());
    }
  },

  async 'a glossary term opens its note below its sentence, and a cell in the family tree shows its card'(app) {
    const session = await app.open('');
    const term = await session.findElement('#aims p .term__button');
    await term.click();
    const placed = await session.execute(() => {
      const button = document.querySelector('#aims p .term__button');
      const note = document.getElementById(button.getAttribute('aria-controls'));
      const paragraph = button.closest('p');
      return {
        expanded: button.getAttribute('aria-expanded'),
        shown: note.getBoundingClientRect().height > 0,
        below: note.getBoundingClientRect().top >= paragraph.getBoundingClientRect().bottom - 1,
      };
    });
    assert.deepEqual(placed, { expanded: 'true', shown: true, below: true });
    await (await session.findElement('.cell-choice[data-cell="platelets"]')).click();
    await eventually(async () => assert.deepEqual(await session.execute(() => [...document.querySelectorAll('.cell-card')]
      .filter((card) => card.getBoundingClientRect().height > 0).map((card) => card.dataset.cell)), ['platelets']));
  },

  async 'a suggested question scrolled into view from above is not under the count of the list at the foot of the window'(app) {
    const session = await app.open('');
    try {
      // From above, the least scroll that shows the box brings it to the
      // window's foot, as Firefox and Safari do for a box reached by Tab:
      // the sticky count of the list sits there.
      const covered = await session.execute(() => {
        const box = document.querySelector('.suggested-question__box');
        box.scrollIntoView({ block: 'nearest' });
        const rect = box.getBoundingClientRect();
        const bar = document.querySelector('.list-count').getBoundingClientRect();
        return rect.bottom > bar.top && rect.top < bar.bottom;
      });
      assert.equal(covered, false, 'the box is above the count of the list');
      // And a click there ticks it: nothing lies over it.
      await (await session.findElement('.suggested-question__box')).click();
      assert.equal(await session.execute(() => document.querySelector('.suggested-question__box').checked), true);
    } finally {
      await session.execute(() => localStorage.clear());
    }
  },

  async 'the single offline file works opened from disk (file://), fetching nothing'(app) {
    const folder = await mkdtemp(path.join(tmpdir(), 'offline-file-'));
    try {
      const fileUrl = await copyAlone(OFFLINE_FILE_NAME, folder);
      const session = await app.openFile(fileUrl);
      const sections = await session.execute(readSections, SECTION_IDS);
      assert.deepEqual(sections.map((section) => section.id), SECTION_IDS, 'sections in order');
      await expectStep(session, 0, { checkHash: false });
      await (await session.findElement(`${WIDGET} button.step-next`)).click();
      await expectStep(session, 1);

      const page = await session.execute(() => ({
        // The start-up script and the app show these when something failed.
        problemsShown: ['startup-problem', 'app-problem']
          .filter((id) => document.getElementById(id)?.hidden === false),
        // What the page loaded after itself, where the engine lists file: loads.
        fetched: performance.getEntriesByType('resource').map((entry) => entry.name),
      }));
      assert.deepEqual(page.problemsShown, [], 'problem messages shown');
      assert.deepEqual(page.fetched, [], 'files fetched by the page');

      // "Copy a link" gives this file's own address at the step, not
      // "null/..." (Firefox's location.origin on file:// is "null").
      await session.execute(() => {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: (text) => { window.copiedText = text; return Promise.resolve(); } },
        });
      });
      await (await session.findElement('.copy-step-link button')).click();
      const copied = await eventually(async () => {
        const text = await session.execute(() => window.copiedText ?? null);
        assert.ok(text, 'something was copied');
        return text;
      });
      assert.equal(copied, `${fileUrl}#timeline/${STEP_IDS[1]}`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};

// ---------------------------------------------------------------------------
// Opening the app

/**
 * Opens url in a fresh document and waits until the app has started.
 * Going through about:blank first makes even a change of fragment alone
 * load the page anew, so no test sees the state the last one left.
 */
async function openApp(session, url) {
  await session.navigate('about:blank');
  await session.navigate(url);
  await waitForAppStart(session);
  return session;
}

/**
 * Copies a file of the build into an otherwise empty folder, as on a USB
 * stick or from an e-mail, so that any other file it still needs is missing
 * (Firefox would load a module from beside a file:// page). Returns its URL.
 */
async function copyAlone(name, folder) {
  const copy = path.join(folder, name);
  await copyFile(path.join(DIST_DIR, name), copy).catch((error) => {
    throw new Error(`cannot copy ${name} from ${DIST_DIR}: build the app first (${error.message})`);
  });
  return pathToFileURL(copy).href;
}

/** The app marks <html data-interactive> once it has taken over the page. */
async function waitForAppStart(session) {
  try {
    await eventually(async () => {
      assert.ok(await session.execute(
        () => document.documentElement.hasAttribute('data-interactive')));
    }, APP_START_TIMEOUT_MS);
  } catch {
    const page = await session.execute(() => ({
      url: location.href.slice(0, 200),
      startupProblem: document.querySelector('#startup-problem')?.innerText.trim().slice(0, 300),
    })).catch((error) => String(error));
    throw new Error(`the app did not start within ${APP_START_TIMEOUT_MS} ms `
      + `(no html[data-interactive]); page: ${JSON.stringify(page)}`);
  }
}

// ---------------------------------------------------------------------------
// Reading the page. These functions run in the browser, sent as source text:
// they may only use their arguments and the page's globals.

function readSections(sectionIds) {
  const shown = (element) => element !== null && (typeof element.checkVisibility === 'function'
    ? element.checkVisibility() : element.offsetParent !== null);
  return [...document.querySelectorAll('section[id]')]
    .filter((section) => sectionIds.includes(section.id))
    .map((section) => {
      const heading = section.querySelector('h2');
      const inShort = section.querySelector('.in-short');
      return {
        id: section.id,
        headingCount: section.querySelectorAll('h2').length,
        headingShown: shown(heading),
        headingText: heading?.innerText.trim() ?? '',
        inShortShown: shown(inShort),
        inShortText: inShort?.innerText.trim() ?? '',
      };
    });
}

/** What the timeline shows right now (the Playwright tests read it the same way). */
const readTimeline = (session) => session.execute(readTimelineInPage, TIMELINE_WIDGET);
const expectStep = (session, stepIndex, options) =>
  expectTimelineStep(() => readTimeline(session), stepIndex, options);
const expectAllSteps = (session) => expectTimelineAllSteps(() => readTimeline(session));

/** After a bad fragment: the page as a whole is there, at step 1. */
async function expectOpenedNormally(session) {
  const h1Shown = await session.execute(() => {
    const h1 = document.querySelector('#app h1');
    return h1 !== null && (typeof h1.checkVisibility === 'function'
      ? h1.checkVisibility() : h1.offsetParent !== null);
  });
  assert.ok(h1Shown, "the app's h1 is visible");
  await expectStep(session, 0, { checkHash: false });
}
