// The languages the explainer is built in, as the tests name them: each
// language's content folder, its page's `lang`, address, name in itself and
// direction. Listed here, not read from the build, so that a language gone
// missing from the build is a failure, not a shorter loop.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './support.mjs';

export const LANGUAGES = [
  { code: 'en', tag: 'en-GB', page: 'index.html', name: 'English', dir: 'ltr' },
  { code: 'ar', tag: 'ar', page: 'ar/index.html', name: 'العربية', dir: 'rtl' },
  { code: 'de', tag: 'de', page: 'de/index.html', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', tag: 'es', page: 'es/index.html', name: 'Español', dir: 'ltr' },
  { code: 'fr', tag: 'fr', page: 'fr/index.html', name: 'Français', dir: 'ltr' },
  { code: 'it', tag: 'it', page: 'it/index.html', name: 'Italiano', dir: 'ltr' },
  { code: 'pt-BR', tag: 'pt-BR', page: 'pt-BR/index.html', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'ru', tag: 'ru', page: 'ru/index.html', name: 'Русский', dir: 'ltr' },
];

export const TRANSLATIONS = LANGUAGES.filter((l) => l.code !== 'en');

/** The words of a language's page.ftl (key = words, one line each). */
export async function pageWords(code) {
  const text = await readFile(path.join(REPO_ROOT, 'content', code, 'page.ftl'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z0-9-]+) = (.*)$/gm)].map((m) => [m[1], m[2].trim()]));
}
