// Writes the strict Content-Security-Policy the built page needs (see
// csp.mjs) into the page itself, as a <meta> element, so that it applies on
// any host, and to content-security-policy.txt beside it, for hosts that can
// send it as a header. EMBEDDING.md shows it.
// Usage: node scripts/write-csp.mjs FOLDER   (the staged build)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { policyFor, withPolicyMeta } from './csp.mjs';
import { builtPages } from './pages.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/write-csp.mjs FOLDER');
  process.exit(2);
}
// Each page carries its own policy. The file for hosts holds one policy for
// them all: every page's inline scripts (their addresses differ by folder).
const pages = await builtPages(folder);
const htmls = [];
for (const page of pages) {
  const file = path.join(folder, page);
  const html = await readFile(file, 'utf8');
  htmls.push(html);
  await writeFile(file, withPolicyMeta(html, policyFor(html)));
}
await writeFile(path.join(folder, 'content-security-policy.txt'), `${policyFor(htmls.join('\n'))}\n`);
