// Puts startup.js into the page itself: it must run before the first paint,
// and as a separate file it would hold that paint back by a round trip.
// Usage: node scripts/inline-startup.mjs FOLDER   (the staged build)
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/inline-startup.mjs FOLDER');
  process.exit(2);
}
const indexPath = path.join(folder, 'index.html');
const scriptPath = path.join(folder, 'startup.js');
const html = await readFile(indexPath, 'utf8');
const tag = '<script src="startup.js"></script>';
if (!html.includes(tag)) {
  console.error(`inline-startup: ${tag} is not in ${indexPath}`);
  process.exit(1);
}
const script = (await readFile(scriptPath, 'utf8')).trim();
await writeFile(indexPath, html.replace(tag, () => `<script>\n${script}\n</script>`));
await rm(scriptPath);
