// A freelancer on a phone, as they really arrive: a fresh visit with the sample on screen.
// The answer is on the first screen, the form one tap away, and the answer stays in sight
// while typing.
import { test, expect, field } from '../fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

const inFirstScreen = async (locator) => {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 844;
};

test('the verdict and the numbers that matter are on the first screen', async ({ page }) => {
  await page.goto('./');
  const verdict = page.getByText('Limiting step: qualification', { exact: true });
  await expect(verdict).toBeVisible();
  expect(await inFirstScreen(verdict)).toBe(true);
  expect(await inFirstScreen(page.getByRole('note').filter({ hasText: 'Example numbers' }))).toBe(true);
  expect(await inFirstScreen(page.getByText('Chats are cheap, but too few are a fit'))).toBe(true);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the form is one tap away and the answer stays in sight while typing', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Type or import your numbers ↓' }).click();
  const spend = field(page, 'Spend');
  await expect(spend).toBeInViewport();
  await spend.fill('2400');
  // 2,400 + 600 other cost over 14 customers = 214.29; 2,400 / 600 = 4.00 a message.
  const answer = page.locator('.live-answer');
  await expect(answer).toHaveText('Limiting step: qualification · CAC $214.29 · cost per message $4.00');
  await expect(answer).toBeInViewport();
});

test('the workspace bar takes two short lines, and the open workspace is named without noise', async ({ page }) => {
  await page.goto('./');
  const bar = page.getByRole('region', { name: 'Workspaces' });
  await expect(bar.getByLabel('Workspace')).toBeVisible();
  // Was 216 px (select, name field and the actions' summary on lines of their own).
  const box = await bar.boundingBox();
  expect(box.height).toBeLessThanOrEqual(90);
  // The open one is being changed now: its name alone, not "changed just now".
  await expect(bar.getByLabel('Workspace').locator('option')).toHaveText(['My workspace']);
  // Rename is behind the actions' summary, one tap away.
  await bar.getByText('Rename, new, duplicate, delete, backup').click();
  await bar.getByLabel('Name').fill('Acme Dental');
  await bar.getByLabel('Name').press('Enter');
  await expect(bar.getByLabel('Workspace').locator('option')).toHaveText(['Acme Dental']);
});

test('Clear leaves no imported choice behind', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Type or import your numbers ↓' }).click();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(new URL('../../fixtures/import/meta-october-campaigns.csv', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByLabel('Showing').locator('option').nth(1)).toHaveText('Imported: all 3 added up');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByLabel('Showing')).toBeHidden();
  await expect(page.locator('#source option')).toHaveText(['Typed numbers']);
});
