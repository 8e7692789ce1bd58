// The words on the page: every statement of the source text, the link to
// read more, and the list of sources.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT, assertNoProblems, expectAllSteps, showAllButton, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

const SEED_PHRASES_FILE = path.resolve(
  REPO_ROOT, process.env.SEED_PHRASES_FILE ?? 'content/seed-phrases.txt');

/** One phrase per line; blank lines and lines starting with # are skipped. */
async function readSeedPhrases() {
  const text = await readFile(SEED_PHRASES_FILE, 'utf8').catch((error) => {
    assert.fail(`cannot read the seed phrases from ${SEED_PHRASES_FILE}: ${error.message}`);
  });
  return text.split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Lower case, straight quotes, single spaces: how two texts read alike. */
function normaliseText(text) {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\u00AD/g, '') // soft hyphens
    .replace(/\s+/g, ' ');
}

test('every statement of the source text is on the page', async () => {
  const phrases = await readSeedPhrases();
  assert.ok(phrases.length > 0, `${SEED_PHRASES_FILE} lists no phrases`);

  const { page, problems } = await app.openApp();
  await showAllButton(page).click(); // the steps' text is then all on the page
  await expectAllSteps(page);

  const pageText = normaliseText(await page.evaluate(() => document.body.innerText));
  const missing = phrases.filter((phrase) => !pageText.includes(normaliseText(phrase)));
  assert.deepEqual(missing, [], `${missing.length} of ${phrases.length} phrases are not on the page`);
  assertNoProblems(problems);
});

test('"read more" links to the MS Society page over https, saying where it goes', async () => {
  const { page, problems } = await app.openApp();
  const links = await page.locator('#read-more a').evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.href, text: anchor.innerText.trim() })));
  const msSociety = links.find(({ href }) =>
    /(^|\.)mssociety\.org\.uk$/.test(new URL(href).hostname));
  assert.ok(msSociety, `no link to the MS Society among ${JSON.stringify(links)}`);
  assert.equal(new URL(msSociety.href).protocol, 'https:');
  assert.doesNotMatch(msSociety.text, /^(click )?here\.?$/i, 'the link text says where it goes');
  assert.match(msSociety.text, /MS Society/i, 'the link text names the MS Society');
  assertNoProblems(problems);
});

test('the sources are an ordered list whose items can be linked to', async () => {
  const { page, problems } = await app.openApp();
  const sources = await page.locator('#sources ol > li').evaluateAll((items) =>
    items.map((item) => ({ id: item.id, text: item.innerText.trim() })));
  assert.ok(sources.length > 0, 'there are sources');
  for (const { id, text } of sources) {
    assert.match(id, /^source-./, `source "${text.slice(0, 40)}" has an id starting source-`);
    assert.ok(text.length > 0, `${id} has text`);
  }
  const ids = sources.map(({ id }) => id);
  assert.equal(new Set(ids).size, ids.length, 'source ids are unique');
  assertNoProblems(problems);
});
