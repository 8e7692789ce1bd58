// Writes NAME.br (brotli, best) and NAME.gz (gzip, best) beside every text and
// WebAssembly file in a folder, so static hosts that serve precompressed files
// (nginx gzip_static/brotli_static, Netlify, S3 with Content-Encoding) can.
// Usage: node scripts/compress-assets.mjs FOLDER
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.wasm', '.svg', '.json', '.txt']);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/compress-assets.mjs FOLDER');
  process.exit(2);
}

// Every file at once: zlib's asynchronous calls run on libuv's thread pool,
// so the machine's cores share the work (at best quality, eight languages'
// pages and offline files took 22 s on one core).
const files = (await readdir(folder, { withFileTypes: true, recursive: true }))
  .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
await Promise.all(files.map(async (file) => {
  const body = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 9 }),
  ]);
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gz);
}));
