// Time to close (issue 26): six months of a Pipedrive deal export, uploaded through the
// visible control on a fresh visit (the sample on screen), shows how long deals take to be
// won, each month's close rate so far with November's projected rather than judged, when each
// month can be judged, the backtest and how it is computed; on a phone the rows are cards.
// The fixture comes from tests/fixtures/closing/generate.mjs, whose pattern gives the answers:
// 3 in 10 deals won after 5, 12 or 30 days, exported 2026-11-30.
import { test, expect } from '../fixtures.mjs';
import { tableProblems } from '../layout.mjs';

const six = new URL('../../fixtures/closing/pipedrive-six-months.csv', import.meta.url).pathname;

for (const [device, size] of [['laptop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`six months of deals: time to close, months judged and projected, on a ${device}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await expect(page.getByRole('table', { name: /The ladder/ })).toBeAttached();
    await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(six);
    const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
    const columns = preview.getByRole('table', { name: /How each column is read/ });
    await expect(columns.getByLabel('Role of column Deal - Won time')).toHaveValue('won-date');
    await expect(columns.getByLabel('Role of column Deal - Lost time')).toHaveValue('lost-date');
    await preview.getByRole('button', { name: 'Apply import' }).click();

    const panel = page.getByRole('region', { name: 'Time to close', exact: true });
    await expect(panel).toContainText('240 deals with dates, as of Nov 30, 2026.');
    await expect(panel).toContainText('Half of the deals that are won are won within 12 days of their start, and 90% within 30 days.');
    const table = panel.getByRole('table', { name: /Each month’s deals/ });
    await expect(table.getByRole('row')).toHaveCount(7);
    const june = table.getByRole('row', { name: /June 2026/ });
    await expect(june).toContainText('30% (final:');
    await expect(june).toContainText('Jul 30, 2026 (passed)');
    const november = table.getByRole('row', { name: /November 2026/ });
    // 7 of 40 won so far: 17.5%; judged only on 30 December (dates as the browser's locale
    // writes them); its final rate projected.
    await expect(november).toContainText('17.5%');
    await expect(november).toContainText('Dec 30, 2026');
    await expect(november).not.toContainText('passed');
    await expect(november).not.toContainText('final');
    await expect(panel.getByText(/^Projected from 30 days earlier, the close rates were off by [\d.]+ points on average/)).toBeVisible();
    await panel.getByText('How this is computed').click();
    await expect(panel.getByText(/chain ladder/)).toBeVisible();
    expect((await tableProblems(page)).problems).toEqual([]);
  });
}
