// Benchmark (not a test): Lighthouse 12.2.3 performance, mobile and desktop presets, on dist/
// served brotli-compressed on 127.0.0.1, in Debian's Chromium. RUNS per preset (default 3);
// the median run is printed, with its FCP, LCP, TBT, speed index and CLS. Lighthouse's
// mobile preset simulates a slow 4G network and a 4× slower CPU.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LIGHTHOUSE = fileURLToPath(new URL('../../../.ci/tools/lighthouse/node_modules/.bin/lighthouse', import.meta.url));
const OUT = '/tmp/messaging-ladder-lighthouse.json';

const server = await startServer(4176);
for (const preset of ['mobile', 'desktop']) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // Asynchronously: the server answering Lighthouse's Chromium runs in this process.
    await promisify(execFile)(LIGHTHOUSE, ['http://127.0.0.1:4176/app/', '--only-categories=performance', '--output=json',
      `--output-path=${OUT}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox',
      ...(preset === 'desktop' ? ['--preset=desktop'] : [])], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
    const report = JSON.parse(readFileSync(OUT, 'utf8'));
    const a = report.audits;
    runs.push({
      score: Math.round(report.categories.performance.score * 100),
      text: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index',
        'cumulative-layout-shift'].map((k) => `${k.split('-').map((w) => w[0].toUpperCase()).join('')} ${a[k].displayValue}`).join(', '),
    });
  }
  runs.sort((x, y) => x.score - y.score);
  const median = runs[Math.floor(runs.length / 2)];
  console.log(`Lighthouse ${preset}: performance ${median.score} (median of ${RUNS}: ${runs.map((r) => r.score).join(', ')}); ${median.text}`);
}
server.close();
