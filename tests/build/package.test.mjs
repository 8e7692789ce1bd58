// The zip for hosts that take an upload (scripts/package.sh): named with the
// version and the commit, with a checksum file that sha256sum accepts, and
// holding the site itself, index.html at its root and every file of dist/
// byte for byte. Without a build it says what to do and writes nothing.
// tests/browser/package.test.mjs opens the unpacked zip in Chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { firstLoadFiles } from './first-load.mjs';
import { PACKAGE_SCRIPT, REPO_ROOT, filesBelow, packageSite, unpack } from './package.mjs';

const run = promisify(execFile);
const DIST_DIR = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');

let packed;
let unpacked;
const cleanUp = [];

before(async () => {
  packed = await packageSite();
  cleanUp.push(packed.outDir);
  assert.ok(packed.zipPath, `scripts/package.sh wrote a zip into ${packed.outDir}`);
  unpacked = await unpack(packed.zipPath);
  cleanUp.push(unpacked);
});

after(async () => {
  await Promise.all(cleanUp.map((folder) => rm(folder, { recursive: true, force: true })));
});

test('the zip is named with the version from Cargo.toml and the commit, and says where it is', async () => {
  const cargoToml = await readFile(path.join(REPO_ROOT, 'Cargo.toml'), 'utf8');
  const version = cargoToml.match(/^\[package\][^[]*?^version = "([^"]+)"/m)[1];
  const { stdout: commit } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT });
  const name = path.basename(packed.zipPath);
  assert.match(name, new RegExp(`^ahsct-explainer-${version.replaceAll('.', '\\.')}-${commit.trim()}(-dirty)?\\.zip$`));
  assert.deepEqual((await readdir(packed.outDir)).sort(), [name, `${name}.sha256`]);
  assert.ok(packed.stdout.includes(packed.zipPath), `the output names the zip:\n${packed.stdout}`);
});

test('the checksum file matches the zip, in the form sha256sum -c reads', async () => {
  const zip = await readFile(packed.zipPath);
  const digest = createHash('sha256').update(zip).digest('hex');
  const name = path.basename(packed.zipPath);
  assert.equal(await readFile(`${packed.zipPath}.sha256`, 'utf8'), `${digest}  ${name}\n`);
  assert.ok(packed.stdout.includes(digest), 'the output gives the checksum');
  try {
    const { stdout } = await run('sha256sum', ['-c', `${name}.sha256`], { cwd: packed.outDir });
    assert.equal(stdout.trim(), `${name}: OK`);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // no sha256sum here: the comparison above stands
  }
});

test('the unpacked zip is the site: index.html at its root, and every file it loads, byte for byte', async () => {
  const files = await firstLoadFiles(DIST_DIR);
  assert.equal(files[0], 'index.html');
  for (const extension of ['.js', '.wasm', '.css']) {
    assert.ok(files.some((file) => file.endsWith(extension)), `index.html loads a ${extension} file`);
  }
  for (const file of files) {
    const inZip = await readFile(path.join(unpacked, file)).catch(() => null);
    assert.ok(inZip, `${file} is in the zip, where index.html looks for it`);
    assert.ok(inZip.equals(await readFile(path.join(DIST_DIR, file))), `${file} has the bytes dist/ has`);
  }
});

test('the zip holds every file of dist/ and nothing else, each unchanged', async () => {
  const distFiles = await filesBelow(DIST_DIR);
  assert.deepEqual(await filesBelow(unpacked), distFiles);
  for (const file of distFiles) {
    const [inZip, inDist] = await Promise.all(
      [unpacked, DIST_DIR].map((folder) => readFile(path.join(folder, file))));
    assert.ok(inZip.equals(inDist), `${file} is unchanged`);
  }
});

test('without a build, it says to run trunk build --release first and writes nothing', async () => {
  const emptyDist = await mkdtemp(path.join(tmpdir(), 'package-no-build-'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'package-no-build-out-'));
  cleanUp.push(emptyDist, outDir);
  const result = await run('bash', [PACKAGE_SCRIPT, outDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, DIST_DIR: emptyDist },
  }).then(() => ({ code: 0, stderr: '' }), (error) => error);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /index\.html is missing.*trunk build --release/);
  assert.deepEqual(await readdir(outDir), []);
});
