// Names each part the page loads on demand (a <script data-on-demand="NAME">
// in Trunk.toml's pattern_script, such as the reader's dates) after its
// content, as Trunk names the app's own files: NAME-HASH.js and
// NAME-HASH_bg.wasm. A browser that kept an earlier release's part can then
// never pair it with this release's page. Trunk builds such parts as
// "worker" binaries, whose files it names plainly.
// Usage: node scripts/name-parts.mjs FOLDER   (the staged build)
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtPages, prefixOf } from './pages.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/name-parts.mjs FOLDER');
  process.exit(2);
}
const pages = await builtPages(folder);
const texts = await Promise.all(pages.map((page) => readFile(path.join(folder, page), 'utf8')));
const renamed = new Map(); // file as Trunk named it -> as named here
for (const [, name] of texts[0].matchAll(/<script\b[^>]*\bdata-on-demand="([a-z0-9-]+)"/g)) {
  const glue = `${name}.js`;
  const wasm = `${name}_bg.wasm`;
  const hash = createHash('sha256');
  for (const file of [glue, wasm]) {
    if (!texts[0].includes(`"./${file}"`)) {
      console.error(`name-parts: index.html's loader for "${name}" does not name ./${file}`);
      process.exit(1);
    }
    hash.update(await readFile(path.join(folder, file)));
  }
  const named = `${name}-${hash.digest('hex').slice(0, 16)}`;
  await rename(path.join(folder, glue), path.join(folder, `${named}.js`));
  await rename(path.join(folder, wasm), path.join(folder, `${named}_bg.wasm`));
  renamed.set(glue, `${named}.js`).set(wasm, `${named}_bg.wasm`);
}
for (const [index, page] of pages.entries()) {
  let html = texts[index];
  const prefix = prefixOf(page);
  for (const [from, to] of renamed) html = html.replaceAll(`"${prefix}${from}"`, `"${prefix}${to}"`);
  await writeFile(path.join(folder, page), html);
}
