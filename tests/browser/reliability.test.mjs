// Defects found by trying the page as a new user would, each reproduced
// before its fix: on a plain http:// address (no clipboard there), typing in
// a field inside the timeline, a clipboard that answers late, an empty
// question, the clear confirmation, repeated `embed` parameters, two tabs
// with a later release, and the built page's own Content-Security-Policy.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS, DIST_DIR, STEP_IDS, assertNoProblems, eventually, expectStep, nextButton,
  recordProblems, startStaticServer, twoFrames, useAppHarness, waitForAppStart,
} from './support.mjs';
import { LANGUAGES } from './languages.mjs';

const app = useAppHarness();
const WIDE = { viewport: { width: 1280, height: 800 } };
const STORAGE_KEY = 'ahsct-explainer.questions';
const copyButton = (page) => page.locator('.copy-step-link button');
const addressField = (page) => page.locator('.copy-step-link input.text-to-copy');
const button = (page, name) => page.getByRole('button', { name, exact: true });
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

// ---------------------------------------------------------------------------
// A plain http:// address by name: not a secure context, so the browser has
// no navigator.clipboard at all (127.0.0.1 and localhost count as secure).

let server;
let insecureBrowser;
const INSECURE_HOST = 'explainer.test';

before(async () => {
  server = await startStaticServer();
  insecureBrowser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // The name resolves to this machine's loopback address: no traffic leaves it.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
  });
});

let insecureContexts = [];
afterEach(async () => {
  await Promise.all(insecureContexts.map((context) => context.close()));
  insecureContexts = [];
});

after(async () => {
  await insecureBrowser?.close();
  await server?.close();
});

async function openInsecure(address) {
  const context = await insecureBrowser.newContext(WIDE);
  insecureContexts.push(context);
  const page = await context.newPage();
  const origin = server.origin.replace('127.0.0.1', INSECURE_HOST);
  const problems = recordProblems(page, origin);
  await page.goto(`${origin}/charity/explainer/${address}`);
  await waitForAppStart(page, problems);
  return { page, problems, origin };
}

test('on a plain http:// address, "Copy a link" offers the address to copy by hand, with no error', async () => {
  const { page, problems, origin } = await openInsecure('#timeline/collection');
  assert.equal(await page.evaluate(() => window.isSecureContext), false, 'this is not a secure context');
  assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined');
  await copyButton(page).click();
  await eventually(async () => assert.ok(await addressField(page).isVisible(), 'the address is shown'));
  assert.equal(await addressField(page).inputValue(), `${origin}/charity/explainer/#timeline/collection`);
  // Selected at the next frame after it is shown.
  await eventually(async () =>
    assert.equal(await activeId(page), 'step-link-address', 'the address is selected, ready to copy'));
  assertNoProblems(problems);
});

test('arrow keys in a field inside the timeline move the caret, not the step', async () => {
  const { page, problems } = await openInsecure('#timeline/collection');
  await copyButton(page).click();
  await eventually(async () => assert.ok(await addressField(page).isVisible()));
  await addressField(page).focus();
  for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowLeft']) {
    await page.keyboard.press(key);
  }
  await expectStep(page, STEP_IDS.indexOf('collection'));
  assert.ok(await addressField(page).isVisible(), 'the field is still there');
  assert.equal(await activeId(page), 'step-link-address', 'focus stays in the field');
  // Outside a field, the arrows still step.
  await nextButton(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, STEP_IDS.indexOf('storage'));
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------

test('a clipboard that answers after the reader moved on says nothing about the new step', async () => {
  // A clipboard that answers only when the test tells it to.
  const slowClipboard = (page) => page.addInitScript(() => {
    window.clipboardAnswersForTest = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => new Promise((resolve) => window.clipboardAnswersForTest.push(resolve)) },
    });
  });
  const answerClipboard = async (page) => {
    await eventually(async () =>
      assert.ok(await page.evaluate(() => window.clipboardAnswersForTest.length > 0), 'the app asked the clipboard'));
    await page.evaluate(() => window.clipboardAnswersForTest.shift()());
  };
  const { page, problems } = await app.openApp('#timeline/collection', WIDE, { prepare: slowClipboard });
  await copyButton(page).click();
  await nextButton(page).click();
  await expectStep(page, STEP_IDS.indexOf('storage'));
  // The clipboard answers only now, about the step before.
  await answerClipboard(page);
  await twoFrames(page);
  assert.equal((await page.locator('.copy-step-link__status').innerText()).trim(), '',
    '"Link copied" would be about the step before');
  // Copying on this step still works and says so.
  await copyButton(page).click();
  await answerClipboard(page);
  await eventually(async () =>
    assert.match(await page.locator('.copy-step-link__status').innerText(), /Link copied/), 2000);
  assertNoProblems(problems);
});

