// Which files of dist/ a visitor fetches, read from the build itself: the page's first load
// (index.html and everything it references, followed through the JS glue's imports) and
// the import worker's (its loader script and what that loads, fetched on first use of the
// import area). Sizes are those of the NAME.br twins the build writes (scripts/compress.mjs).
// Shared by the size-budget test and the benchmark.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Relative URLs a file refers to: href/src attributes, imports, module paths, importScripts, workers. */
function references(text) {
  const found = [];
  const patterns = [
    /\b(?:href|src)="([^"#?]+)"/g,
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bmodule_or_path:\s*['"]([^'"]+)['"]/g,
    /\bimportScripts\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew Worker\(\s*['"]([^'"]+)['"]/g,
    /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (!/^[a-z]+:/i.test(match[1]) && !match[1].startsWith('//')) found.push(match[1]);
    }
  }
  return found;
}

/** `start` (relative to dist) and every dist file reachable from it through references. */
export function reachable(start) {
  const seen = new Set();
  const queue = [normalize(start)];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const path = join(DIST, file);
    if (!existsSync(path) || statSync(path).isDirectory()) continue;
    seen.add(file);
    if (/\.(html|js|mjs|css)$/.test(file)) {
      for (const ref of references(readFileSync(path, 'utf8'))) {
        queue.push(relative(DIST, join(DIST, dirname(file), ref)));
      }
    }
  }
  return [...seen].sort();
}

/** The page's first load: index.html and what it pulls in (not the import worker). */
export function firstLoadFiles() {
  return reachable('index.html').filter((file) => !file.includes('import-worker'));
}

/** The import worker: its loader script and the glue and wasm the loader fetches. */
export function workerFiles() {
  return reachable('public/import-worker-loader.js');
}

/** Bytes of each file as served raw and brotli-compressed (its `.br` twin). */
export function sizes(files) {
  return files.map((file) => {
    const path = join(DIST, file);
    const br = existsSync(`${path}.br`) ? statSync(`${path}.br`).size : null;
    return { file, raw: statSync(path).size, br };
  });
}

export const total = (rows, key) => rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
