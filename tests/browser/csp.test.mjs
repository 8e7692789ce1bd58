// The app runs under the strict Content-Security-Policy the build writes
// (dist/content-security-policy.txt), sent as a header: no violation, and
// everything still works.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DIST_DIR, assertNoProblems, eventually, launchBrowser, recordProblems, startStaticServer,
} from './support.mjs';

let policy;
let server;
let browser;
let context;

before(async () => {
  policy = (await readFile(path.join(DIST_DIR, 'content-security-policy.txt'), 'utf8')).trim();
  server = await startStaticServer(DIST_DIR, { headers: { 'Content-Security-Policy': policy } });
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the written policy is the strict one, with a hash for each inline script', () => {
  for (const directive of [
    "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "base-uri 'none'", "form-action 'none'",
  ]) {
    assert.ok(policy.includes(directive), directive);
  }
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/);
});

test('under the policy the app starts and works with no violation', async () => {
  context = await browser.newContext();
  const page = await context.newPage();
  const problems = recordProblems(page, server.origin);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(server.baseUrl + '#timeline/collection');
  await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 15_000 });

  await page.locator('button.step-next').click();
  await eventually(async () => assert.equal(await page.evaluate(() => location.hash), '#timeline/storage'));
  await page.locator('details.reading-settings summary').click();
  await page.getByLabel('Larger').check();
  await eventually(async () =>
    assert.equal(await page.locator('html').getAttribute('data-text-size'), 'larger'));
  await page.locator('button.show-all-steps').click();

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'policy violations');
  assertNoProblems(problems);
});
