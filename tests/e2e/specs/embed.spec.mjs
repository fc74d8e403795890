// Embedded in a client portal: a host page on another origin frames the app with
// sandbox="allow-scripts" (so its storage is blocked), gets "ready" and resize messages whose
// height is the frame document's, sets the theme by message, and the calculator works.
import http from 'node:http';
import { test, expect } from '@playwright/test';

let hostPort;

function hostPage(app) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Client portal</title></head><body>
<h1>Acme portal</h1>
<iframe id="ml" title="Messaging Ladder calculator" sandbox="allow-scripts allow-downloads" allow="clipboard-write" style="width:100%;height:400px;border:0" src="${app}"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => {
    if (e.source !== document.getElementById('ml').contentWindow) return;
    window.messages.push(e.data);
    if (e.data && e.data.type === 'messaging-ladder:resize') document.getElementById('ml').style.height = e.data.height + 'px';
  });
</script></body></html>`;
}

let server;
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const app = new URL(req.url, 'http://x').searchParams.get('app');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(app));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  hostPort = server.address().port;
});
test.afterAll(() => server.close());

test('a sandboxed frame on another origin: ready, resize, theme by message, and it works', async ({ page, baseURL }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const app = new URL('index.html?embed=1&theme=light&accent=ffcc00&sections=inputs,diagnosis,funnel,metrics,scenarios,spend', baseURL).href;
  await page.goto(`http://127.0.0.1:${hostPort}/?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator('#ml');
  await expect(frame.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.messages.some((m) => m.type === 'messaging-ladder:ready'))).toBe(true);
  // No page header, footer, workspace bar or sample button; the sections asked for only.
  await expect(frame.getByRole('button', { name: 'Load sample' })).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'Workspaces' })).toHaveCount(0);
  await expect(frame.getByRole('heading', { name: 'Bring your data' })).toHaveCount(0);
  await expect(frame.getByRole('heading', { name: 'Your numbers' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Stages' })).toHaveCount(0);
  // Storage is blocked in the sandbox: said once, with the ways to keep the work.
  await expect(frame.getByRole('status').filter({ hasText: 'Work in this frame isn’t kept after it closes' })).toBeVisible();
  // The accent is yellow: text on it is black, its text on white paper darkened to AA.
  const root = frame.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'light');
  expect(await root.evaluate((e) => getComputedStyle(e).getPropertyValue('--on-bar').trim())).toBe('#000000');
  // The frame's height follows its document.
  const frameEl = page.locator('#ml');
  await expect.poll(async () => {
    const last = await page.evaluate(() => window.messages.filter((m) => m.type === 'messaging-ladder:resize').at(-1)?.height);
    const doc = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    return last === doc && last > 400;
  }).toBe(true);
  expect(Math.round((await frameEl.boundingBox()).height)).toBe(await page.evaluate(() => window.messages.filter((m) => m.type === 'messaging-ladder:resize').at(-1).height));
  // Nothing posted carries the user's numbers.
  await frame.getByRole('textbox', { name: 'Spend', exact: true }).fill('4321');
  await expect(frame.getByRole('table', { name: /The ladder/ }).getByRole('row', { name: /^Cost per message/ })).toContainText('$7.20');
  const posted = JSON.stringify(await page.evaluate(() => window.messages));
  expect(posted).not.toContain('4321');
  expect(new Set(await page.evaluate(() => window.messages.map((m) => m.type)))).toEqual(new Set(['messaging-ladder:ready', 'messaging-ladder:resize']));
  // The host switches the theme; other messages are ignored.
  await page.evaluate(() => {
    const w = document.getElementById('ml').contentWindow;
    w.postMessage({ type: 'something-else', theme: 'light' }, '*');
    w.postMessage({ type: 'messaging-ladder:theme', theme: 'dark' }, '*');
  });
  await expect(root).toHaveAttribute('data-theme', 'dark');
  const bg = await frame.locator('body').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--paper').trim());
  expect(bg).toBe('#111a2b');
  // The host switches the language too: the frame speaks it in place.
  await page.evaluate(() => document.getElementById('ml').contentWindow.postMessage({ type: 'messaging-ladder:language', lang: 'es' }, '*'));
  await expect(root).toHaveAttribute('lang', 'es');
  await expect(frame.getByRole('button', { name: 'Borrar', exact: true })).toBeVisible();
  // Storage is blocked here: the work typed before the switch is still on the page.
  await expect(frame.locator('#spend')).toHaveValue('4321');
  expect(errors).toEqual([]);
});

