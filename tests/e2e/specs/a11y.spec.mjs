// Accessibility in every state the app can be in: axe-core (WCAG 2.2 A/AA and best practices)
// finds no violation at the start, in an import preview, with imported segments, with
// scenarios, in presentation, on a phone, in dark mode and embedded.
import { test, expect } from '../fixtures.mjs';
import { violations } from '../axe.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

async function open(page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  // Every panel is built (the page builds the ones below the first screen a task each).
  await expect(page.getByText('Embed in a client portal')).toBeAttached();
}

test('the start: sample numbers, every panel', async ({ page }) => {
  await open(page);
  expect(await violations(page)).toEqual([]);
});

test('an import preview, with its column roles and warnings', async ({ page }) => {
  await open(page);
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('aggregate-with-totals.csv'));
  await expect(page.getByRole('region', { name: /Preview: nothing is changed until you apply/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('imported segments: the segment table, inversions, outliers and budget', async ({ page }) => {
  await open(page);
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('campaigns-inversion.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('region', { name: 'Cheap messages, expensive customers?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('scenarios: two scenarios, goal seek answered', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await expect(page.getByRole('table', { name: 'Baseline and scenarios side by side' })).toBeVisible();
  await page.getByLabel('of', { exact: true }).fill('150');
  await expect(page.getByText('Set close rate to 34% (now 29.8%).')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('errors: a bad number beside its field, a refused file, an unreachable goal', async ({ page }) => {
  await open(page);
  await page.getByLabel('of', { exact: true }).fill('20');
  await expect(page.getByText(/^Not reachable:/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Spend', exact: true }).fill('-50');
  await page.getByRole('textbox', { name: 'Replies', exact: true }).fill('lots');
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.locator('#spend-message')).toContainText('Can’t be negative');
  expect(await violations(page)).toEqual([]);
});

test('presentation mode', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the start on a phone', async ({ page }) => {
    await open(page);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the start and scenarios in dark mode', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Add scenario' }).click();
    expect(await violations(page)).toEqual([]);
  });
});

test('embedded, with an accent and only some sections', async ({ page }) => {
  await page.goto('./?embed=1&accent=0f4c5c&sections=inputs,diagnosis,metrics,scenarios');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('notices: a link copied, a cleared ladder with Undo, a shared link opened', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/Link copied/)).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link);
  await expect(page.getByText(/from a link, as a workspace of its own/)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