test('adding an empty question moves focus to the field, which is marked invalid and described by the error', async () => {
  const { page, problems } = await app.openApp('#questions', WIDE);
  await button(page, 'Add to my list').click();
  const field = page.locator('#own-question');
  await eventually(async () => assert.equal(await activeId(page), 'own-question', 'focus is on the field'));
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const description = await field.evaluate((element) => element.getAttribute('aria-describedby')
    .split(' ').map((id) => document.getElementById(id).textContent.replace(/\s+/g, ' ').trim()).join(' '));
  assert.match(description, /^Error: Type a question first\./, 'the error is read first, with "Error:"');
  // Typing and adding clears the error.
  await field.fill('Will I need a carer at home?');
  await button(page, 'Add to my list').click();
  await eventually(async () => assert.equal(await field.getAttribute('aria-invalid'), 'false'));
  assertNoProblems(problems);
});

test('the clear confirmation is a named group that takes focus', async () => {
  const { page, problems } = await app.openApp('#questions', WIDE);
  await page.locator('#question-vaccines').check();
  await button(page, 'Clear my list').click();
  const group = page.getByRole('group', { name: /Clear every question from your list\?/ });
  await eventually(async () => assert.ok(await group.isVisible(), 'a group named by its question'));
  // Focused at the next frame after it is shown.
  await eventually(async () => assert.equal(await activeId(page), 'my-questions-clear-confirm'));
  assertNoProblems(problems);
});

test('"Show all cells as a list" is relabelled, not also a pressed toggle', async () => {
  const { page, problems } = await app.openApp('#stem-cells', WIDE);
  const toggle = page.locator('.cell-explorer__show-all');
  assert.equal(await toggle.getAttribute('aria-pressed'), null);
  const before = await toggle.innerText();
  await toggle.click();
  await eventually(async () => assert.notEqual(await toggle.innerText(), before));
  assert.equal(await toggle.getAttribute('aria-pressed'), null);
  assertNoProblems(problems);
});

test('a repeated embed parameter means the same before and after the app starts: the last one counts', async () => {
  for (const [query, embedded] of [['?embed&embed=0', false], ['?embed=0&embed=1', true], ['?embed=no&embed', true]]) {
    const { page, problems } = await app.openApp(query, WIDE);
    const marked = () => page.evaluate(() => document.documentElement.hasAttribute('data-embed'));
    assert.equal(await marked(), embedded, `${query}: after the app started`);
    // The start-up script alone: the WebAssembly never arrives.
    const bare = await page.context().newPage();
    await bare.route('**/*.wasm', (route) => route.abort());
    await bare.goto(app.baseUrl + query);
    await bare.waitForLoadState('domcontentloaded');
    assert.equal(await bare.evaluate(() => document.documentElement.hasAttribute('data-embed')), embedded,
      `${query}: from the start-up script`);
    assertNoProblems(problems);
  }
});

// ---------------------------------------------------------------------------
// Two tabs, one of them a later release

test('two tabs: a list written by a later release in another tab is never saved over', async () => {
  const { page: older, problems } = await app.openApp('#questions', WIDE);
  await older.locator('#question-vaccines').check();
  await eventually(async () =>
    assert.match(await older.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), /^questions;1\n/));

  // The other tab runs a later release, which writes its own format. (A
  // page of this origin that is not this release's app stands in for it.)
  const newer = await older.context().newPage();
  await newer.goto(app.baseUrl + 'content-security-policy.txt');
  const later = 'questions;2\nstarred\tvaccines\nown\tMy question from the newer page';
  await newer.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, later]);

  // Back in the older tab, the reader goes on changing their list.
  const notice = older.locator('.my-questions__notice');
  await eventually(async () => assert.match(await notice.innerText(), /changed in another tab by a newer version/));
  await older.locator('#question-fertility').check();
  await older.locator('#own-question').fill('Can I drive after treatment?');
  await button(older, 'Add to my list').click();
  await older.locator('#question-vaccines').uncheck();
  await twoFrames(older);
  assert.equal(await older.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), later,
    'the later release\'s list is exactly as it wrote it');
  assert.equal(await older.locator('.my-questions__list li').count(), 2, 'this tab\'s list still works for the visit');

  // The reader can see it, as text.
  await button(older, 'Show the earlier list').click();
  await eventually(async () =>
    assert.match(await older.locator('#earlier-list-text').inputValue(), /My question from the newer page/));
  assertNoProblems(problems);
});

test('three tabs: when a new tab sets the later list aside, the older tab\'s list is kept again', async () => {
  const { page: older, problems } = await app.openApp('#questions', WIDE);
  const other = await older.context().newPage();
  await other.goto(app.baseUrl + 'content-security-policy.txt');
  const later = 'questions;2\nown\tFrom the newer page';
  await other.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, later]);
  await eventually(async () =>
    assert.match(await older.locator('.my-questions__notice').innerText(), /changed in another tab/));
  await older.locator('#question-vaccines').check();

  // A third tab of this release opens: it sets the unreadable list aside.
  const third = await older.context().newPage();
  await third.goto(app.baseUrl + '#questions');
  await third.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const storedNow = () => older.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  await eventually(async () => {
    const all = await storedNow();
    assert.equal(all[`${STORAGE_KEY}.unreadable-1`], later, 'the later list is kept aside');
    assert.match(all[STORAGE_KEY] ?? '', /^questions;1\nsuggested\tvaccines\t/, 'the older tab\'s list is saved');
  });
  assert.equal(await older.locator('.my-questions__list li').count(), 1, 'still on screen in the older tab');
  assert.doesNotMatch(await older.locator('.my-questions__notice').innerText(), /changed in another tab/);
  assertNoProblems(problems);
});

