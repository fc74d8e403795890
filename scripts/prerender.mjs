// The first view, rendered at build time (called by scripts/post-build.mjs): serves the
// freshly built app, opens it in headless Chromium as a first visitor would (en-US, no saved
// work, no link), takes the page as it stands when its first screen is built and shown
// (before the panels below it, see src/web/later.rs) and writes it into
// index.html as `#prerender`, inert. A first visit then paints the form, the diagnosis and
// the ladder from HTML while the wasm loads; the app replaces it with the same markup on
// start. A small script in the head shows the plain "Loading" placeholder instead whenever
// the app would not draw that same view: saved work, a link or embed options, or a
// language other than US English.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/serve.mjs';

/** Where the first view goes, and the marker the gate and the app look for. */
const BOOT = /<div id="boot" class="boot">[\s\S]*?<\/div>/;

/** The app root's markup when the app says its first screen is shown. */
async function firstView(chromium, url) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      // The app says when its first screen is built and shown (src/web/mod.rs): take it then,
      // before the panels below it are built.
      document.addEventListener('messaging-ladder:ready', () => {
        const root = document.getElementById('app');
        // Typed values live in properties: write them into the markup.
        for (const input of root.querySelectorAll('input')) {
          if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
          else input.setAttribute('value', input.value);
        }
        for (const select of root.querySelectorAll('select')) {
          for (const option of select.options) option.toggleAttribute('selected', option.selected);
        }
        for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
        window.__firstView = root.innerHTML;
      });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstView !== undefined, null, { timeout: 20_000 });
    if (errors.length) throw new Error(`the app failed while prerendering: ${errors.join('; ')}`);
    return await page.evaluate(() => window.__firstView);
  } finally {
    await browser.close();
  }
}

/** The view cleaned for index.html: no scripts, and the report heading (it has today's date). */
function clean(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
    .replace(/<!---->/g, '')
    .replace(/<div class="report-head"[\s\S]*?<\/div>/, '');
}

export async function prerender(dir) {
  let chromium;
  try {
    ({ chromium } = await import('../tests/e2e/node_modules/@playwright/test/index.mjs'));
  } catch {
    console.warn('prerender: Playwright is not installed (cd tests/e2e && npm ci); index.html keeps its plain placeholder');
    return false;
  }
  // The staging folder, as `.ci/serve` serves dist/ (no twins yet: served plain).
  const server = await startServer(0, { dist: dir, prefix: '/' });
  try {
    const index = join(dir, 'index.html');
    const source = await readFile(index, 'utf8');
    if (!BOOT.test(source)) throw new Error('prerender: index.html has no #boot placeholder to replace');
    const view = clean(await firstView(chromium, `http://127.0.0.1:${server.address().port}/`));
    const boot = source.match(BOOT)[0].replace('class="boot"', 'class="boot fallback"');
    await writeFile(index, source.replace(BOOT, `${boot}\n    <div id="prerender" inert>${view}</div>`));
    return true;
  } finally {
    server.close();
  }
}
