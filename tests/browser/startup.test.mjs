// When the app cannot start, the reader still gets the notice and a calm
// explanation: JavaScript off, no WebAssembly, or a WebAssembly file that is
// missing or broken.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, startStaticServer } from './support.mjs';

let server;
let browser;
let context;

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(contextOptions = {}, prepare = async () => {}) {
  context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await prepare(page);
  await page.goto(server.baseUrl);
  return page;
}

async function expectNoticeAndMessage(page, messageSelector, messagePattern) {
  await eventually(async () => {
    const fallback = page.locator('#startup-fallback');
    assert.ok(await fallback.locator('h1').isVisible(), 'the page title is visible');
    assert.match(await fallback.innerText(), /should not be relied on to suggest a course of treatment/i);
    const message = page.locator(messageSelector);
    assert.ok(await message.isVisible(), `${messageSelector} is visible`);
    assert.match(await message.innerText(), messagePattern);
    assert.ok(await message.locator('a[href^="https://"]').isVisible(), 'a link to read more elsewhere');
  });
  assert.equal(await page.locator('#app main').count(), 0, 'the app did not start');
}

test('with JavaScript off, the notice and a clear message are shown', async () => {
  const page = await openPage({ javaScriptEnabled: false });
  await expectNoticeAndMessage(page, '#no-javascript', /needs JavaScript/);
});

test('in a browser without WebAssembly, the notice and a clear message are shown', async () => {
  const page = await openPage({}, (page) => page.addInitScript(() => { delete globalThis.WebAssembly; }));
  await expectNoticeAndMessage(page, '#startup-problem', /could not start/);
});

test('when the WebAssembly file is missing, the notice and a clear message are shown', async () => {
  const page = await openPage({}, (page) =>
    page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' })));
  await expectNoticeAndMessage(page, '#startup-problem', /could not start/);
});

test('when the WebAssembly file is truncated, the notice and a clear message are shown', async () => {
  const page = await openPage({}, (page) =>
    page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = (await response.body()).subarray(0, 4096);
      await route.fulfill({ status: 200, contentType: 'application/wasm', body });
    }));
  await expectNoticeAndMessage(page, '#startup-problem', /could not start/);
});

test('when the app starts, the start-up message never shows', async () => {
  const page = await openPage();
  await page.locator('#app main').waitFor();
  assert.equal(await page.locator('#startup-problem').count(), 0, 'the fallback, message and all, is gone');
  assert.equal(await page.locator('#app-problem:visible').count(), 0, 'no "something went wrong" message');
});
