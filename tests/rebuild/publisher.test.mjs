// A charity's publisher file changes the built page: its name, its "read
// more" link, its accent colour, and its own country section with sources;
// in the standalone page and in the offline file. A publisher file with a
// problem stops the build with a message naming the file and line, and leaves
// the folder being built into as it was.
//
// Each test runs `trunk build --release` (the WebAssembly is reused from
// target/; the post-build steps run again), so scripts/test.sh runs this file
// with the other rebuild tests, after the browser tests.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  REPO_ROOT, assertNoProblems, contrastRatio, launchBrowser, recordProblems,
  startStaticServer, waitForAppStart,
} from '../browser/support.mjs';

const run = promisify(execFile);
const SAMPLE = path.join(REPO_ROOT, 'examples', 'australia.toml');
const SAMPLE_DIST = path.join(REPO_ROOT, 'target', 'publisher-dist');
const KEPT_DIST = path.join(REPO_ROOT, 'target', 'publisher-kept-dist');

function trunkBuild(dist, publisherFile) {
  return run('trunk', ['build', '--release', '--dist', dist], {
    cwd: REPO_ROOT,
    env: { ...process.env, PUBLISHER_FILE: publisherFile },
    maxBuffer: 32 * 1024 * 1024,
  });
}

let server;
let browser;

before(async () => {
  await rm(SAMPLE_DIST, { recursive: true, force: true });
  await trunkBuild(SAMPLE_DIST, SAMPLE);
  server = await startStaticServer(SAMPLE_DIST);
  browser = await launchBrowser();
}, { timeout: 15 * 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(colorScheme = 'light') {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page, server.origin);
  await page.goto(server.baseUrl);
  await waitForAppStart(page, problems);
  return { page, problems, context };
}

test('the sample publisher file gives the page its name, link, colour and country section', async () => {
  const { page, problems, context } = await open();
  const section = page.getByRole('region', { name: 'aHSCT in Australia' });
  await section.scrollIntoViewIfNeeded();
  assert.equal(await section.getByRole('heading', { level: 2 }).textContent(), 'aHSCT in Australia');
  // After the page's own section on where aHSCT is available.
  const order = await page.$$eval('main > section', (sections) => sections.map((s) => s.id));
  assert.equal(order[order.indexOf('in-your-country') - 1], 'availability');
  // Each sentence with its own source, each a link to the section's own list.
  const firstCitation = section.getByRole('link', { name: 'Source C1' }).first();
  await firstCitation.click();
  assert.equal(new URL(page.url()).hash, '#country-source-1');
  const sources = section.getByRole('listitem');
  assert.equal(await sources.count(), 2);
  assert.match(await sources.nth(1).textContent(), /^C2\. MS Australia\. Australian MS AHSCT Registry\. Checked November 2026\.$/);
  assert.equal(await sources.nth(1).getByRole('link').getAttribute('href'), 'https://www.msaustralia.org.au/ahsct/australian-ahsct-registry/');
  assert.match(await section.textContent(), /Example MS Support Australia wrote this section on 20 November 2026\./);

  const readMore = page.locator('#read-more').getByRole('link', { name: /Read more about aHSCT from MS Australia/ });
  assert.equal(await readMore.getAttribute('href'), 'https://www.msaustralia.org.au/ahsct/');
  assert.match(await page.locator('#sources').textContent(), /Published by\s+Example MS Support Australia/);

  // The accent: a primary button's colour, readable on white.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
  assert.equal(accent, '#7a1f5c');
  assertNoProblems(problems);
  await context.close();
});

test('in the dark theme the accent is a lighter shade of the publisher colour, still readable', async () => {
  const { page, context } = await open('dark');
  const [accent, background] = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return [style.getPropertyValue('--color-accent').trim(), style.getPropertyValue('--color-bg').trim()];
  });
  assert.notEqual(accent, '#7a1f5c');
  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  assert.ok(contrastRatio(rgb(accent), rgb(background)) >= 4.5, `${accent} on ${background}`);
  await context.close();
});

test('the offline file carries the publisher\'s section and colour too', async () => {
  const offline = await readFile(path.join(SAMPLE_DIST, 'ahsct-explainer-offline.html'), 'utf8');
  assert.match(offline, /aHSCT in Australia/);
  assert.match(offline, /Example MS Support Australia wrote this section/);
  assert.match(offline, /--accent-light:\s*#7a1f5c/);
});

test('a publisher file with a problem stops the build with its message and leaves the folder as it was', { timeout: 15 * 60_000 }, async () => {
  await rm(KEPT_DIST, { recursive: true, force: true });
  await cp(SAMPLE_DIST, KEPT_DIST, { recursive: true });
  const before = (await readdir(KEPT_DIST)).sort();
  const indexBefore = await readFile(path.join(KEPT_DIST, 'index.html'));

  const bad = path.join(REPO_ROOT, 'target', 'publisher-bad.toml');
  const sample = await readFile(SAMPLE, 'utf8');
  await writeFile(bad, sample.replace('url = "https://www.msaustralia.org.au/ahsct/"', 'url = "http://www.msaustralia.org.au/ahsct/"'));
  const failure = await trunkBuild(KEPT_DIST, bad).then(() => null, (error) => error);
  assert.ok(failure, 'the build failed');
  const line = sample.split('\n').findIndex((l) => l.startsWith('url = ')) + 1;
  assert.match(`${failure.stderr}${failure.stdout}`,
    new RegExp(`publisher-bad\\.toml:${line}: read_more\\.url: is "http://www\\.msaustralia\\.org\\.au/ahsct/", not a safe https:// address\\. Give a full https:// address`));

  assert.deepEqual((await readdir(KEPT_DIST)).filter((n) => n !== '.stage').sort(), before.filter((n) => n !== '.stage'));
  assert.ok(indexBefore.equals(await readFile(path.join(KEPT_DIST, 'index.html'))), 'index.html is unchanged');
});
