// CRM exports as HubSpot and Pipedrive write them, brought in the way a user does: a fresh
// visit with the sample on screen, the Meta export uploaded through the visible control and
// applied, then the deal export. The numbers that reach the ladder and the summary are the
// ads' conversations and the CRM's Paid Social deals, joined onto the total.
import { test, expect, metricValue, stageRow } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('note').filter({ hasText: 'Example numbers' })).toBeVisible();
  const upload = page.getByLabel('Or upload an export (CSV or TSV)');
  await upload.setInputFiles(fixture('meta-october-campaigns.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('Imported 3 segments from meta-october-campaigns.csv.')).toBeVisible();
  // The example is gone with the sample's numbers.
  await expect(page.getByRole('note').filter({ hasText: 'Example numbers' })).toHaveCount(0);
});

test('a HubSpot deal export joins the ad data’s total, Paid Social deals only', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('hubspot-deals-export.csv'));
  const choice = page.getByRole('group', { name: 'This is an outcome log, and ad data is already imported' });
  await expect(choice.getByRole('radio', { name: /Join it onto the ad data’s total: this file has no campaign column/ })).toBeChecked();
  await expect(choice.getByRole('radio', { name: /by campaign name/ })).toHaveCount(0);
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await expect(preview.getByText('Kept 17 of 24 rows, those whose “Original Traffic Source” is “Paid Social” (17)', { exact: false })).toBeVisible();
  const sources = preview.getByRole('group', { name: /Keep the rows from these sources/ });
  await expect(sources.getByRole('checkbox', { name: 'Paid Social (17)' })).toBeChecked();
  await expect(sources.getByRole('checkbox', { name: 'Organic Search (3)' })).not.toBeChecked();
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText(/Joined hubspot-deals-export\.csv onto the ad data’s total/)).toBeVisible();
  // 740 conversations from the ads (not 740 + 24); 5 customers from the 17 deals.
  await expect(stageRow(page, 'Conversations started')).toContainText('740');
  await expect(stageRow(page, 'Customers')).toContainText('5');
  // 2,396.80 / 5 = 479.36, with no sample cost added.
  await expect(metricValue(page, 'CAC (all-in cost per customer)')).toHaveText('$479.36');
  await expect(page.locator('#summary')).toContainText('740 conversations');
  await expect(page.locator('#summary')).not.toContainText('764');
  // The campaigns keep their own rows: no "All conversations" segment.
  const segments = page.getByRole('table', { name: /Imported segments/ });
  await expect(segments.getByRole('row')).toHaveCount(4);
  await expect(segments.getByText('All conversations')).toHaveCount(0);
});

test('a Pipedrive deal export counts won deals by status and the rest by stage', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('pipedrive-deals-export.csv'));
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  const columns = preview.getByRole('table', { name: /How each column is read/ });
  await expect(columns.getByLabel('Role of column Deal - Status')).toHaveValue('status');
  await expect(columns.getByLabel('Role of column Deal - Stage')).toHaveValue('stage');
  const stages = preview.getByRole('table', { name: /Pipeline stages: how far an open or lost deal got/ });
  await expect(stages.getByLabel('Stage reached by “Proposal Made”')).toHaveValue('handed-off');
  await expect(preview.getByText(/Statuses not recognised/)).toHaveCount(0);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  // 12 Paid social deals: 3 won, 7 reached handoff, 9 qualified, 12 replied.
  await expect(stageRow(page, 'Customers')).toContainText('3');
  await expect(stageRow(page, 'Sales handoffs')).toContainText('7');
  await expect(stageRow(page, 'Conversations started')).toContainText('740');
});

test('a log whose names match none of the ads’ waits for the user to say how', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'crm.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Campaign,Status\nspring_kitchens,Won\nspring_kitchens,Lost\nbrand_awareness,Won\n'),
  });
  const choice = page.getByRole('group', { name: 'This is an outcome log, and ad data is already imported' });
  await expect(choice.getByText(/None of this file’s names is a campaign in the ad data/)).toBeVisible();
  const names = choice.getByRole('table', { name: 'Names in this file and campaigns in the ad data' });
  await expect(names.getByRole('row').nth(1)).toHaveText('spring_kitchensKitchen remodel – WhatsApp');
  for (const radio of await choice.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  const apply = page.getByRole('button', { name: 'Apply import' });
  await expect(apply).toBeDisabled();
  await choice.getByRole('radio', { name: /onto the ad data’s total, ignoring its names/ }).check();
  await apply.click();
  await expect(stageRow(page, 'Customers')).toContainText('2');
  await expect(stageRow(page, 'Conversations started')).toContainText('740');
});
