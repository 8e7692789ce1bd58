// One WebAssembly serves every language and every publisher: it carries no
// page text. The words an island shows come from the page itself: its props
// (data-props) and what the page carries once for the shared state
// (data-timeline, data-question-catalog, data-my-dates), all JSON. This reads
// every sentence and every island word out of the built page and looks for
// each in the .wasm.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_DIR = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name) => ENTITIES[name]);

/** Text runs between tags in the page's body, long enough to be a sentence or a phrase. */
function sentences(html) {
  const body = html.slice(html.indexOf('<body'));
  const withoutCode = body.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ');
  return [...new Set(withoutCode.split(/<[^>]*>/).map((t) => decode(t).replace(/\s+/g, ' ').trim()))]
    .filter((text) => text.length >= 25 && text.split(' ').length >= 4);
}

/** Every string inside a JSON value. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Every string in every island's props and the page's data, long enough to
 * be unmistakable: a single word ("collection") can sit inside a browser
 * function's name ("HtmlCollection") that the WebAssembly imports.
 */
function islandWords(html) {
  return [...html.matchAll(/ data-(?:props|timeline|question-catalog|my-dates)="([^"]*)"/g)]
    .flatMap(([, data]) => strings(JSON.parse(decode(data))))
    .filter((value) => value.length >= 10 && value.includes(' '));
}

test('the WebAssembly holds no sentence of the page and none of its islands\' words', async () => {
  const html = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  const wasmName = (await readdir(DIST_DIR)).find((name) => name.endsWith('.wasm'));
  const wasm = await readFile(path.join(DIST_DIR, wasmName));
  const texts = [...sentences(html), ...islandWords(html)];
  assert.ok(sentences(html).length > 300, `the page's sentences were found (${sentences(html).length})`);
  assert.ok(islandWords(html).length > 30, `the islands' words were found (${islandWords(html).length})`);
  const found = texts.filter((text) => wasm.includes(Buffer.from(text, 'utf8')));
  assert.deepEqual(found, [], 'page text inside the WebAssembly');
});
