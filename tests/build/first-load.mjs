// What a first visit downloads: index.html and the files it references, with
// their raw, gzip and brotli sizes (the .gz and .br files the build writes).
// Shared by the size-budget test and the benchmark.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The first-load files of a page (index.html, or a language's es/index.html),
 * relative to distDir: the page first.
 */
export async function firstLoadFiles(distDir, page = 'index.html') {
  const html = await readFile(path.join(distDir, page), 'utf8');
  return [page, ...referencedFiles(html, page)];
}

function referencedFiles(html, page) {
  const referenced = [
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    // The loader (Trunk.toml's pattern_script): the module it imports, and
    // the WebAssembly it fetches.
    ...html.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g),
    ...html.matchAll(/\bmodule_or_path:\s*["']([^"']+\.wasm)["']/g),
  ].map((match) => match[1]);
  const local = referenced.filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('//'));
  return [...new Set(local.map((href) => path.normalize(path.join(path.dirname(page), href))))];
}

/** [{ file, raw, gzip, brotli }] in bytes, for every first-load file (or those of `files`). */
export async function firstLoadSizes(distDir, files = firstLoadFiles(distDir)) {
  // (files: a list, or the promise of one)
  const sizeOf = async (file) => (await stat(file)).size;
  const rows = [];
  for (const file of await files) {
    const full = path.join(distDir, file);
    rows.push({
      file,
      raw: await sizeOf(full),
      gzip: await sizeOf(`${full}.gz`),
      brotli: await sizeOf(`${full}.br`),
    });
  }
  return rows;
}

export const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);

/** The rows and their total as a fixed-width table, sizes in KiB. */
export function formatSizeTable(rows) {
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  const line = (name, raw, gzip, brotli) => `${name.padEnd(48)} ${raw} ${gzip} ${brotli}`;
  return [
    line('file', 'raw KiB'.padStart(8), 'gzip'.padStart(8), 'brotli'.padStart(8)),
    ...rows.map((r) => line(r.file, kib(r.raw), kib(r.gzip), kib(r.brotli))),
    line('total', kib(total(rows, 'raw')), kib(total(rows, 'gzip')), kib(total(rows, 'brotli'))),
  ].join('\n');
}
