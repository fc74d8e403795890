// Share links carry a workspace, and the sender's name for it, in the address fragment.
// Opening one adds it as a workspace of its own (what was open stays as it was) and the
// recipient never sees the sample first; a damaged or hostile link changes nothing and runs
// nothing. Presentation mode for screen shares.
import { deflateRawSync, crc32 } from 'node:zlib';
import { test, expect, field, metricValue, savedText, drivesTheApp } from '../fixtures.mjs';

/** A link in the app's format (#ml1.<crc32>.<base64url raw deflate of JSON>), for hostile cases. */
function pack(json) {
  const compressed = deflateRawSync(Buffer.from(json));
  return `#ml1.${crc32(compressed).toString(16).padStart(8, '0')}.${compressed.toString('base64url')}`;
}

test('copy a link, open it in a fresh browser, see the same numbers', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await field(page, 'Spend').fill('2400');
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Scenario name').fill('Better close');
  await page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await expect(page.getByText(/Link copied\. It carries these numbers inside the address; nothing is uploaded\./)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/app\/#ml1\.[0-9a-f]{8}\./);
  expect(new URL(link).search).toBe('');

  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = drivesTheApp(await fresh.newPage());
  const errors = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(link);
  // The link's numbers at once, under the sender's name for them: never the sample first.
  // A first visit has only the untouched example, which the link takes the place of.
  await expect(metricValue(other, 'Cost per message')).toHaveText('$4.00');
  await expect(other.getByRole('note').filter({ hasText: 'Example numbers' })).toHaveCount(0);
  await expect(other.getByText('Opened “My workspace” from a link, as a workspace of its own.')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Scenario: Better close' })).toBeVisible();
  await expect(other.getByLabel('Workspace', { exact: true }).locator('option')).toHaveText([/^My workspace/]);
  expect(new URL(other.url()).hash).toBe('');
  await other.reload();
  await expect(metricValue(other, 'Cost per message')).toHaveText('$4.00');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link opens beside the recipient’s own workspace, which stays as it was', async ({ page, baseURL }) => {
  await page.goto('./');
  await page.getByText('Rename, new, duplicate, delete, backup').click();
  await page.getByLabel('Name', { exact: true }).fill('Acme Dental');
  await field(page, 'Spend').fill('999');
  await expect.poll(() => savedText(page)).toContain('"spend":"999"');
  const link = pack(JSON.stringify({ name: 'Bright Smiles', currency: 'EUR', form: { spend: '1200', started: '400' } }));
  await page.goto(`./${link}`);
  await expect(page.getByText('Opened “Bright Smiles” from a link')).toBeVisible();
  await expect(metricValue(page, 'Cost per message')).toHaveText('€3.00');
  await expect(page.getByLabel('Workspace', { exact: true }).locator('option')).toHaveText([/^Acme Dental/, /^Bright Smiles/]);
  await page.getByLabel('Workspace', { exact: true }).selectOption({ label: (await page.getByLabel('Workspace', { exact: true }).locator('option').first().textContent()) });
  await expect(field(page, 'Spend')).toHaveValue('999');
});

test('a tampered link is refused and changes nothing', async ({ page }) => {
  await page.goto('./');
  await field(page, 'Spend').fill('999');
  await expect.poll(() => savedText(page)).toContain('"spend":"999"');
  const good = pack(JSON.stringify({ currency: 'EUR', form: { spend: '1' } }));
  const tampered = good.slice(0, -3) + (good.endsWith('AAA') ? 'BBB' : 'AAA');
  await page.goto(`./${tampered}`);
  await expect(page.getByRole('alert')).toContainText('This link is damaged or cut short');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(field(page, 'Spend')).toHaveValue('999');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('markup in a shared name is shown as text and never runs', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const hostile = pack(JSON.stringify({
    form: { spend: '100', started: '50', replies: '40', qualified: '20', handoffs: '10', customers: '5' },
    scenarios: [{ name: '<img src=x onerror=alert(1)>', overrides: [['close-rate', 9]] }],
  }));
  await page.goto(`./${hostile}`);
  await expect(page.getByRole('table', { name: 'Baseline and scenarios side by side' }).getByRole('columnheader', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // An out-of-range close rate (900%) is clamped to 100%.
  await expect(page.getByLabel('Close rate', { exact: true })).toHaveValue('100.0');
  expect(dialogs).toEqual([]);
});

test('a link from a newer version says so', async ({ page }) => {
  await page.goto('./#ml7.00000000.AAAA');
  await expect(page.getByRole('alert')).toContainText('This link was made by a newer version of Messaging Ladder (format 7).');
});

test('presentation mode hides data entry and comes back', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('heading', { name: 'Your numbers' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Chats are cheap, but too few are a fit', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.getByRole('heading', { name: 'Your numbers' })).toBeVisible();
});
