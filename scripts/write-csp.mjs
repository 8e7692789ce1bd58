// Writes the strict Content-Security-Policy the built page needs, with the
// sha256 hash of each inline script (the start-up script and Trunk's loader;
// their text is fixed per build), to content-security-policy.txt beside it.
// Hosts send it as a header; EMBEDDING.md shows it.
// Usage: node scripts/write-csp.mjs FOLDER   (the staged build)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/write-csp.mjs FOLDER');
  process.exit(2);
}
const html = await readFile(path.join(folder, 'index.html'), 'utf8');
const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1]);
const hashes = inlineScripts.map((text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);

const policy = [
  "default-src 'none'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
await writeFile(path.join(folder, 'content-security-policy.txt'), `${policy}\n`);
