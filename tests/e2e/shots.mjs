import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}/app/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const fx = (n) => `/work/main/tests/fixtures/import/${n}`;
async function shoot(name, { width, height, dark = false, full = false }, steps) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(base);
  await page.waitForFunction(() => !document.getElementById('prerender'));
  await page.waitForTimeout(600);
  if (steps) await steps(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full });
  await page.close();
}
const crm = async (page, file) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fx('meta-october-campaigns.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fx(file));
  await page.waitForTimeout(500);
};
await shoot('phone-first', { width: 390, height: 844 });
await shoot('phone-first-dark', { width: 390, height: 844, dark: true });
await shoot('phone-typing', { width: 390, height: 844 }, async (p) => { await p.getByRole('link', { name: 'Type or import your numbers ↓' }).click(); await p.getByRole('textbox', { name: 'Spend', exact: true }).fill('2400'); });
await shoot('desktop-first', { width: 1366, height: 768 });
await shoot('desktop-hubspot-preview', { width: 1366, height: 900, full: true }, (p) => crm(p, 'hubspot-deals-export.csv'));
await shoot('phone-pipedrive-preview', { width: 390, height: 844, full: true }, (p) => crm(p, 'pipedrive-deals-export.csv'));
await shoot('desktop-hubspot-applied-dark', { width: 1366, height: 900, dark: true }, async (p) => { await crm(p, 'hubspot-deals-export.csv'); await p.getByRole('button', { name: 'Apply import' }).click(); await p.evaluate(() => scrollTo(0, 0)); });
await shoot('phone-segments', { width: 390, height: 844, full: true }, async (p) => { await p.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fx('campaigns-inversion.csv')); await p.getByRole('button', { name: 'Apply import' }).click(); await p.waitForTimeout(800); await p.evaluate(() => scrollTo(0, document.body.scrollHeight)); await p.waitForTimeout(800);});
await shoot('desktop-doubt', { width: 1366, height: 768 }, async (p) => { await p.getByRole('textbox', { name: 'Spend', exact: true }).fill('1.200'); });
await browser.close(); server.close();
