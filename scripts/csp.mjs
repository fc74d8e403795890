// Trunk's post-build hook, every build: the page's Content-Security-Policy (a meta tag in
// index.html) allows scripts only from the site itself, plus the inline scripts index.html
// carries (the head script choosing the first view, Trunk's start script) by their SHA-256
// hashes, written here once Trunk has written them. No 'unsafe-inline' anywhere.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source list the hashes follow, as index.html writes it. */
export const SCRIPT_SRC = "script-src 'self' 'wasm-unsafe-eval'";

/** The hash sources of every inline script in `html`, in order. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`,
  );
}

/** Writes the hashes of index.html's inline scripts into its policy. */
export function hashInlineScripts(dir) {
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8');
  if (!html.includes(`${SCRIPT_SRC};`)) {
    throw new Error(`csp.mjs: index.html's Content-Security-Policy has no "${SCRIPT_SRC};" to add the inline script hashes to`);
  }
  const hashes = inlineScriptHashes(html);
  writeFileSync(path, html.replace(`${SCRIPT_SRC};`, `${[SCRIPT_SRC, ...hashes].join(' ')};`));
}
