// Importing as a user does it: paste cells or upload an export, read the preview, adjust a
// column, apply, and compare segments. A failed import changes nothing.
import { readFileSync } from 'node:fs';
import { test, expect, field, metricValue, savedText, typeOtherCost } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

test('upload an export, adjust a column, apply, and compare segments', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('aggregate-with-totals.csv'));
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await expect(preview.getByText('A table of 4 rows with spend and stage counts, as 3 segments.')).toBeVisible();
  await expect(preview.getByText('Line 5 is a totals row: left out so nothing is counted twice.')).toBeVisible();
  // Nothing changes until Apply: the ladder still shows the sample.
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  // Revenue is ignored on request, and the preview follows.
  await preview.getByLabel('Role of column Revenue').selectOption({ label: 'Ignore' });
  await expect(preview.getByRole('table', { name: /Segments to import/ }).getByRole('row', { name: /^Brand/ })).toContainText('—');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('Imported 3 segments from aggregate-with-totals.csv. The ladder now shows their total.')).toBeVisible();
  // Total: 1,800.01 over 801 conversations = 2.247… per message.
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.25');
  await expect(metricValue(page, 'ROAS')).toHaveText('—enter Revenue');
  const segments = page.getByRole('table', { name: /Imported segments/ });
  await expect(segments.getByRole('row')).toHaveCount(4);
  // No segment has a period: no column of dashes for one, nor a "Period —" line in each
  // segment's card on a phone.
  await expect(segments.getByRole('columnheader', { name: 'Period' })).toBeHidden();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(segments.getByRole('columnheader', { name: 'Period' })).toBeHidden();
  await expect(segments.locator('td[data-label="Period"]').first()).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 720 });
  // The import replaced the sample whole: none of its numbers reach the imported data.
  await page.getByText('More inputs (optional)').click();
  await expect(field(page, 'Other acquisition cost')).toHaveValue('');
  await expect(page.getByText('Example numbers')).toHaveCount(0);
  // The agency's own other cost, typed now, is used and said so.
  await typeOtherCost(page, '600');
  await expect(page.getByText('Of these numbers only the other acquisition cost ($600.00) is used')).toBeVisible();
  await segments.getByRole('button', { name: 'CAC (all-in cost per customer)' }).click();
  // CAC with the other cost of 600 spread by share of spend (1,800.01 in all):
  // Summer takes 600 × 565.50 / 1,800.01 = 188.50, so (565.50 + 188.50) / 9 = 83.78;
  // Spring takes 411.50, so (1,234.50 + 411.50) / 14 = 117.57; Brand has no customers and
  // goes last. (Each took the whole 600 before: 129.50 and 131.04.)
  await expect(segments.getByRole('row').nth(1)).toContainText('Summer "hot" deals');
  await expect(segments.getByRole('row').nth(1)).toContainText('$83.78');
  await expect(segments.getByRole('row').nth(2)).toContainText('$117.57');
  await expect(segments.getByRole('row').nth(3)).toContainText('Brand');
  await expect(page.getByText(/spread across the segments by their share of spend/)).toBeVisible();
  await segments.getByRole('button', { name: 'Spring, big sale' }).click();
  await expect(page.getByLabel('Showing')).toHaveValue('segment-0');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.06');
  // Imported work survives a reload.
  await expect.poll(() => savedText(page)).toContain('Spring, big sale');
  await page.reload();
  await expect(page.getByLabel('Showing')).toHaveValue('segment-0');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.06');
});

test('a workbook renamed .csv is refused and nothing changes', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'report.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('report.csv: This is an Excel workbook (.xlsx), not a CSV file');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await expect(page.getByLabel('Showing')).toBeHidden();
});

test('a bad cell is named by file, line and column', async ({ page }) => {
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from('Campaign,Spend,Conversations\nA,100,10\nB,n/a,4\n'),
  });
  await expect(page.getByRole('alert')).toContainText('spend.csv, line 3, column 2 (“Spend”): “n/a” is not a number.');
});

test('paste a row of numbers from a sheet and see which number went where', async ({ page }) => {
  await page.getByLabel('Paste cells from a spreadsheet').fill('900\t300\t210\t60\t30\t6\t3000');
  await page.getByRole('button', { name: 'Preview pasted cells' }).click();
  const preview = page.getByRole('region', { name: /Preview/ });
  await expect(preview.getByText(/Numbers without labels, read in ladder order: Spend, Conversations started/)).toBeVisible();
  await expect(preview.getByLabel('Role of column Column 2')).toHaveValue('started');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await expect(metricValue(page, 'CPA (cost per customer)')).toHaveText('$150.00');
});

test('a conversation log from another encoding imports with its statuses', async ({ page }) => {
  const text = readFileSync(fixture('conversation-audit.tsv'), 'utf8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({ name: 'audit.txt', mimeType: 'text/plain', buffer: utf16 });
  const preview = page.getByRole('region', { name: /Preview/ });
  await expect(preview.getByText(/read as UTF-16 LE/)).toBeVisible();
  await expect(preview.getByText(/Statuses not recognised.*“waiting on price” \(1 row\)/)).toBeVisible();
  // The status table scrolls inside its card rather than spilling out of the narrow column.
  const card = page.locator('section.inputs').filter({ has: preview });
  expect(await card.evaluate((c) => c.scrollWidth - c.clientWidth)).toBe(0);
  await preview.getByLabel('Stage reached by “waiting on price”').selectOption({ label: 'Qualified conversations' });
  await expect(preview.getByText(/Statuses not recognised/)).toBeHidden();
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('table', { name: /Imported segments/ }).getByRole('row')).toHaveCount(3);
});

