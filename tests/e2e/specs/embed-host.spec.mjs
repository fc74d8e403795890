// The embed on an ordinary static host: one that sends no Access-Control-Allow-Origin (most
// don't). A portal on another site frames it with the snippet's sandbox (allow-same-origin):
// it loads and keeps the visitor's work. Framed without allow-same-origin, its files are
// blocked, and the frame says what to change instead of "Loading" forever.
import http from 'node:http';
import { test, expect } from '@playwright/test';
import { startServer } from '../serve.mjs';

const SNIPPET_SANDBOX = 'allow-scripts allow-same-origin allow-downloads allow-popups';
let app;
let portal;

test.beforeAll(async () => {
  app = await startServer(0, { cors: false });
  portal = http.createServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Client portal</title></head><body>
<h1>Acme portal</h1>
<iframe id="ml" title="Messaging Ladder calculator" sandbox="${q.get('sandbox')}" allow="clipboard-write" style="width:100%;height:700px;border:0" src="${q.get('app')}"></iframe>
</body></html>`);
  });
  await new Promise((r) => portal.listen(0, '127.0.0.1', r));
});
test.afterAll(() => {
  app.close();
  portal.close();
});

// The portal on localhost and the calculator on 127.0.0.1 are two sites, as in real life;
// `host: '127.0.0.1'` puts the portal on another origin of the calculator's own site.
const portalUrl = (sandbox, host = 'localhost') => {
  const src = `http://127.0.0.1:${app.address().port}/app/index.html?embed=1`;
  return `http://${host}:${portal.address().port}/?sandbox=${encodeURIComponent(sandbox)}&app=${encodeURIComponent(src)}`;
};

test('the snippet’s frame loads from a host with no special headers', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(portalUrl(SNIPPET_SANDBOX));
  const frame = page.frameLocator('#ml');
  await frame.getByRole('textbox', { name: 'Spend', exact: true }).fill('4321');
  await expect(frame.getByRole('table', { name: /The ladder/ }).getByRole('row', { name: /^Cost per message/ })).toContainText('$7.20');
  // This browser blocks storage in frames of another site: the frame runs in memory and
  // says so once, with the ways to keep the work.
  await expect(frame.getByRole('status').filter({ hasText: 'Work in this frame isn’t kept after it closes' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('where the browser lets a frame keep storage, the work is there next visit', async ({ page }) => {
  await page.goto(portalUrl(SNIPPET_SANDBOX, '127.0.0.1'));
  const frame = page.frameLocator('#ml');
  await frame.getByRole('textbox', { name: 'Spend', exact: true }).fill('4321');
  await expect(frame.getByRole('status').filter({ hasText: 'isn’t kept' })).toHaveCount(0);
  await expect.poll(() => page.frames()[1].evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join())).toContain('4321');
  await page.reload();
  await expect(page.frameLocator('#ml').getByRole('textbox', { name: 'Spend', exact: true })).toHaveValue('4321');
});

test('a frame whose files are blocked says what to change instead of loading forever', async ({ page }) => {
  await page.goto(portalUrl('allow-scripts'));
  const frame = page.frameLocator('#ml');
  const alert = frame.getByRole('alert');
  await expect(alert).toContainText('The calculator couldn’t load here', { timeout: 10_000 });
  await expect(alert).toContainText('add allow-same-origin to the frame’s sandbox');
  await expect(alert.getByRole('link', { name: 'Open the calculator on its own page' })).toHaveAttribute('href', /index\.html\?embed=1/);
  await expect(frame.getByText('Loading the calculator…')).toHaveCount(0);
});

test('a link in the frame’s address is the host’s choice: it opens at once, every visit', async ({ page }) => {
  const { deflateRawSync, crc32 } = await import('node:zlib');
  const compressed = deflateRawSync(Buffer.from(JSON.stringify({ name: 'Acme Dental', currency: 'EUR', form: { spend: '1200', started: '400' } })));
  const link = `#ml1.${crc32(compressed).toString(16).padStart(8, '0')}.${compressed.toString('base64url')}`;
  const src = `http://127.0.0.1:${app.address().port}/app/index.html?embed=1${link}`;
  await page.goto(`http://localhost:${portal.address().port}/?sandbox=${encodeURIComponent(SNIPPET_SANDBOX)}&app=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#ml');
  await expect(frame.getByRole('table', { name: /The ladder/ }).getByRole('row', { name: /^Cost per message/ })).toContainText('€3.00');
  await expect(frame.getByRole('button', { name: 'Open shared workspace' })).toHaveCount(0);
  await expect(frame.getByText(/your saved work stays/)).toHaveCount(0);
});
