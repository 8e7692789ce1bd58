// A smoke fuzz of the address: 100 generated fragments and query strings
// (very long, unicode, percent-encoded, broken escapes, repeated names, the
// real parameter names with odd values) each load with no page error, no
// console error, and a readable page: its title, the notice, and every
// section's heading. The generator is seeded, so a failure can be repeated:
// FUZZ_SEED=… node --test tests/browser/fuzz.test.mjs
//
// The readers of the fragment and the query are fuzzed with 10,000 cases
// each natively (src/input_properties.rs), in seconds; a load here takes most
// of a second, so this file checks the path from the address to a started
// page, and FUZZ_CASES=1000 runs a longer one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SECTION_IDS, STEP_IDS, assertNoProblems, useAppHarness, waitForAppStart } from './support.mjs';

const app = useAppHarness();
const CASES = Number(process.env.FUZZ_CASES ?? 100);
if (!Number.isInteger(CASES) || CASES < 1) throw new Error(`FUZZ_CASES must be a whole number of cases, not "${process.env.FUZZ_CASES}"`);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** A small seeded generator (mulberry32). */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const NAMES = ['embed', 'host', 'lang', 'accent', 'org', 'readmore', 'readmore_label', 'start', 'x', '%65mbed', ''];
const PIECES = [
  'a', 'Z', '0', '/', '#', '?', '&', '=', '+', '%', '%2', '%zz', '%00', '%0A', '%E2%80%AE', '%F0%9F%98%80',
  '%C3%A9', '%FF', '<script>', '"', "'", 'javascript:', 'https://', 'http://127.0.0.1:1', '#005a9c', '#fff',
  'é', '😀', 'مرحبا', '\u202e', '\u200b', 'timeline', 'timeline/', 'all', ...STEP_IDS, ...SECTION_IDS,
];

// Query strings go to the server, whose address limit (8 to 16 KB on most
// hosts) comes first; fragments never leave the browser and can be far longer.
function randomText(random, longest = 1000) {
  if (random.next() < 0.05) return random.pick(PIECES).repeat(longest / 2 + random.int(longest / 2)); // very long
  let text = '';
  const length = random.int(12);
  for (let i = 0; i < length; i += 1) text += random.pick(PIECES);
  return text;
}

function randomAddress(random) {
  const pairs = [];
  const count = random.int(6);
  for (let i = 0; i < count; i += 1) {
    const name = random.next() < 0.8 ? random.pick(NAMES) : randomText(random);
    pairs.push(random.next() < 0.15 ? name : `${name}=${randomText(random)}`);
  }
  if (random.next() < 0.2 && pairs.length) pairs.push(pairs[0]); // a repeated name
  // Within a static host's address limit once the browser has encoded it.
  const encodedLength = () => encodeURI(pairs.join('&')).length;
  while (encodedLength() > 7000) {
    const longest = pairs.reduce((at, pair, i) => (pair.length > pairs[at].length ? i : at), 0);
    pairs[longest] = pairs[longest].slice(0, Math.floor(pairs[longest].length / 2));
  }
  const query = pairs.length ? `?${pairs.join('&')}` : '';
  const fragment = random.pick([
    '', `#${randomText(random, 20_000)}`, `#timeline/${randomText(random, 20_000)}`, `#timeline/${random.pick(STEP_IDS)}`,
    `#${random.pick(SECTION_IDS)}`, '#timeline/all',
  ]);
  // The browser encodes what it cannot send as it is, as it would for a link.
  return query + fragment;
}

test(`${CASES} generated addresses each load a readable page with no error`, { timeout: 15 * 60_000 }, async () => {
  const random = generator(SEED);
  const { page, problems } = await app.openApp('', { viewport: { width: 1280, height: 800 } });
  const outcomes = { embedded: 0, standalone: 0, 'with a step open': 0, 'all steps': 0 };
  for (let index = 0; index < CASES; index += 1) {
    const address = randomAddress(random);
    try {
      await page.goto('about:blank');
      await page.goto(app.baseUrl + address);
      await waitForAppStart(page, problems);
    } catch (error) {
      // Playwright's own message carries the whole, possibly huge, address.
      throw new Error(`case ${index}, seed ${SEED}: ${error.message.slice(0, 300)}`);
    }
    const state = await page.evaluate((ids) => ({
      title: document.querySelector('h1')?.textContent.trim() ?? '',
      headings: ids.filter((id) => document.getElementById(id)?.querySelector('h2')?.textContent.trim()),
      notice: document.getElementById('notice')?.innerText.trim().length ?? 0,
      embedded: document.documentElement.hasAttribute('data-embed'),
      all: document.querySelector('.timeline-widget--all') !== null,
      problem: ['app-problem', 'startup-problem'].some((id) => document.getElementById(id)?.hidden === false),
    }), SECTION_IDS.filter((id) => id !== 'notice'));
    const where = `case ${index}, seed ${SEED}: ${JSON.stringify(address.slice(0, 300))}`;
    assert.equal(state.problem, false, `the "something went wrong" message shows (${where})`);
    assert.ok(state.title.length > 0, `the page has its title (${where})`);
    assert.equal(state.headings.length, SECTION_IDS.length - 1, `every section has its heading (${where})`);
    assert.ok(state.notice > 20, `the notice reads (${where})`);
    assert.deepEqual(problems.pageErrors, [], `no uncaught error (${where})`);
    assert.deepEqual(problems.consoleErrors, [], `no console error (${where})`);
    outcomes[state.embedded ? 'embedded' : 'standalone'] += 1;
    outcomes[state.all ? 'all steps' : 'with a step open'] += 1;
  }
  console.log(`fuzz: ${CASES} addresses, seed ${SEED}: ${JSON.stringify(outcomes)}`);
  assertNoProblems(problems);
});