test('the Embed dialog builds the snippet with the options chosen', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Embed in a client portal').click();
  await page.getByLabel('Theme', { exact: true }).selectOption('dark');
  await page.getByLabel('Accent colour (hex)').fill('0f4c5c');
  const snippet = page.getByLabel('Paste this into the portal page');
  await expect(snippet).toHaveValue(/^<iframe id="messaging-ladder" src="http:\/\/127\.0\.0\.1:\d+\/app\/\?embed=1&amp;theme=dark&amp;accent=0f4c5c" title="Click-to-message ads calculator" sandbox="allow-scripts allow-same-origin allow-downloads allow-popups" allow="clipboard-write"/);
  await page.getByLabel('Accent colour (hex)').fill('nope');
  await expect(page.getByText('Six hex digits, such as 0f4c5c.')).toBeVisible();
});

test('in the sandboxed frame a file still imports (read on the page when no worker may start)', async ({ page, baseURL }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new URL('index.html?embed=1&sections=import,metrics', baseURL).href;
  await page.goto(`http://127.0.0.1:${hostPort}/?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator('#ml');
  await expect(frame.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await frame.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'june.csv', mimeType: 'text/csv', buffer: Buffer.from('Campaign,Spend,Conversations\nA,300,100\nB,200,100\n'),
  });
  await frame.getByRole('button', { name: 'Apply import' }).click();
  // 500 spent on 200 conversations: 2.50 each.
  await expect(frame.getByRole('table', { name: /The ladder/ }).getByRole('row', { name: /^Cost per message/ })).toContainText('$2.50');
  expect(errors).toEqual([]);
});

test('white label: a portal shows no app name unless it asks, and a download says where to look', async ({ page, baseURL }) => {
  const app = new URL('index.html?embed=1', baseURL).href;
  await page.goto(`http://127.0.0.1:${hostPort}/?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator('#ml');
  await expect(frame.getByRole('table', { name: /The ladder/ })).toBeVisible();
  // Nothing on screen names the app; the frame's title and hidden heading say what it is.
  expect(await frame.locator('body').innerText()).not.toContain('Messaging Ladder');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Click-to-message ads calculator');
  expect(await page.frames()[1].title()).toBe('Click-to-message ads calculator');
  // This frame's sandbox has allow-downloads, but the app can't know: after a download it
  // says what to do if nothing arrived (a frame without allow-downloads drops it silently).
  await frame.getByRole('button', { name: 'Download ladder (CSV)' }).click();
  await expect(frame.getByRole('status').filter({ hasText: /^Downloading “my-workspace-ladder-.*\.csv”\. If no file appears/ })).toBeVisible();
});

test('white label: brand= names the calculator as the host wants', async ({ page, baseURL }) => {
  const app = new URL('index.html?embed=1&brand=Acme%20Agency%20%C2%B7%20Funnel%20check', baseURL).href;
  await page.goto(`http://127.0.0.1:${hostPort}/?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator('#ml');
  await expect(frame.getByRole('heading', { level: 1, name: 'Acme Agency · Funnel check' })).toBeVisible();
  expect(await page.frames()[1].title()).toBe('Acme Agency · Funnel check');
  await page.goto(`http://127.0.0.1:${hostPort}/?app=${encodeURIComponent(new URL('index.html?embed=1&brand=1', baseURL).href)}`);
  await expect(page.frameLocator('#ml').getByRole('heading', { level: 1, name: 'Messaging Ladder' })).toBeVisible();
});
