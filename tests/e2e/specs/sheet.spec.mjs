// A conversation log kept in a spreadsheet (issue 26), uploaded through the visible control on
// a fresh visit after the ads of its two campaigns: its "Signed" and "Dropped" columns, named
// as no export names them, are read by their values as won and lost dates; its "Qualified at"
// and "Booked on" say how soon conversations reach those stages; and the campaigns' November,
// still closing, is counted at its projected customers and marked so. On a laptop and a phone.
// Fixtures from tests/fixtures/closing/generate.mjs (6 in 10 qualified 2 days in, 5 in 10
// booked 4 days in, 3 in 10 signed 7, 15 or 30 days in; as of 2026-11-30).
import { test, expect } from '../fixtures.mjs';
import { tableProblems } from '../layout.mjs';

const closing = (name) => new URL(`../../fixtures/closing/${name}`, import.meta.url).pathname;

for (const [device, size] of [['laptop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`a sheet-kept log joined with its campaigns: stage dates, won and lost by value, November projected, on a ${device}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await expect(page.getByRole('table', { name: /The ladder/ })).toBeAttached();
    const upload = page.getByLabel('Or upload an export (CSV or TSV)');
    await upload.setInputFiles(closing('meta-six-months-campaigns.csv'));
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(page.getByText('Imported 12 segments from meta-six-months-campaigns.csv.')).toBeVisible();
    await upload.setInputFiles(closing('sheet-six-months.csv'));
    const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
    const columns = preview.getByRole('table', { name: /How each column is read/ });
    await expect(columns.getByLabel('Role of column Signed')).toHaveValue('won-date');
    await expect(columns.getByLabel('Role of column Dropped')).toHaveValue('lost-date');
    await expect(columns.getByLabel('Role of column Qualified at')).toHaveValue('qualified-date');
    await expect(columns.getByLabel('Role of column Booked on')).toHaveValue('handoff-date');
    await preview.getByRole('button', { name: 'Apply import' }).click();

    const panel = page.getByRole('region', { name: 'Time to close', exact: true });
    await expect(panel).toContainText('360 deals with dates, as of Nov 30, 2026.');
    await expect(panel.getByRole('listitem').filter({ hasText: /^Qualified:/ })).toHaveText(
      'Qualified: half of the conversations that get there do so within 2 days of their start, and 90% within 2 days (212 of 360 so far).');
    await expect(panel.getByRole('listitem').filter({ hasText: /^Handed off or booked:/ })).toHaveText(
      'Handed off or booked: half of the conversations that get there do so within 4 days of their start, and 90% within 4 days (175 of 360 so far).');
    // The chart draws both stages beside the wins, and its legend names the lines.
    for (const name of ['Won', 'Qualified', 'Handed off or booked']) {
      await expect(panel.getByRole('listitem').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
    }
    await expect(panel.getByText('share of those that get there')).toBeVisible();

    // The segment table: November's CACs count customers still to come, marked and said.
    const segments = page.getByRole('table', { name: /Imported segments/ });
    const novemberRows = segments.getByRole('row').filter({ hasText: 'November 2026' });
    await expect(novemberRows).toHaveCount(2);
    for (const row of await novemberRows.all()) await expect(row).toContainText('projected');
    const october = segments.getByRole('row').filter({ hasText: 'October 2026' }).first();
    await expect(october).not.toContainText('projected');
    await expect(page.getByText(/^Still closing: the CAC of November 2026 counts the customers projected still to come, marked “projected” \(see Time to close\)\.$/).first()).toBeVisible();
    // The ranks too: both campaigns have a projected November in their CAC.
    const ranks = page.getByRole('table', { name: /Each segment’s rank by cost at each step/ });
    await expect(ranks.getByRole('row', { name: /Quotes – WhatsApp/ })).toContainText('projected');
    expect((await tableProblems(page)).problems).toEqual([]);
  });
}