test('two tabs of this release follow each other', async () => {
  const { page: first, problems } = await app.openApp('#questions', WIDE);
  const second = await first.context().newPage();
  await second.goto(app.baseUrl + '#questions');
  await second.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await first.locator('#question-vaccines').check();
  await eventually(async () => assert.ok(await second.locator('#question-vaccines').isChecked()));
  await second.locator('#question-fertility').check();
  await eventually(async () => assert.ok(await first.locator('#question-fertility').isChecked()));
  assert.equal(await first.locator('.my-questions__list li').count(), 2);
  assert.equal((await first.locator('.my-questions__notice').innerText()).trim(), '');
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------
// The policy travels with the page

test('each built page carries its Content-Security-Policy in a <meta>; the header file allows every page\'s and nothing more', async () => {
  const policy = (await readFile(path.join(DIST_DIR, 'content-security-policy.txt'), 'utf8')).trim();
  const directives = (text) => new Map(text.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  const header = directives(policy);
  const allowedByPages = new Set();
  for (const page of LANGUAGES.map((language) => language.page)) {
    const html = await readFile(path.join(DIST_DIR, page), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, `${page} has a CSP <meta>`);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), `${page}: the policy comes before any script`);
    const own = directives(meta[1]);
    assert.deepEqual([...own.keys()], [...header.keys()], `${page}: the same directives`);
    for (const [name, values] of own) {
      if (name === 'script-src') {
        for (const value of values) {
          assert.ok(header.get(name).includes(value), `${page}: ${value} is in the header file`);
          allowedByPages.add(value);
        }
      } else {
        assert.deepEqual(values, header.get(name), `${page}: ${name}`);
      }
    }
  }
  assert.deepEqual([...allowedByPages].sort(), [...header.get('script-src')].sort(), 'the header file allows no more');
});

test('served with no header at all, the page still refuses inline scripts it did not ship', async () => {
  const { page, problems } = await app.openApp('', WIDE);
  const violations = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    setTimeout(() => resolve({ seen, injected: window.__injected === true }), 300);
  }));
  assert.equal(violations.injected, false, 'the injected script did not run');
  assert.ok(violations.seen.some((d) => d.startsWith('script-src')), `violations: ${violations.seen}`);
  // The refused script logs a console error; that one is expected here.
  problems.consoleErrors = problems.consoleErrors.filter((m) => !/Content Security Policy/.test(m));
  assertNoProblems(problems);
});

test('an unrelated error before the app starts does not leave "could not start" on a page that started', async () => {
  // A browser add-on's script, say, throws while the page loads.
  const strayError = (page) => page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.dispatchEvent(new ErrorEvent('error', { message: 'an add-on failed' }));
    });
  });
  const { page, problems } = await app.openApp('#timeline/storage', WIDE, { prepare: strayError });
  await eventually(async () => assert.equal(await page.locator('#startup-problem').isVisible(), false));
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true);
  await expectStep(page, STEP_IDS.indexOf('storage'));
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------
// https://, as most hosts serve it: a secure context, so the clipboard exists.

test('on https://, the page works, copies a link and keeps the list, with no error', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'ahsct-tls-'));
  let tlsServer;
  try {
    // A certificate made for this test alone, for 127.0.0.1.
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', path.join(folder, 'key.pem'), '-out', path.join(folder, 'cert.pem'),
    ]);
    tlsServer = await startStaticServer(DIST_DIR, {
      tls: { key: await readFile(path.join(folder, 'key.pem')), cert: await readFile(path.join(folder, 'cert.pem')) },
    });
    const context = await insecureBrowser.newContext({ ...WIDE, ignoreHTTPSErrors: true });
    insecureContexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: tlsServer.origin });
    const page = await context.newPage();
    const problems = recordProblems(page, tlsServer.origin);
    await page.goto(`${tlsServer.baseUrl}#timeline/collection`);
    await waitForAppStart(page, problems);
    assert.equal(await page.evaluate(() => window.isSecureContext), true);
    await nextButton(page).click();
    await expectStep(page, STEP_IDS.indexOf('storage'));
    await copyButton(page).click();
    await eventually(async () =>
      assert.match(await page.locator('.copy-step-link__status').innerText(), /Link copied/));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
      `${tlsServer.baseUrl}#timeline/storage`);
    await page.locator('#question-vaccines').check();
    await page.reload();
    await waitForAppStart(page, problems);
    assert.ok(await page.locator('#question-vaccines').isChecked(), 'the list is kept on https:// too');
    assertNoProblems(problems);
  } finally {
    await tlsServer?.close();
    await rm(folder, { recursive: true, force: true });
  }
});
