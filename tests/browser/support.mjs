// Shared helpers for the browser tests: a static server for the built app,
// a headless Chromium, and pages that record anything that went wrong.
//
// Environment:
//   DIST_DIR           folder to serve (default: dist, from the repo root)
//   SEED_PHRASES_FILE  phrase list for content.test.mjs
//                      (default: content/seed-phrases.txt)

import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');

// The app is served below a sub-path, not at the root, to prove that it
// works wherever it is deployed.
export const BASE_PATH = '/charity/explainer/';

/** The page's sections, in the order a reader meets them. */
export const SECTION_IDS = [
  'notice', 'what-is-ahsct', 'aims', 'suitability', 'risks', 'timeline',
  'stem-cells', 'why', 'availability', 'evidence', 'research', 'questions',
  'read-more', 'glossary', 'sources',
];

/** A phone with a touch screen, for tests that tap. */
export const PHONE_WITH_TOUCH = {
  hasTouch: true,
  isMobile: true,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
};

export const STEP_IDS = [
  'assessment', 'mobilisation', 'collection', 'storage',
  'conditioning', 'reinfusion', 'hospital-recovery', 'follow-up',
];

// Debian's Chromium; playwright-core cannot download its own browser here.
const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Keep Chromium's own traffic (updates, sync) from leaving the machine.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// ---------------------------------------------------------------------------
// Static file server

/**
 * Serves DIST_DIR under BASE_PATH on 127.0.0.1 at a free port, with any extra
 * response headers given (such as a Content-Security-Policy).
 * Returns { origin, baseUrl, close() }.
 */
