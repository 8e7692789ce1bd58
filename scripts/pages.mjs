// The pages of a build: index.html, in the publisher's language, and one
// index.html in a folder of its own for each other language (es/index.html).
// Each refers to the build's shared files relative to itself ("./" or "../").
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The built pages, relative to folder: index.html first. */
export async function builtPages(folder) {
  const pages = ['index.html'];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const page = path.join(entry.name, 'index.html');
    if (await stat(path.join(folder, page)).then(() => true, () => false)) pages.push(page);
  }
  return pages;
}

/** How a page reaches the top of the build: "./" for index.html, "../" for es/index.html. */
export const prefixOf = (page) => (path.dirname(page) === '.' ? './' : '../');
