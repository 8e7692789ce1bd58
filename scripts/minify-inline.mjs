// Minifies the scripts written inline in each page (the start-up script, and
// Trunk's loaders) with esbuild: their comments explain them in the source
// (assets/startup.js, Trunk.toml), and need not travel in every first load
// (1 KiB brotli a page). Runs before the Content-Security-Policy is written,
// which allows each inline script by the hash of its final text.
// Usage: node scripts/minify-inline.mjs FOLDER   (the staged build)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';
import { builtPages } from './pages.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/minify-inline.mjs FOLDER');
  process.exit(2);
}

// As for the glue and the stylesheet: nothing newer than the tested browsers read.
const TARGET = ['chrome100', 'firefox115', 'safari15.4'];

for (const page of await builtPages(folder)) {
  const file = path.join(folder, page);
  const html = await readFile(file, 'utf8');
  const scripts = [...html.matchAll(/(<script\b(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)(<\/script>)/g)];
  let minified = html;
  for (const [whole, opening, body, closing] of scripts) {
    const format = /\btype="module"/.test(opening) ? 'esm' : 'iife';
    const { code } = await transform(body, { minify: true, format, target: TARGET });
    minified = minified.replace(whole, () => `${opening}${code.trim()}${closing}`);
  }
  // The page's own HTML comments (index.html's notes to its editors) go too.
  minified = minified.replace(/\n?\s*<!-- [\s\S]*? -->/g, '');
  await writeFile(file, minified);
}