export async function startStaticServer(root = DIST_DIR, { headers = {}, tls = null } = {}) {
  const rootStat = await stat(root).catch(() => null);
  assert.ok(rootStat?.isDirectory(),
    `${root} does not exist: build the app first (trunk build --release)`);

  // With `tls` ({ key, cert }), an https:// server, as most hosts are.
  const serve = (handler) => (tls ? createTlsServer(tls, handler) : createServer(handler));
  const server = serve((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serveFile(root, request, response).catch((error) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  return {
    origin,
    baseUrl: origin + BASE_PATH,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

async function serveFile(root, request, response) {
  const { pathname } = new URL(request.url, 'http://placeholder');

  // "/charity/explainer" without its slash would resolve relative URLs
  // against "/charity/", so send the browser to the folder URL instead.
  if (pathname === BASE_PATH.slice(0, -1)) {
    response.writeHead(301, { Location: BASE_PATH });
    return response.end();
  }

  const filePath = resolveInside(root, pathname);
  const fileStat = filePath && await stat(filePath).catch(() => null);
  if (!fileStat?.isFile() || !['GET', 'HEAD'].includes(request.method)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    return response.end('Not found');
  }

  // Like a static host that serves the build's precompressed copies: the
  // browser then proves every .br file decodes to a working page.
  const acceptsBrotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
  const brotliStat = acceptsBrotli ? await stat(`${filePath}.br`).catch(() => null) : null;
  const body = await readFile(brotliStat?.isFile() ? `${filePath}.br` : filePath);
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(filePath).toLowerCase()]
      ?? 'application/octet-stream',
    'Content-Length': body.length,
    ...(brotliStat?.isFile() ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
    // As a static host serves a build: a file named after its content (the
    // app's code and styles, -<up to 16 hex digits>) never changes, so the browser
    // keeps it; every other file is read from disk again on each load.
    'Cache-Control': /-[0-9a-f]{1,16}(_bg)?\.(wasm|js|css)$/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Maps a URL path to a file in root, or null when it is outside BASE_PATH or root. */
function resolveInside(root, pathname) {
  if (!pathname.startsWith(BASE_PATH)) return null;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(BASE_PATH.length));
  } catch {
    return null;
  }
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const filePath = path.resolve(root, relative);
  return filePath.startsWith(root + path.sep) ? filePath : null;
}

// ---------------------------------------------------------------------------
// Browser

// Headless Chromium builds the address bar's pop-up, a page of its own in a
// process of its own, for every window, so for every test's context: about
// half of the browser's work in a test that opens a page (measured: 15
// contexts that each start the app took 18 s of processor time with it, 9
// without). Nothing of it is ever seen. Playwright starts Chromium with its
// own --disable-features list, and Chromium keeps only the last such switch:
// so Playwright's is set aside and repeated here with those two added, and
// launchBrowser checks that the browser got exactly one.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];
const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** `args` are added to the usual switches; `env` replaces the browser's environment. */
export async function launchBrowser({ args = [], env } = {}) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`, ...args],
    ignoreDefaultArgs: [`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`],
    ...(env ? { env } : {}),
  });
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  // Chromium tells its own command line only to a browser started for
  // automation, which Playwright's is not; the tests run on Linux.
  const main = processInfo.find((process) => process.type === 'browser');
  const commandLine = main ? (await readFile(`/proc/${main.id}/cmdline`, 'utf8')).split('\0') : [];
  const disabling = commandLine.filter((arg) => arg.startsWith('--disable-features='));
  if (disabling.length !== 1) {
    await browser.close();
    throw new Error('Playwright\'s own --disable-features changed: copy its list into PLAYWRIGHT_DISABLED_FEATURES '
      + `in tests/browser/support.mjs. The browser got: ${disabling.join(' ')}`);
  }
  return browser;
}

/**
 * Registers before/after hooks that start the server and the browser once
 * for the test file, and close every page opened by a test after it.
 * Returns a harness whose openApp() opens the app in a fresh browser context.
 */
export function useAppHarness() {
  let server;
  let browser;
  let openContexts = [];

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(openContexts.map((context) => context.close()));
    openContexts = [];
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get baseUrl() { return server.baseUrl; },
    /** The file's browser, for a test that makes contexts of its own (and closes them). */
    get browser() { return browser; },

    /**
     * Opens BASE_PATH + address (e.g. 'index.html#timeline/storage') in a
     * new context created with contextOptions (viewport, colorScheme, ...),
     * and waits until the app has started. `prepare(page)` runs before the
     * page loads (for init scripts and routes).
     * Returns { page, problems } where problems records what went wrong.
     */
    async openApp(address = '', contextOptions = {}, { prepare = async () => {} } = {}) {
      const context = await browser.newContext(contextOptions);
      openContexts.push(context);
      const page = await context.newPage();
      const problems = recordProblems(page, server.origin);
      await prepare(page);
      await page.goto(server.baseUrl + address);
      try {
        await waitForAppStart(page, problems);
      } catch (error) {
        // The reason the app did not start is usually among the problems.
        error.message += `\nProblems seen: ${JSON.stringify(problems, null, 2)}`;
        throw error;
      }
      return { page, problems };
    },
  };
}

/**
 * Records what a user or a privacy review would object to: console errors,
 * uncaught exceptions, and requests to any other origin than ours.
 * `allowed` is our origin, or a test of a request's URL (for pages from disk).
 */
export function recordProblems(page, allowed) {
  const isAllowed = typeof allowed === 'function' ? allowed : (url) => url.origin === allowed;
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const isInline = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!isInline && !isAllowed(url)) {
      problems.foreignRequests.push(request.url());
    }
  });
  return problems;
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other origins');
}

/**
 * Waits until the app has taken over the pre-rendered page: it then marks
 * <html data-interactive>. An uncaught error (a wasm that failed to load, a
 * Rust panic) ends the wait at once, instead of after the full timeout.
 */
export async function waitForAppStart(page, problems, timeoutMs = 15_000) {
  if (problems.pageErrors.length > 0) {
    throw new Error(`the app did not start: ${problems.pageErrors[0]}`);
  }
  // Checked in the page every 25 ms (not at each drawn frame: a frame off a
  // host page's screen is not drawn). A frame (of a host page) has no events
  // of its own: its page's errors end the wait there.
  const emitter = typeof page.on === 'function' ? page : page.page?.();
  let stopOnError;
  const failed = new Promise((_, reject) => {
    stopOnError = (error) => reject(new Error(`the app did not start: ${error}`));
    emitter?.on('pageerror', stopOnError);
  });
  const started = page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'), null,
    { timeout: timeoutMs, polling: 25 }).catch((error) => {
    if (error.name === 'TimeoutError') {
      throw new Error(`the app did not start within ${timeoutMs} ms: no html[data-interactive]`);
    }
    throw error;
  });
  try {
    await Promise.race([started, failed]);
  } finally {
    emitter?.off('pageerror', stopOnError);
    failed.catch(() => {});
    started.catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Assertions that wait

/**
 * Retries an async assertion until it passes or timeoutMs runs out, then
 * throws its last failure. The app updates the page asynchronously, so a
 * check made straight after a click may see the old state.
 */
export async function eventually(assertion, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// ---------------------------------------------------------------------------
// The timeline widget

export const TIMELINE_WIDGET = '#timeline .timeline-widget';
export const widget = (page) => page.locator(TIMELINE_WIDGET);
export const nextButton = (page) => widget(page).locator('button.step-next');
export const previousButton = (page) => widget(page).locator('button.step-previous');
export const showAllButton = (page) => widget(page).locator('button.show-all-steps');
export const stepLink = (page, stepId) =>
  widget(page).locator(`nav.step-list a[href="#timeline/${stepId}"]`);

/**
 * What the timeline shows right now, read in one go. Runs in the page: both
 * harnesses send it, Playwright with page.evaluate and WebDriver with
 * execute (tests/engines/suite.mjs), so it uses only its argument and the
 * page's globals.
 */
export function readTimelineInPage(widgetSelector) {
  const root = document.querySelector(widgetSelector);
  // Every step is in the page (for reading without scripts); the ones a
  // reader can see are the ones shown.
  const shown = (element) => (typeof element.checkVisibility === 'function'
    ? element.checkVisibility() : element.offsetParent !== null);
  return {
    shownSteps: [...root.querySelectorAll('article.step')].filter(shown).map((article) => article.dataset.step),
    stepCount: root.querySelector('.step-count')?.textContent.trim() ?? null,
    currentLinks: [...root.querySelectorAll('nav.step-list a[aria-current]')]
      .map((link) => `${link.getAttribute('href')} ${link.getAttribute('aria-current')}`),
    hash: location.hash,
  };
}

export function readTimeline(page) {
  return page.evaluate(readTimelineInPage, TIMELINE_WIDGET);
}

/**
 * Waits until the single-step view shows the step at stepIndex (0-based):
 * its article, "Step N of 8", and aria-current="step" on its link alone.
 * With checkHash, also the address fragment. `read` reads the timeline
 * (readTimeline here, or the WebDriver harness's own).
 */
export async function expectTimelineStep(read, stepIndex, { checkHash = true } = {}) {
  const stepId = STEP_IDS[stepIndex];
  await eventually(async () => {
    const shown = await read();
    assert.deepEqual(shown.shownSteps, [stepId], 'the one step shown');
    assert.match(shown.stepCount ?? '', new RegExp(`\\bStep\\s+${stepIndex + 1}\\s+of\\s+8\\b`), '.step-count');
    assert.deepEqual(shown.currentLinks, [`#timeline/${stepId} step`], 'links marked aria-current');
    if (checkHash) assert.equal(shown.hash, `#timeline/${stepId}`, 'location.hash');
  });
}

/** Waits until the all-steps view shows the 8 steps in order. */
export async function expectTimelineAllSteps(read) {
  await eventually(async () => {
    const shown = await read();
    assert.deepEqual(shown.shownSteps, STEP_IDS, 'the steps shown, in order');
    assert.equal(shown.hash, '#timeline/all', 'location.hash');
  });
}

export const expectStep = (page, stepIndex, options) =>
  expectTimelineStep(() => readTimeline(page), stepIndex, options);
export const expectAllSteps = (page) => expectTimelineAllSteps(() => readTimeline(page));

// ---------------------------------------------------------------------------
// Shared helpers

/**
 * Waits until the page has painted twice more (a page, or a frame of one).
 * What a click, a key or a change of state does reaches the screen by then
 * (the app updates the page in microtasks and scrolls in the next frame), so
 * a check that something did NOT happen waits on this, not on a clock. A
 * frame of a host page must be on the host's screen: Chromium draws no
 * frames for one that is not.
 */
export function twoFrames(pageOrFrame) {
  return pageOrFrame.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Shows a state ('all' or a step id) by its address fragment, as a link would,
 * then waits for any fade to finish and two frames to paint. */
export async function showState(page, state) {
  await page.evaluate((fragment) => { location.hash = fragment; }, `#timeline/${state}`);
  if (state === 'all') {
    await expectAllSteps(page);
  } else {
    await expectStep(page, STEP_IDS.indexOf(state));
  }
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await twoFrames(page);
}

/** WCAG relative luminance of an [r, g, b, ...] colour, 0 (black) to 1 (white). */
export function luminance([red, green, blue]) {
  const linear = (byte) => {
    const channel = byte / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrastRatio(first, second) {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** Printable ASCII from a fixed seed, so that a failure can be repeated. */
export function randomPrintable(length, seed) {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0; // a plain 32-bit LCG
    text += String.fromCharCode(32 + ((state >>> 16) % 95));
  }
  return text;
}
