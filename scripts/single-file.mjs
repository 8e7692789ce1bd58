// Writes ahsct-explainer-offline.html beside each language's index.html: the same page as one
// file, for clinics without internet, USB sticks and email. Opened from disk
// (file://) it needs no other file, and fetches nothing (Chromium would not
// let a file:// page import a module or fetch the WebAssembly anyway):
//   - the stylesheet goes inline, as a <style>;
//   - the wasm-bindgen glue (NAME.js, an ES module) goes into Trunk's inline
//     module script, as an async function that runs it and returns its
//     exports, which the loader then uses instead of import("./NAME.js");
//   - the WebAssembly goes into that script as base64, and the loader hands
//     its bytes to init() instead of the file's address.
//   - its Content-Security-Policy <meta> allows those inline parts by hash.
// Everything else is index.html unchanged: the pre-rendered page, the inline
// start-up script, and the loader's wait for the first paint before the app
// starts (the base64 is decoded only then).
// Usage: node scripts/single-file.mjs FOLDER   (the staged build)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { policyFor, withPolicyMeta } from './csp.mjs';
import { builtPages } from './pages.mjs';

const OUTPUT_NAME = 'ahsct-explainer-offline.html';

/** A build this script cannot turn into one file: reported without a stack trace. */
class SingleFileError extends Error {}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/single-file.mjs FOLDER');
  process.exit(2);
}

try {
  // One offline file for each language, beside its page (es/ahsct-explainer-offline.html).
  for (const page of await builtPages(folder)) {
    const html = withoutOtherPages(await readBuiltFile(page));
    const inlined = await inlineAppLoader(await inlineStylesheet(html));
    // Its own policy: every script and style is inline, so each is allowed by
    // its hash, and no file at all.
    const singleFile = withPolicyMeta(inlined, policyFor(inlined, { selfContained: true }));
    assertNoLocalReferences(singleFile);
    await writeFile(path.join(folder, path.dirname(page), OUTPUT_NAME), singleFile);
  }
} catch (error) {
  if (!(error instanceof SingleFileError)) throw error;
  console.error(`single-file: ${error.message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// The stylesheet

/**
 * The file stands alone, in one language: the links to the other languages'
 * pages (the language list, marked data-offline="leave-out", and the
 * hreflang alternates) would lead nowhere from a USB stick.
 */
function withoutOtherPages(html) {
  return html
    .replace(/<nav\b[^>]*\bdata-offline="leave-out"[^>]*>[\s\S]*?<\/nav>/g, '')
    .replace(/\n?\s*<link rel="alternate" hreflang="[^"]*" href="[^"]*">/g, '');
}

/** Replaces the one stylesheet link (bundle-styles.mjs leaves one) with a <style>. */
async function inlineStylesheet(html) {
  const [link, cssName] = matchOnce(html, /<link rel="stylesheet" href="\.\.?\/([^"/]+\.css)">/g,
    '<link rel="stylesheet" href="./NAME.css"> in index.html');
  const css = (await readBuiltFile(cssName)).trim();
  refuseToEmbed(css, cssName, /<\/style/i, 'contains "</style", which would end the <style> early');
  // A relative url() or @import would name a file the single file leaves behind.
  refuseToEmbed(css, cssName, /url\(\s*(?!['"]?(?:[a-z][a-z0-9+.-]*:|#))|@import/i,
    'refers to another file (url() or @import); inline it first');
  return html.replace(link, () => `<style>\n${css}\n</style>`);
}

// ---------------------------------------------------------------------------
// Trunk's loader, the glue and the WebAssembly

/**
 * Rewrites Trunk's inline module script (Trunk.toml's pattern_script) so that
 * it carries the glue and the WebAssembly itself instead of fetching them.
 */
async function inlineAppLoader(html) {
  const [scriptTag, loader] = matchOnce(html, /<script type="module">([\s\S]*?)<\/script>/g,
    '<script type="module"> (Trunk\'s loader) in index.html');
  const app = await carryingItsModule(loader, '<script type="module">', 'Trunk\'s loader');
  return html.replace(scriptTag, () => app);
}

/** A loader script, with the glue it imports and the WebAssembly it fetches written into it. */
async function carryingItsModule(loader, opening, what) {
  const [glueImport, glueName] = matchOnce(loader, /\bimport\(\s*"\.\.?\/([^"/]+\.js)"\s*\)/g,
    `import("./NAME.js") in ${what}`);
  const [wasmArgument, wasmName] = matchOnce(loader, /\bmodule_or_path:\s*"\.\.?\/([^"/]+\.wasm)"/g,
    `module_or_path: "./NAME_bg.wasm" in ${what}`);

  const glue = glueAsFunction(await readBuiltFile(glueName), glueName);
  const wasmBase64 = Buffer.from(await readBuiltFile(wasmName, null)).toString('base64');
  const start = loader.trim()
    .replace(glueImport, () => 'runWasmBindgenGlue()')
    .replace(wasmArgument, () => 'module_or_path: decodeBase64(WASM_BASE64)');

  const script = [
    `// ${glueName}, wasm-bindgen's glue, inline instead of import()ed.`,
    glue,
    '',
    `// ${wasmName}, as base64: decoded to bytes only when it starts, and`,
    '// passed to init() instead of its address.',
    `const WASM_BASE64 = "${wasmBase64}";`,
    '',
    'function decodeBase64(text) {',
    '  const binary = atob(text);',
    '  const bytes = new Uint8Array(binary.length);',
    '  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);',
    '  return bytes;',
    '}',
    '',
    start,
  ].join('\n');
  return `${opening}\n${script}\n</script>`;
}

