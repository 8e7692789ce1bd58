// The zip for hosts that take an upload (scripts/package.sh), unpacked as a
// host would and served from there: in Chromium the page shows its title,
// every island starts, a step can be moved to, and nothing goes wrong.
// tests/build/package.test.mjs checks the zip's name, checksum and files.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { packageSite, unpack } from '../build/package.mjs';
import {
  DIST_DIR, assertNoProblems, eventually, launchBrowser, nextButton, recordProblems,
  startStaticServer, waitForAppStart,
} from './support.mjs';

let packed;
let unpacked;
let server;
let browser;

before(async () => {
  packed = await packageSite();
  assert.ok(packed.zipPath, `scripts/package.sh wrote a zip into ${packed.outDir}`);
  unpacked = await unpack(packed.zipPath);
  server = await startStaticServer(unpacked);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([packed?.outDir, unpacked].filter(Boolean)
    .map((folder) => rm(folder, { recursive: true, force: true })));
});

test('the unpacked zip, served as a site, shows the page and starts the app', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = recordProblems(page, server.origin);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.baseUrl}#timeline/collection`);

    // The page's title, as dist/ has it (after the start-up message's own h1).
    const builtPage = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
    const builtH1 = builtPage.slice(builtPage.indexOf('<div id="app"')).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/);
    assert.ok(builtH1, "dist/index.html has the app's h1");
    const words = (text) => text.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    assert.ok(words(builtH1[1]).length > 0, 'the h1 has words');
    assert.equal(words(await page.locator('#app h1').innerText()), words(builtH1[1]));
    assert.ok(await page.locator('#app h1').isVisible(), 'the h1 is visible');

    // Hydrated: the app marks the page, every island started.
    await waitForAppStart(page, problems);
    assert.equal(await page.locator('[data-island-failed]').count(), 0, 'no island failed');
    assert.ok(await page.locator('leptos-island').count() > 0, 'the page has its islands');
    assert.ok(requested.some((file) => file.endsWith('.wasm')), 'the WebAssembly came from the unpacked zip');

    // And it works: Next moves the timeline on.
    await nextButton(page).click();
    await eventually(async () => assert.equal(await page.evaluate(() => location.hash), '#timeline/storage'));

    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});
