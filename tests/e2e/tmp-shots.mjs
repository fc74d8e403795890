import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}/app/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const fx = (n) => `/work/main/tests/fixtures/closing/${n}`;
async function journey(name, files, { width, height, dark = false, locale = 'en-US' }, sections) {
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light', locale });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  await page.goto(base);
  await page.waitForFunction(() => !document.getElementById('prerender'));
  for (const f of files) {
    await page.locator('#file').setInputFiles(fx(f));
    await page.locator('.import-preview button.primary').click();
    await page.waitForTimeout(700);
  }
  await page.waitForTimeout(800);
  for (const [sel, shot] of sections) {
    const el = page.locator(sel).first();
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await el.screenshot({ path: `/tmp/shots/${name}-${shot}.png` });
  }
  await ctx.close();
}
const sheet = ['meta-six-months-campaigns.csv', 'sheet-six-months.csv'];
const hub = ['meta-six-months.csv', 'hubspot-six-months.csv'];
await journey('desk', sheet, { width: 1280, height: 900 }, [['section[aria-labelledby="closing-heading"]', 'closing'], ['section[aria-labelledby="segments-heading"]', 'segments'], ['section[aria-labelledby="inversions-heading"]', 'inversions']]);
await journey('phone', sheet, { width: 390, height: 844 }, [['section[aria-labelledby="segments-heading"]', 'segments'], ['section[aria-labelledby="closing-heading"]', 'closing']]);
await journey('dark', sheet, { width: 1280, height: 900, dark: true }, [['section[aria-labelledby="segments-heading"]', 'segments']]);
await journey('hub', hub, { width: 1280, height: 900 }, [['section.scenarios', 'scenarios']]);
await journey('hub-de', hub, { width: 1280, height: 900, locale: 'de-DE' }, [['section.scenarios', 'scenarios']]);
await journey('sheet-ar', sheet, { width: 390, height: 844, locale: 'ar-EG' }, [['section[aria-labelledby="closing-heading"]', 'closing'], ['section[aria-labelledby="segments-heading"]', 'segments']]);
await browser.close(); server.close();
