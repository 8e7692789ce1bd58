// Changing the page's words does not change the WebAssembly: the words reach
// the browser in the page (src/islands/words.rs), never in the code. This
// builds the WebAssembly twice from a copy of the crate, the second time with
// one sentence of the content changed, and compares the two byte for byte.
//
// It compiles, so scripts/test.sh runs it on its own, after the browser
// tests. The copy builds into the app's own `target/`: its dependencies are
// the ones the release build already compiled, so only the copy itself is
// compiled. Cargo names a crate's build by its place in the workspace, so the
// copy's build is the app's own: afterwards it is cleared with the copy, and
// the next `trunk build` compiles the app from its own sources again.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET_DIR = path.join(REPO_ROOT, 'target');
const CRATE_DIR = path.join(TARGET_DIR, 'content-change', 'crate');
const CONTENT_DIR = path.join(CRATE_DIR, 'content', 'en');
const WASM = path.join(TARGET_DIR, 'wasm32-unknown-unknown', 'release', 'ahsct-explainer.wasm');

// If this never runs (a run stopped part-way), the copy's folder is left, and
// the next build clears its build first (scripts/pre-build.sh).
after(async () => {
  await run('cargo', ['clean', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'ahsct-explainer'], {
    cwd: REPO_ROOT,
  });
  await rm(path.join(TARGET_DIR, 'content-change'), { recursive: true, force: true });
});

async function buildWasm() {
  await run('cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'ahsct-explainer'], {
    cwd: CRATE_DIR,
    env: { ...process.env, CARGO_TARGET_DIR: TARGET_DIR },
    maxBuffer: 16 * 1024 * 1024,
  });
  return readFile(WASM);
}

test('a changed sentence in the content leaves the WebAssembly byte for byte the same', { timeout: 20 * 60_000 }, async () => {
  await rm(CRATE_DIR, { recursive: true, force: true });
  await mkdir(CRATE_DIR, { recursive: true });
  for (const entry of ['Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', 'src', 'content']) {
    await cp(path.join(REPO_ROOT, entry), path.join(CRATE_DIR, entry), { recursive: true });
  }
  const before = await buildWasm();

  // A paragraph, and a step's title, which the timeline shows and announces
  // as the reader moves (the browser used to carry these).
  for (const [file, pattern] of [['sections.ftl', /^what-is-ahsct-para-1 = (.+)$/m], ['timeline.ftl', /^step-assessment-title = (.+)$/m]]) {
    const original = await readFile(path.join(CONTENT_DIR, file), 'utf8');
    const match = original.match(pattern);
    assert.ok(match, `something to change: ${pattern}`);
    const changed = original.replace(match[0], match[0].replace(match[1], `${match[1]} (changed for a test)`));
    assert.notEqual(changed, original);
    await writeFile(path.join(CONTENT_DIR, file), changed);
  }
  const after = await buildWasm();

  assert.ok(before.length > 10_000, 'a WebAssembly was built');
  assert.ok(before.equals(after),
    `the WebAssembly changed with the content: ${before.length} bytes before, ${after.length} after`);
});
