// Benchmark (not a test): the release build's first load and how fast the ladder shows.
//   bytes: every file of the first load and of the import worker, raw and brotli (the .br
//   twins the build writes, as `.ci/serve` and the tests serve them)
//   first render, over RUNS cold loads (a new browser context each, nothing cached) in
//   Debian's headless Chromium against dist/ served brotli-compressed on 127.0.0.1:
//     FCP: navigation → first contentful paint
//     ladder on screen: navigation → the first paint with the ladder's first value in it
//       (the later of its insertion and FCP: nothing is on screen before FCP)
//     app ready: navigation → the app mounted, answering what is typed
//   and the ladder ÷ FCP ratio of each load (issue 14's target: median ≤ 1.3).
import { chromium } from '@playwright/test';
import { firstLoadFiles, sizes, total, workerFiles } from '../first-load.mjs';
import { startServer } from '../serve.mjs';

const RUNS = Number(process.env.RUNS ?? 20);

for (const [what, files] of [['first load', firstLoadFiles()], ['import worker (on first use)', workerFiles()]]) {
  const rows = sizes(files);
  console.log(`${what} (bytes)`);
  for (const r of rows) console.log(`  raw ${String(r.raw).padStart(8)}  brotli ${String(r.br).padStart(7)}  ${r.file}`);
  console.log(`  total raw ${total(rows, 'raw')}, brotli ${total(rows, 'br')}`);
}

const server = await startServer(4175);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
const samples = { ladder: [], fcp: [], ready: [], ratio: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ locale: process.env.LOCALE ?? 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      // A ladder value that is shown: in the first view unless the head script chose the
      // plain placeholder, or in the app once its root is no longer hidden while building.
      const shown = [...document.querySelectorAll('#ladder td.value .num')].some((value) => (value.closest('#prerender')
        ? !document.documentElement.classList.contains('plain-boot')
        : !value.closest('#app.building')));
      if (window.__ladderAt === undefined && shown) {
        window.__ladderAt = performance.now();
      }
      if (document.querySelector('main.layout') && !document.getElementById('prerender')
        && !document.getElementById('boot')) {
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('http://127.0.0.1:4175/app/');
  await page.waitForFunction(() => window.__readyAt !== undefined
    && performance.getEntriesByName('first-contentful-paint').length > 0);
  const { ladder, fcp, ready } = await page.evaluate(() => ({
    ladder: window.__ladderAt,
    ready: window.__readyAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
  }));
  const shown = Math.max(ladder, fcp);
  samples.ladder.push(shown);
  samples.fcp.push(fcp);
  samples.ready.push(ready);
  samples.ratio.push(shown / fcp);
  await context.close();
}
await browser.close();
server.close();

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const at = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const stats = (xs) => `median ${at(xs, 0.5).toFixed(1)} ms, p95 ${at(xs, 0.95).toFixed(1)} ms, min ${sorted(xs)[0].toFixed(1)}, max ${sorted(xs)[xs.length - 1].toFixed(1)}`;
console.log(`navigation → first contentful paint (${RUNS} cold loads): ${stats(samples.fcp)}`);
console.log(`navigation → ladder on screen (${RUNS} cold loads): ${stats(samples.ladder)}`);
console.log(`navigation → app ready (${RUNS} cold loads): ${stats(samples.ready)}`);
console.log(`ladder ÷ FCP: median ${at(samples.ratio, 0.5).toFixed(2)}×, max ${sorted(samples.ratio)[RUNS - 1].toFixed(2)}× (target ≤ 1.3×)`);
