// The first-load transfer: the HTML, CSS, JavaScript and WebAssembly that
// index.html pulls in, as the brotli files the build writes beside them.
// Fails when it grows past the budget, and prints every file's size.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_DIR = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
export const BUDGET_BYTES = 150 * 1024;

/** The files a first visit downloads: index.html and what it references. */
export async function firstLoadFiles(distDir = DIST_DIR) {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\bfrom\s+'([^']+\.js)'/g),
  ].map((match) => match[1]);
  const local = referenced.filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('//'));
  return ['index.html', ...new Set(local.map((href) => path.normalize(href.replace(/^\.\//, ''))))];
}

async function sizeOf(file) {
  return (await stat(file)).size;
}

test(`first-load transfer is at most ${BUDGET_BYTES / 1024} KiB (brotli)`, async () => {
  const files = await firstLoadFiles();
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'the WebAssembly is among the first-load files');
  assert.ok(files.some((f) => f.endsWith('.css')), 'the styles are among the first-load files');

  const rows = [];
  for (const file of files) {
    const full = path.join(DIST_DIR, file);
    rows.push({
      file,
      raw: await sizeOf(full),
      gzip: await sizeOf(`${full}.gz`),
      brotli: await sizeOf(`${full}.br`),
    });
  }
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(48)} ${'raw KiB'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
  for (const row of rows) {
    console.log(`${row.file.padEnd(48)} ${kib(row.raw)} ${kib(row.gzip)} ${kib(row.brotli)}`);
  }
  console.log(`${'total'.padEnd(48)} ${kib(total('raw'))} ${kib(total('gzip'))} ${kib(total('brotli'))}`);

  assert.ok(total('brotli') <= BUDGET_BYTES,
    `first load is ${kib(total('brotli')).trim()} KiB brotli, over the ${BUDGET_BYTES / 1024} KiB budget`);
});

test('every text and WebAssembly file has precompressed .br and .gz copies', async () => {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(DIST_DIR);
  const compressible = names.filter((name) => /\.(html|css|js|wasm)$/.test(name));
  assert.ok(compressible.length > 0);
  for (const name of compressible) {
    assert.ok(names.includes(`${name}.br`), `${name}.br`);
    assert.ok(names.includes(`${name}.gz`), `${name}.gz`);
  }
});
