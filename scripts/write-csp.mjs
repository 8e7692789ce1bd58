// Writes the strict Content-Security-Policy the built page needs (see
// csp.mjs) into the page itself, as a <meta> element, so that it applies on
// any host, and to content-security-policy.txt beside it, for hosts that can
// send it as a header. EMBEDDING.md shows it.
// Usage: node scripts/write-csp.mjs FOLDER   (the staged build)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { policyFor, withPolicyMeta } from './csp.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/write-csp.mjs FOLDER');
  process.exit(2);
}
const page = path.join(folder, 'index.html');
const html = await readFile(page, 'utf8');
const policy = policyFor(html);
await writeFile(page, withPolicyMeta(html, policy));
await writeFile(path.join(folder, 'content-security-policy.txt'), `${policy}\n`);
