// One workspace per client: create, name, switch, delete with undo, back up and restore into a
// fresh browser; two tabs editing different fields both keep their edits; the CSV downloads
// hold the numbers a hand computation gives (tests/fixtures/export/).
import fs from 'node:fs';
import { test, expect, field, metricValue, drivesTheApp } from '../fixtures.mjs';

const expected = (name) => fs.readFileSync(new URL(`../../fixtures/export/${name}`, import.meta.url));

async function ready(page) {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
}

/** Waits for the debounced save to have written `text` into storage. */
async function saved(page, text) {
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('messaging-ladder:workspace:')).map((k) => localStorage.getItem(k)).join('\n'))).toContain(text);
}

test('workspaces: one per client, named, switched, deleted with undo, kept across a reload', async ({ page }) => {
  await ready(page);
  const bar = page.getByRole('region', { name: 'Workspaces' });
  await expect(bar.getByLabel('Name')).toHaveValue('My workspace');
  await field(page, 'Spend').fill('2400');
  await bar.getByText('Rename, new, duplicate, delete, backup').click();
  await bar.getByRole('button', { name: 'New' }).click();
  await expect(bar.getByLabel('Name')).toHaveValue('Workspace 2');
  await expect(field(page, 'Spend')).toHaveValue('');
  await bar.getByLabel('Name').fill('Acme Dental');
  await bar.getByLabel('Name').press('Enter');
  await field(page, 'Spend').fill('900');
  await field(page, 'Conversations started').fill('300');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  // The open one by its name; the others with when they were changed.
  await expect(bar.getByLabel('Workspace').locator('option')).toHaveText([/^My workspace · changed just now$/, /^Acme Dental$/]);
  await bar.getByLabel('Workspace').selectOption({ label: 'My workspace · changed just now' });
  await expect(bar.getByLabel('Workspace').locator('option')).toHaveText([/^My workspace$/, /^Acme Dental · changed just now$/]);
  await expect(field(page, 'Spend')).toHaveValue('2400');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Workspaces' }).getByLabel('Name')).toHaveValue('My workspace');
  await bar.getByLabel('Workspace').selectOption({ index: 1 });
  await expect(field(page, 'Spend')).toHaveValue('900');
  await bar.getByText('Rename, new, duplicate, delete, backup').click();
  await bar.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted “Acme Dental”.')).toBeVisible();
  await expect(bar.getByLabel('Workspace').locator('option')).toHaveCount(1);
  await expect(field(page, 'Spend')).toHaveValue('2400');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(bar.getByLabel('Name')).toHaveValue('Acme Dental');
  await expect(field(page, 'Spend')).toHaveValue('900');
});

test('two tabs editing different fields both keep their edits', async ({ page, context }) => {
  await ready(page);
  await field(page, 'Spend').fill('1800.5');
  await saved(page, '"spend":"1800.5"');
  const other = drivesTheApp(await context.newPage());
  await other.goto(page.url());
  await expect(field(other, 'Spend')).toHaveValue('1800.5');
  await field(page, 'Spend').fill('2000');
  await field(other, 'Replies').fill('400');
  await saved(page, '"replies":"400"');
  await saved(page, '"spend":"2000"');
  // Each tab shows the other's edit without a reload…
  await expect(field(page, 'Replies')).toHaveValue('400');
  await expect(field(other, 'Spend')).toHaveValue('2000');
  // …and both survive one.
  await page.reload();
  await expect(field(page, 'Spend')).toHaveValue('2000');
  await expect(field(page, 'Replies')).toHaveValue('400');
  await other.close();
});

test('a backup of every workspace restores beside the workspaces of a fresh browser', async ({ page, browser, baseURL }) => {
  await ready(page);
  const bar = page.getByRole('region', { name: 'Workspaces' });
  await bar.getByText('Rename, new, duplicate, delete, backup').click();
  await bar.getByRole('button', { name: 'New' }).click();
  await expect(bar.getByLabel('Name')).toHaveValue('Workspace 2');
  await bar.getByLabel('Name').fill('Bakery <b>Nord</b>');
  await bar.getByLabel('Name').press('Enter');
  await field(page, 'Spend').fill('640');
  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^messaging-ladder-backup-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(backup.format).toBe('messaging-ladder-backup');
  expect(backup.version).toBe(1);
  expect(backup.workspaces.map((w) => w.name)).toEqual(['My workspace', 'Bakery <b>Nord</b>']);

  const fresh = await browser.newContext({ baseURL });
  const page2 = drivesTheApp(await fresh.newPage());
  await ready(page2);
  const bar2 = page2.getByRole('region', { name: 'Workspaces' });
  await page2.getByLabel('Restore backup').setInputFiles(file);
  await expect(page2.getByText('This backup holds 2 workspaces: “My workspace” (changed just now), “Bakery <b>Nord</b>” (changed just now).')).toBeVisible();
  await page2.getByRole('button', { name: 'Add them' }).click();
  await expect(bar2.getByLabel('Workspace').locator('option')).toHaveCount(3);
  await bar2.getByLabel('Workspace').selectOption({ label: 'Bakery <b>Nord</b> · changed just now' });
  await expect(field(page2, 'Spend')).toHaveValue('640');
  // A file that isn't a backup says so and adds nothing.
  await page2.getByLabel('Restore backup').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(page2.getByRole('alert')).toContainText('This is not a Messaging Ladder backup');
  await expect(bar2.getByLabel('Workspace').locator('option')).toHaveCount(3);
  await fresh.close();
});

test('the ladder and segment CSVs hold the numbers worked by hand', async ({ page }) => {
  await ready(page);
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download ladder (CSV)' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-workspace-ladder-\d{4}-\d\d-\d\d\.csv$/);
  expect(fs.readFileSync(await download.path())).toEqual(expected('ladder-sample.csv'));
  // The segment test's two rows, sorted by spend as on screen.
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('');
  const text = 'Campaign,Reporting starts,Reporting ends,Spend,Conversations,Replies,Qualified,Handoffs,Customers,Revenue\n'
    + '"Summer, promo",2026-10-01,2026-10-31,620.05,1000,700,80,30,2,900\n=Retargeting,,,440,400,,,,,\n';
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('table', { name: /Imported segments/ }).getByRole('button', { name: 'Spend' }).click();
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download segments (CSV)' }).click();
  download = await downloading;
  expect(fs.readFileSync(await download.path()).toString()).toEqual(expected('segments.csv').toString());
});
