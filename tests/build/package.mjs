// scripts/package.sh, run from the tests: the zip it writes for hosts that
// take an upload, and that zip unpacked as such a host would. Shared by the
// build check (tests/build/package.test.mjs) and the browser check
// (tests/browser/package.test.mjs).

import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'package.sh');

/**
 * Runs scripts/package.sh into a new temporary folder, with `env` added to
 * the environment. Returns { outDir, zipPath, stdout } (zipPath is null when
 * no zip was written).
 */
export async function packageSite(env = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'package-test-'));
  const { stdout } = await run('bash', [PACKAGE_SCRIPT, outDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
  const zipName = (await readdir(outDir)).find((name) => name.endsWith('.zip'));
  return { outDir, zipPath: zipName ? path.join(outDir, zipName) : null, stdout };
}

/** Unpacks zipPath into a new temporary folder, with unzip where there is one, else Python. */
export async function unpack(zipPath) {
  const folder = await mkdtemp(path.join(tmpdir(), 'package-unzipped-'));
  try {
    await run('unzip', ['-q', zipPath, '-d', folder]);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    await run('python3', ['-m', 'zipfile', '-e', zipPath, folder]);
  }
  return folder;
}

/** Every file below folder, as paths relative to it with '/' between parts, sorted. */
export async function filesBelow(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}
