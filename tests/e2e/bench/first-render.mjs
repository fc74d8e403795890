// Benchmark (not a test): the release build's sizes and how fast the ladder first renders.
//   sizes: raw and gzip (level 9) bytes of the wasm, js and css in dist/
//   first render: ms from navigation start until the ladder table shows its first value,
//   over RUNS fresh page loads (new browser context each, so nothing is cached), in
//   Debian's headless Chromium against dist/ served on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer } from '../serve.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const dist = new URL('../../../dist/', import.meta.url);

console.log('dist sizes (bytes)');
for (const ext of ['.wasm', '.js', '.css']) {
  for (const name of readdirSync(dist).filter((n) => n.endsWith(ext))) {
    const body = readFileSync(new URL(name, dist));
    const gz = gzipSync(body, { level: 9 }).length;
    console.log(`  ${ext.padEnd(5)} raw ${String(body.length).padStart(8)}  gzip ${String(gz).padStart(7)}  ${name}`);
  }
}

const server = await startServer(4175);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
const samples = { ladder: [], fcp: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('#ladder td.value .num')) {
        window.__ladderRenderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('http://127.0.0.1:4175/app/');
  await page.waitForFunction(() => window.__ladderRenderedAt !== undefined);
  const { ladder, fcp } = await page.evaluate(() => ({
    ladder: window.__ladderRenderedAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  samples.ladder.push(ladder);
  samples.fcp.push(fcp);
  await context.close();
}
await browser.close();
server.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)}`;
};
console.log(`navigation → ladder table rendered (${RUNS} cold loads): ${stats(samples.ladder)}`);
console.log(`navigation → first contentful paint (${RUNS} cold loads): ${stats(samples.fcp)}`);
