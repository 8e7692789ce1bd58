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

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/name-parts.mjs FOLDER');
  process.exit(2);
}
const page = path.join(folder, 'index.html');
let html = await readFile(page, 'utf8');
for (const [, name] of html.matchAll(/<script\b[^>]*\bdata-on-demand="([a-z0-9-]+)"/g)) {
  const glue = `${name}.js`;
  const wasm = `${name}_bg.wasm`;
  const hash = createHash('sha256');
  for (const file of [glue, wasm]) {
    if (!html.includes(`"./${file}"`)) {
      console.error(`name-parts: index.html's loader for "${name}" does not name ./${file}`);
      process.exit(1);
    }
    hash.update(await readFile(path.join(folder, file)));
  }
  const named = `${name}-${hash.digest('hex').slice(0, 16)}`;
  await rename(path.join(folder, glue), path.join(folder, `${named}.js`));
  await rename(path.join(folder, wasm), path.join(folder, `${named}_bg.wasm`));
  html = html.replaceAll(`"./${glue}"`, `"./${named}.js"`).replaceAll(`"./${wasm}"`, `"./${named}_bg.wasm"`);
}
await writeFile(page, html);
