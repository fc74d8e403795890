// Part of the post-build hook (post-build.mjs), every build: each language's catalogue
// (src/core/message/<tag>/*.ftl, one file per part of the page) becomes one file,
// `i18n/<tag>.ftl`, that the page fetches when it speaks that language. Comments and blank
// lines go (they are notes for translators); English is built into the wasm instead.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = new URL('../src/core/message/', import.meta.url).pathname;

/** Writes `dir/i18n/<tag>.ftl` for every language folder beside `en/`. */
export function writeCatalogues(dir) {
  mkdirSync(join(dir, 'i18n'), { recursive: true });
  for (const tag of readdirSync(SOURCE).sort()) {
    const folder = join(SOURCE, tag);
    if (tag === 'en' || !statSync(folder).isDirectory()) continue;
    const lines = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ftl')).sort()) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
        if (line.trim() && !line.trimStart().startsWith('#')) lines.push(line);
      }
    }
    writeFileSync(join(dir, 'i18n', `${tag}.ftl`), `${lines.join('\n')}\n`);
  }
}
