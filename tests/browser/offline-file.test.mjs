// The single file for offline use, dist/ahsct-explainer-offline.html (written
// by scripts/single-file.mjs): it names no other file, and opened from disk
// (file://) on its own, as from a USB stick or an e-mail, the app starts and
// works without fetching anything.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST_DIR, SECTION_IDS, assertNoProblems, expectStep, launchBrowser, nextButton, recordProblems,
  waitForAppStart,
} from './support.mjs';

const OFFLINE_FILE = path.join(DIST_DIR, 'ahsct-explainer-offline.html');

// The file is opened from a copy alone in an empty folder, so that any other
// file of the build it still needed would be missing.
let aloneFolder;
let offlineUrl;
let browser;
let context;

before(async () => {
  aloneFolder = await mkdtemp(path.join(tmpdir(), 'offline-file-'));
  const copy = path.join(aloneFolder, path.basename(OFFLINE_FILE));
  await copyFile(OFFLINE_FILE, copy).catch((error) => {
    throw new Error(`cannot copy ${OFFLINE_FILE}: build the app first (${error.message})`);
  });
  offlineUrl = pathToFileURL(copy).href;
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
after(async () => {
  await browser?.close();
  if (aloneFolder) await rm(aloneFolder, { recursive: true, force: true });
});

test('the file names no other file: every reference is a fragment or an absolute URL', async () => {
  const html = await readFile(OFFLINE_FILE, 'utf8');
  const styles = elementTexts(html, 'style').join('\n');
  const scripts = elementTexts(html, 'script').join('\n');
  // Attributes are read in the markup alone: minified CSS has attribute
  // selectors such as [href=\#notice], which name no file.
  const markup = html.replace(/(<(style|script)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const references = [
    ...markup.matchAll(/\b(?:src|href|srcset|poster|action)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi),
    ...styles.matchAll(/\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))/gi),
    ...styles.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)'|url\(([^)]*)\))/gi),
    ...scripts.matchAll(/\bimport\s*\(\s*(?:"([^"]*)"|'([^']*)'|(`[^`]*`))/g),
  ].map((match) => ({ reference: match[0], address: match[1] ?? match[2] ?? match[3] }));
  assert.ok(references.length > 0, 'the page has links at all');
  const local = references.filter(({ address }) => !isSelfContainedAddress(address));
  assert.deepEqual(local.map(({ reference }) => reference), [], 'references to other files');
});

test('opened from disk, the app starts and works, fetching nothing', async () => {
  context = await browser.newContext();
  const page = await context.newPage();
  const problems = recordProblemsOffline(page);
  await page.goto(offlineUrl);
  try {
    await waitForAppStart(page, problems);
  } catch (error) {
    error.message += `\nProblems seen: ${JSON.stringify(problems, null, 2)}`;
    throw error;
  }

  const sectionIds = await page.locator('section[id]').evaluateAll(
    (sections) => sections.map((section) => section.id));
  for (const id of SECTION_IDS) assert.ok(sectionIds.includes(id), `section #${id}`);

  await expectStep(page, 0, { checkHash: false });
  await nextButton(page).click();
  await expectStep(page, 1); // "Step 2 of 8", and location.hash is #timeline/mobilisation
  assert.equal(await page.locator('#startup-problem').isHidden(), true, 'no start-up problem shown');
  assert.equal(await page.locator('#app-problem').isHidden(), true, 'no app problem shown');

  // The reader's dates, a part the web page loads only when needed, are in
  // the file too: a date saves and shows, with nothing fetched.
  await page.evaluate(() => { location.hash = '#timeline/reinfusion'; });
  const dates = page.locator('article[data-step="reinfusion"] .my-date');
  await dates.getByLabel('The date your team gave you').fill('2027-03-10');
  await dates.getByRole('button', { name: 'Save my date' }).click();
  await dates.locator('.my-date__shown').waitFor();
  // In the reader's own form of English (this browser's: en-US here).
  assert.match(await dates.locator('.my-date__shown').innerText(), /10 March 2027|March 10, 2027/);
  assertNoProblems(problems);
});

/** The text inside every <NAME ...>...</NAME> element. */
function elementTexts(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'gi'))]
    .map((match) => match[1]);
}

/** A #fragment, this page (""), or an absolute URL that is not a file on disk. */
function isSelfContainedAddress(address) {
  if (address === '' || address.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1].toLowerCase();
  return scheme !== undefined && scheme !== 'file';
}

/** recordProblems for a page opened from disk: the one file it may load is itself. */
function recordProblemsOffline(page) {
  return recordProblems(page, (url) =>
    url.protocol === 'file:' && url.pathname === new URL(offlineUrl).pathname);
}