/**
 * The glue module as `async function runWasmBindgenGlue()`, which runs its
 * code and returns its exports, as import() would: its `export` keywords are
 * taken off its declarations, and its `export { ... }` list becomes the
 * returned object. A function (not the script's top level) keeps the glue's
 * names out of the loader's way, and async keeps any top-level await working.
 */
function glueAsFunction(source, glueName) {
  refuseToEmbed(source, glueName, /<\/script|<!--/i,
    'contains "</script" or "<!--", which would end the inline <script> early');
  // Glue that imports files (wasm-bindgen snippets) would need them inlined too.
  refuseToEmbed(source, glueName, /^import\b|\bimport\s*\(/m,
    'imports other files (wasm-bindgen snippets?), which single-file.mjs does not inline');

  const exported = new Map(); // exported name -> local name
  const body = source.replace(/^export\b.*$/gm, (statement) => {
    const declaration = /^export ((?:async )?function\*? ?|class |const |let |var )(\w+)/
      .exec(statement);
    if (declaration) {
      exported.set(declaration[2], declaration[2]);
      return statement.slice('export '.length);
    }
    const list = /^export \{([^}]*)\};?\s*$/.exec(statement);
    if (list) {
      for (const specifier of list[1].split(',').map((text) => text.trim()).filter(Boolean)) {
        const [local, name = local] = specifier.split(/\s+as\s+/);
        exported.set(name, local);
      }
      return '';
    }
    throw new SingleFileError(`${glueName}: cannot inline this export: ${statement.slice(0, 80)}`);
  });
  if (exported.get('default') === undefined) {
    throw new SingleFileError(`${glueName}: no default export (wasm-bindgen's init) found`);
  }

  const exportsObject = [...exported]
    .map(([name, local]) => (name === local ? name : `${name}: ${local}`))
    .join(', ');
  return [
    'async function runWasmBindgenGlue() {',
    body.trimEnd(),
    `return Object.freeze({ ${exportsObject} });`,
    '}',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Checks and helpers

/**
 * The one match of pattern (which must have the g flag) in text, or an error
 * naming what was expected: a second match means the page is not built the
 * way this script knows, and guessing would give a broken file.
 */
function matchOnce(text, pattern, what) {
  const matches = [...text.matchAll(pattern)];
  if (matches.length !== 1) {
    throw new SingleFileError(
      `expected exactly one ${what}, found ${matches.length}; has the build changed?`);
  }
  return matches[0];
}

function refuseToEmbed(text, name, pattern, problem) {
  if (pattern.test(text)) throw new SingleFileError(`cannot embed ${name}: it ${problem}`);
}

/** A file of the build in FOLDER: utf8 text, or bytes with encoding null. */
async function readBuiltFile(name, encoding = 'utf8') {
  try {
    return await readFile(path.join(folder, name), encoding);
  } catch (error) {
    throw new SingleFileError(`cannot read ${name} of the build: ${error.message}`);
  }
}

/**
 * The single file must not name another file of the build: every src and
 * href is a #fragment, empty (this page), or an absolute URL other than file:
 * (https:, data:).
 */
function assertNoLocalReferences(html) {
  for (const [, attribute, value] of html.matchAll(/\b(src|href)="([^"]*)"/g)) {
    const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^file:/i.test(value);
    if (value !== '' && !value.startsWith('#') && !isAbsolute) {
      throw new SingleFileError(`the single file still refers to a file: ${attribute}="${value}"`);
    }
  }
}
