// Joins the page's stylesheets into one minified file (lightningcss), in the
// order index.html links them, and links that one instead: one request before
// the first paint rather than one per feature (each feature's folder in src/
// keeps its own stylesheet for people).
// Usage: node scripts/bundle-styles.mjs FOLDER   (the staged build)
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'lightningcss';
import { builtPages, prefixOf } from './pages.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/bundle-styles.mjs FOLDER');
  process.exit(2);
}

const indexPath = path.join(folder, 'index.html');
const html = await readFile(indexPath, 'utf8');
const linkPattern = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"[^>]*>\s*/g;
const links = [...html.matchAll(linkPattern)];
if (links.length === 0) {
  console.error(`bundle-styles: no stylesheet links in ${indexPath}`);
  process.exit(1);
}

const parts = [];
for (const [, name] of links) {
  parts.push(`/* ${name.replace(/-[0-9a-f]+\.css$/, '.css')} */\n${await readFile(path.join(folder, name), 'utf8')}`);
}
// lightningcss minifies the joined file. The targets are the oldest
// browsers the tests stand for (Firefox ESR, WebKitGTK, Chromium): it then
// writes nothing newer than they read.
const { code } = transform({
  filename: 'styles.css',
  code: Buffer.from(parts.join('\n')),
  minify: true,
  targets: { chrome: 100 << 16, firefox: 115 << 16, safari: (15 << 16) | (4 << 8) },
});
const bundle = code.toString();
const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
const bundleName = `styles-${hash}.css`;
await writeFile(path.join(folder, bundleName), bundle);

// Every page links the one bundle in place of the stylesheets, each from where it is.
for (const page of await builtPages(folder)) {
  const file = path.join(folder, page);
  const prefix = prefixOf(page);
  const pageLinks = new RegExp(`<link rel="stylesheet" href="${prefix.replaceAll('.', '\\.')}([^"/]+\\.css)"[^>]*>\\s*`, 'g');
  let first = true;
  const rewritten = (await readFile(file, 'utf8')).replace(pageLinks, (link, name) => {
    if (!links.some(([, linked]) => linked === name)) return link; // not one of Trunk's (the publisher's accent)
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${prefix}${bundleName}">\n  `;
  });
  await writeFile(file, rewritten);
}
for (const [, name] of links) await rm(path.join(folder, name));
