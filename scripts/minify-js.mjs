// Minifies the JavaScript that wasm-bindgen writes beside the WebAssembly
// (esbuild): the glue between the page and the app is part of every first
// load, and arrives about a quarter smaller. Trunk's own minifier is left
// off because it would minify index.html too, whose empty root element and
// inline start-up script the later steps look for as written.
// Usage: node scripts/minify-js.mjs FOLDER   (the staged build)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/minify-js.mjs FOLDER');
  process.exit(2);
}

// The app's glue. Trunk names it after a 64-bit hash written without its
// leading zeros: 16 hex digits, or fewer one build in sixteen.
const scripts = (await readdir(folder)).filter((name) => /^[a-z-]+-[0-9a-f]{1,16}\.js$/.test(name));
if (!scripts.some((name) => name.startsWith('ahsct-explainer-'))) {
  console.error(`minify-js: expected an ahsct-explainer-*.js in ${folder}, found ${scripts.join(', ') || 'none'}`);
  process.exit(1);
}
for (const script of scripts) {
  const file = path.join(folder, script);
  const source = await readFile(file, 'utf8');
  // The targets the tests stand for (Firefox ESR, WebKitGTK, Chromium), as
  // for the stylesheet: nothing newer than they read.
  const { code } = await transform(source, { minify: true, format: 'esm', target: ['chrome100', 'firefox115', 'safari15.4'] });
  await writeFile(file, code);
}
