// The client report: printing gives the workspace's name, the diagnosis's headline with its
// evidence and actions, the funnel, the ladder and the summary, on one page; the same as
// Markdown for an email.
import fs from 'node:fs';
import { test, expect } from '../fixtures.mjs';

function pages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('printing gives a one-page report without inputs or buttons', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByRole('button', { name: 'Print report' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-head')).toBeVisible();
  await expect(page.locator('.report-head')).toContainText(/My workspace\s*Example numbers, made up · printed [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(page.getByText('Chats are cheap, but too few are a fit')).toBeVisible();
  await expect(page.getByText('78 of 390 replies qualified: 20% (95% range 16.3%–24.3%), below the 40% target.')).toBeVisible();
  await expect(page.locator('ul.actions').getByText('Say in the ad who the offer is for', { exact: false })).toBeVisible();
  await expect(page.locator('#summary')).toBeVisible();
  await expect(page.locator('figure.funnel')).toBeVisible();
  await expect(page.locator('#ladder')).toBeVisible();
  for (const hidden of ['Bring your data', 'Your numbers', 'Targets and settings', 'What if']) {
    await expect(page.getByRole('heading', { name: hidden })).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Copy summary' })).toBeHidden();
  for (const format of ['A4', 'Letter']) {
    expect(pages(await page.pdf({ format, printBackground: true })), format).toBe(1);
  }
  // In dark mode too the report prints dark on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(10, 17, 32)');
});

test('the report as Markdown for an email or Slack', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^## My workspace\n\n_Example numbers, made up · printed [A-Z][a-z]{2} \d{1,2}, \d{4}_\n\n\*\*Limiting step: qualification\*\*: Chats are cheap, but too few are a fit\n/);
  // 1,800 / 78 = $23.08 per qualified conversation; 78 / 390 = 20%.
  expect(md).toContain('| Qualified conversations | 78 | 20% | $23.08 |');
});

test('the funnel as SVG with its colours inline, and as a PNG twice its size on screen', async ({ page }) => {
  await page.goto('./');
  const funnel = page.locator('#funnel-chart svg');
  await expect(funnel).toBeVisible();
  const box = await funnel.boundingBox();
  const chart = page.getByRole('region', { name: 'Funnel' });
  let downloading = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download SVG' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-workspace-funnel-\d{4}-\d\d-\d\d\.svg$/);
  const svg = fs.readFileSync(await download.path(), 'utf8');
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toMatch(/style="[^"]*fill: ?rgb\(42, 127, 143\)/); // the bars' colour, written inline
  expect(svg).toContain('Conversations started · 600');
  expect(svg).not.toContain('class=');
  downloading = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download PNG' }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = fs.readFileSync(await download.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(box.width * 2), Math.round(box.height * 2)]);
});

test('the printed report carries the inversions and outliers of imported campaigns', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
  await page.goto('./');
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(new URL('../../fixtures/import/campaigns-inversion.csv', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('button', { name: 'Print report' }).click();
  await page.emulateMedia({ media: 'print' });
  const findings = page.locator('.report-findings');
  await expect(findings).toBeVisible();
  await expect(findings.getByRole('heading', { name: 'Cheap messages, expensive customers' })).toBeVisible();
  await expect(findings).toContainText('Summer promo – WhatsApp has the cheapest messages');
  await expect(findings.getByRole('heading', { name: 'Segments that really differ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary for a client email' })).toBeHidden();
});

test('the report and summary in the client’s language, the page staying in the writer’s', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The print dialog as the browser runs it: the page as printed, then `afterprint`.
  await page.addInitScript(() => {
    window.print = () => {
      window.printed = { lang: document.documentElement.lang, head: document.querySelector('.report-head')?.textContent ?? '' };
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.locator('#spend').fill('2000');
  await page.getByLabel('Write the report and summary in').selectOption('pt-BR');
  const summary = page.locator('#summary');
  await expect(summary).toHaveAttribute('lang', 'pt-BR');
  // 2,000 / 600 = $3.33 a conversation started, written with the page's numbers.
  await expect(summary).toContainText('O investimento de $2,000.00 em anúncios gerou 600');
  await expect(page.getByRole('button', { name: 'Load sample', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Copy summary' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await summary.textContent());
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('O investimento de $2,000.00');

  await page.getByRole('button', { name: 'Print report (pt-BR)' }).click();
  await expect.poll(() => page.evaluate(() => window.printed?.lang)).toBe('pt-BR');
  // Words in Portuguese; the date, like the money, as the browser's region (en-US) writes it.
  expect(await page.evaluate(() => window.printed.head)).toMatch(/ · impresso em [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  // After the print: the page in English again, the work as it was, the focus where it was.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Load sample', exact: true })).toBeVisible();
  await expect(page.locator('#spend')).toHaveValue('2000');
  await expect(page.locator('#print-report')).toBeFocused();
  // Kept with the workspace.
  await page.reload();
  await expect(page.getByLabel('Write the report and summary in')).toHaveValue('pt-BR');
  await expect(page.locator('#summary')).toContainText('O investimento de');
});
