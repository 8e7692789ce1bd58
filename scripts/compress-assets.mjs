// Writes NAME.br (brotli, best) and NAME.gz (gzip, best) beside every text and
// WebAssembly file in a folder, so static hosts that serve precompressed files
// (nginx gzip_static/brotli_static, Netlify, S3 with Content-Encoding) can.
// Usage: node scripts/compress-assets.mjs FOLDER
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.wasm', '.svg', '.json', '.txt']);

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/compress-assets.mjs FOLDER');
  process.exit(2);
}

for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const body = await readFile(file);
  await writeFile(`${file}.br`, brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
  await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
}