test('an outcome log joins onto the ad export by campaign name', async ({ page }) => {
  const upload = page.getByLabel('Or upload an export (CSV or TSV)');
  await upload.setInputFiles({
    name: 'meta.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Campaign name,Amount spent (USD),Messaging conversations started\nQuotes A,300.00,100\nQuotes B,200.00,80\nBrand,50.00,20\n'),
  });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await upload.setInputFiles(fixture('conversation-audit.tsv'));
  const choice = page.getByRole('group', { name: 'This is an outcome log, and ad data is already imported' });
  await expect(choice.getByText('2 of 2 names match the ad data.')).toBeVisible();
  await expect(choice.getByText('No outcomes for: “Brand”.')).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText(/Joined conversation-audit.tsv onto the ad data: 2 of 2 names matched\. The ladder/)).toBeVisible();
  await page.getByRole('table', { name: /Imported segments/ }).getByRole('button', { name: 'Quotes A' }).click();
  // Quotes A: 300 spend over 100 conversations; 2 qualified from the log: 150 each.
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await expect(metricValue(page, 'Cost per qualified conversation')).toHaveText('$150.00');
});

test('a corrected mapping is offered again for a file with the same columns', async ({ page }) => {
  const upload = page.getByLabel('Or upload an export (CSV or TSV)');
  await upload.setInputFiles({ name: 'june.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Budget,Chats\nA,15,10\n') });
  await page.getByLabel('Role of column Budget').selectOption({ label: 'Spend' });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await upload.setInputFiles({ name: 'july.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Budget,Chats\nB,30,12\n') });
  await expect(page.getByText('Using the column choices you made last time for files with these columns.')).toBeVisible();
  await expect(page.getByLabel('Role of column Budget')).toHaveValue('spend');
});

test('a long segment table shows 50 rows at a time', async ({ page }) => {
  const rows = Array.from({ length: 60 }, (_, i) => `Campaign ${i + 1},${(i + 1) * 10},${(i + 1) * 4}`).join('\n');
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(`Campaign,Spend,Conversations\n${rows}\n`),
  });
  await page.getByRole('button', { name: 'Apply import' }).click();
  const table = page.getByRole('table', { name: /Imported segments/ });
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(page.getByText('Showing 50 of 60 segments in this order.')).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(table.getByRole('row')).toHaveCount(61);
});

test('typed numbers say when the ladder shows imported data, and can take over again', async ({ page }) => {
  await page.getByLabel('Paste cells from a spreadsheet').fill('900\t300\t210\t60\t30\t6\t3000');
  await page.getByRole('button', { name: 'Preview pasted cells' }).click();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('The ladder shows imported data, so these numbers are not used right now.')).toBeVisible();
  await page.getByRole('button', { name: 'Use typed numbers' }).click();
  await expect(page.getByLabel('Showing')).toHaveValue('typed');
  // The import replaced the sample whole: the typed numbers are the user's to type.
  await expect(field(page, 'Spend')).toHaveValue('');
  await field(page, 'Spend').fill('1800');
  await field(page, 'Customers').fill('14');
  await expect(metricValue(page, 'CPA (cost per customer)')).toHaveText('$128.57');
  await expect(page.getByText('The ladder shows imported data')).toBeHidden();
});

test('a French Meta export reads as a table of its columns and imports in euros', async ({ page }) => {
  // Semicolons, decimal commas, French headers; the reach row is left out with its 15,00.
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('meta-languages/fr.csv'));
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  const columns = preview.getByRole('table', { name: /How each column is read/ });
  // A column per file column, its role on top, its first rows under it.
  await expect(columns.getByRole('columnheader', { name: 'Montant dépensé (EUR)' })).toBeVisible();
  await expect(columns.getByLabel('Role of column Montant dépensé (EUR)')).toHaveValue('spend');
  await expect(columns.getByLabel('Role of column Indicateur de résultats')).toHaveValue('result-indicator');
  await expect(columns.getByLabel('Role of column Coût par résultat')).toHaveValue('ignore');
  await expect(columns.getByLabel('Decimal separator of column Montant dépensé (EUR)')).toHaveValue('comma');
  await expect(columns.getByRole('row', { name: /^Row 1/ })).toContainText('WhatsApp – quotes');
  await expect(preview.getByText('1 row of other results (reach), EUR 15.00 spent, left out: only rows of messaging conversations count, with the spend on them.')).toBeVisible();
  // The preview's money is in the file's currency.
  await expect(preview.getByRole('table', { name: /Segments to import: 1/ }).getByRole('row', { name: /^WhatsApp – quotes/ })).toContainText('€30.00');
  // The table scrolls sideways inside its card rather than widening the page.
  const region = preview.getByRole('region', { name: 'Columns of the file table' });
  const [scroll, client] = await region.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll).toBeGreaterThan(client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  // 30,00 over 12 conversations.
  await expect(metricValue(page, 'Cost per message')).toHaveText('€2.50');
});
