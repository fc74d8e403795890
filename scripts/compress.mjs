// Part of the post-build hook (post-build.mjs): writes `NAME.br` and `NAME.gz` beside every text and
// wasm asset of a release build, so a static host can serve them with Content-Encoding
// (see the README's "Hosting"). Brotli at quality 11 and gzip at level 9 with fixed
// settings: the same dist compresses to the same bytes on every run, which the size-budget
// test relies on.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|txt|ftl)$/;

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

/** Writes the twins of every compressible file under `dir`. */
export function compressAll(dir) {
  for (const path of files(dir)) {
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotli(bytes));
    writeFileSync(`${path}.gz`, gzip(bytes));
  }
}
