// Every table on the page is drawn as a table, on a laptop and on a phone: its caption above
// its header, its rows under the header and as wide as it, no cell's text spilling out of the
// cell, and the table (or the box it scrolls in) inside its card. A stylesheet rule meant for
// something else once turned a table into a grid, and no other test noticed. On a phone the
// results tables are cards of labelled cells (each row a card under the caption, inside the
// table), and no table but the import preview's grid of columns scrolls sideways.
import { test, expect } from '../fixtures.mjs';
import { tableProblems } from '../layout.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

/** The sample with a scenario, imported segments, and an outcome log in preview. */
async function everyTableOnScreen(page) {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('aggregate-with-totals.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('table', { name: /Imported segments/ })).toBeVisible();
  await page.getByLabel('Amount').fill('10');
  await page.getByText('An earlier period, to see why CAC moved (optional)').click();
  for (const [label, value] of [['Spend', '1500'], ['Conversations started', '500'], ['Replies', '300'],
    ['Qualified conversations', '90'], ['Sales handoffs', '40'], ['Customers', '12']]) {
    await page.getByRole('textbox', { name: `${label} (earlier period)`, exact: true }).fill(value);
  }
  await expect(page.getByRole('table', { name: /What moved CAC/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('conversation-audit.tsv'));
  await expect(page.getByRole('table', { name: /Statuses/ })).toBeVisible();
}

const expected = [
  /Each step against its target/,
  /What a 10% improvement is worth/,
  /The ladder/,
  /Baseline and scenarios/,
  /Imported segments/,
  /Statuses/,
  /Segments to import/,
  /Each segment’s rank/,
  /What moved CAC/,
  /The account after the move/,
  /Each step rate’s change/,
];

for (const [device, size] of [['laptop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`every table is laid out as a table on a ${device}`, async ({ page }) => {
    await page.setViewportSize(size);
    await everyTableOnScreen(page);
    const { problems, checked } = await tableProblems(page);
    for (const name of expected) expect(checked.some((c) => name.test(c)), `${name} was checked`).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the check finds a table drawn as a grid', async ({ page }) => {
  await everyTableOnScreen(page);
  // The collision that once happened: a grid rule landing on a table.
  await page.evaluate(() => {
    const table = document.getElementById('levers');
    table.style.display = 'grid';
    table.style.gridTemplateColumns = 'repeat(3, 1fr)';
  });
  const { problems } = await tableProblems(page);
  expect(problems.some((p) => p.startsWith('What a 10% improvement is worth'))).toBe(true);
});
