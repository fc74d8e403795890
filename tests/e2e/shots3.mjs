import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}/app/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
async function shoot(name, { width, height, dark = false }, steps) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(base);
  await page.waitForFunction(() => !document.getElementById('prerender'));
  await page.waitForTimeout(1200);
  if (steps) await steps(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await page.close();
}
await shoot('s-desk-top', { width: 1366, height: 768 });
await shoot('s-desk-whatif', { width: 1366, height: 900 }, async (p) => { await p.getByRole('button', { name: 'Add scenario' }).click(); await p.locator('#scenarios-heading').scrollIntoViewIfNeeded(); });
await shoot('s-phone-dark-bar', { width: 390, height: 844, dark: true }, async (p) => { await p.getByText('Rename, new, duplicate, delete, backup').click(); });
await shoot('s-phone-diag', { width: 390, height: 844 }, async (p) => { await p.locator('#step-verdicts').scrollIntoViewIfNeeded(); });
await shoot('s-desk-dark-levers', { width: 1366, height: 768, dark: true }, async (p) => { await p.locator('#levers').scrollIntoViewIfNeeded(); });
await browser.close(); server.close();
