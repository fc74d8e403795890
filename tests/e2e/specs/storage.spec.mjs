// Work survives a reload, and storage that is blocked, full or corrupted never breaks the app
// or loses saved data.
import { test, expect, field, metricValue, savedText } from '../fixtures.mjs';

test('typed numbers and the currency survive a reload', async ({ page }) => {
  await page.goto('./');
  await field(page, 'Spend').fill('2400');
  await page.getByLabel('Currency').selectOption('GBP');
  await expect(metricValue(page, 'Cost per message')).toHaveText('£4.00');
  await expect.poll(() => savedText(page)).toContain('"spend":"2400"');
  await page.reload();
  await expect(field(page, 'Spend')).toHaveValue('2400');
  await expect(metricValue(page, 'Cost per message')).toHaveText('£4.00');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser only.' })).toBeVisible();
});

test('a change is saved at once when the page is hidden, even before the debounce', async ({ page }) => {
  await page.goto('./');
  await field(page, 'Replies').fill('300');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const stored = await savedText(page);
  expect(stored).toContain('"replies":"300"');
});

test('blocked storage runs in memory with a quiet notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto('./');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await expect(page.getByRole('status').filter({ hasText: 'blocks storage here' })).toBeVisible();
  await field(page, 'Spend').fill('1200');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.00');
});

test('full storage keeps changes in the tab and says so', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await field(page, 'Spend').fill('1500');
  await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.50');
});

test('corrupted saved data is kept under a backup key, not deleted', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('messaging-ladder:v1', '{"version":1,"workspace":'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'messaging-ladder:backup:1' })).toBeVisible();
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  expect(await page.evaluate(() => localStorage.getItem('messaging-ladder:backup:1'))).toBe('{"version":1,"workspace":');
});

test('data from a newer version is left untouched', async ({ page }) => {
  await page.goto('./');
  const future = '{"version":9,"workspace":{"tabs":[]}}';
  await page.evaluate((v) => localStorage.setItem('messaging-ladder:v1', v), future);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toBeVisible();
  await field(page, 'Spend').fill('999');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await page.evaluate(() => localStorage.getItem('messaging-ladder:v1'))).toBe(future);
  expect(await savedText(page)).toBe('', 'nothing written beside it');
});

test('work saved by an earlier version opens as the first workspace, and its save is left in place', async ({ page }) => {
  await page.goto('./');
  const old = '{"version":1,"workspace":{"currency":"EUR","form":{"spend":"1234","started":"617"}}}';
  await page.evaluate((v) => { localStorage.clear(); localStorage.setItem('messaging-ladder:v1', v); }, old);
  await page.reload();
  await expect(field(page, 'Spend')).toHaveValue('1234');
  await expect(metricValue(page, 'Cost per message')).toHaveText('€2.00');
  await expect(page.getByRole('region', { name: 'Workspaces' }).getByLabel('Name')).toHaveValue('My workspace');
  await expect.poll(() => savedText(page)).toContain('"spend":"1234"');
  expect(await page.evaluate(() => localStorage.getItem('messaging-ladder:v1'))).toBe(old);
});
