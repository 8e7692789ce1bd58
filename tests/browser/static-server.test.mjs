// The test server itself. The other tests only prove that the app works
// under a sub-path if this server really serves nothing outside it, and
// serves the wasm with the MIME type that browsers insist on.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE_PATH, startStaticServer } from './support.mjs';

let folder;
let server;

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'static-server-test-'));
  await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(folder, 'app.js'), 'export {};');
  await writeFile(path.join(folder, 'app.css'), 'body {}');
  await writeFile(path.join(folder, 'app_bg.wasm'), Buffer.from('\0asm\x01\0\0\0', 'latin1'));
  server = await startStaticServer(folder);
});

after(async () => {
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const fetchPath = (urlPath) => fetch(server.origin + urlPath, { redirect: 'manual' });

test('serves the folder under the sub-path with the right MIME types', async () => {
  const expectedTypes = {
    '': /^text\/html/,
    'index.html': /^text\/html/,
    'app.js': /^text\/javascript/,
    'app.css': /^text\/css/,
    'app_bg.wasm': /^application\/wasm$/,
  };
  for (const [file, type] of Object.entries(expectedTypes)) {
    const response = await fetchPath(BASE_PATH + file);
    assert.equal(response.status, 200, `${BASE_PATH}${file}`);
    assert.match(response.headers.get('content-type'), type, `${BASE_PATH}${file}`);
  }
});

test('redirects the sub-path without its slash to the folder URL', async () => {
  const response = await fetchPath(BASE_PATH.slice(0, -1));
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), BASE_PATH);
});

test('answers 404 outside the sub-path, for missing files and for escapes', async () => {
  for (const urlPath of [
    '/', '/index.html', '/app.js', `${BASE_PATH}missing.js`,
    `${BASE_PATH}..%2f..%2f..%2fetc%2fpasswd`, `${BASE_PATH}%E0%A4%A`,
  ]) {
    assert.equal((await fetchPath(urlPath)).status, 404, urlPath);
  }
});
