// Every table on the page is drawn as a table, on a laptop and on a phone: its caption above
// its header, its rows under the header and as wide as it, no cell's text spilling out of the
// cell, and the table (or the box it scrolls in) inside its card. A stylesheet rule meant for
// something else once turned a table into a grid, and no other test noticed. On a phone the
// results tables are cards of labelled cells (each row a card under the caption, inside the
// table), and no table but the import preview's grid of columns scrolls sideways.
import { test, expect } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

/** What is wrong with the layout of every visible table, as sentences naming the table. */
function tableProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const checked = [];
    for (const table of document.querySelectorAll('table')) {
      if (!table.checkVisibility()) continue;
      const name = table.querySelector('caption')?.textContent.trim() || table.id || table.className;
      checked.push(name);
      const box = (el) => el.getBoundingClientRect();
      const caption = table.querySelector('caption');
      const head = table.querySelector('thead');
      const rows = [...table.querySelectorAll('tbody tr')].filter((r) => r.checkVisibility());
      const stacked = rows.length > 0 && getComputedStyle(rows[0]).display === 'block';
      if (stacked) {
        const t = box(table);
        for (const row of rows) {
          const r = box(row);
          if (r.left < t.left - 1 || r.right > t.right + 1) problems.push(`${name}: card “${row.textContent.slice(0, 30)}” outside the table`);
          if (caption && r.top < box(caption).bottom - 1) problems.push(`${name}: card “${row.textContent.slice(0, 30)}” above the caption`);
        }
      } else if (caption && head) {
        const [c, h] = [box(caption), box(head)];
        if (c.bottom > h.top + 1) problems.push(`${name}: caption not above the header`);
        if (c.right <= h.left || c.left >= h.right) problems.push(`${name}: caption beside the header`);
      }
      if (head && !stacked) {
        const h = box(head);
        for (const row of rows) {
          const r = box(row);
          if (r.top < h.bottom - 1) problems.push(`${name}: row “${row.textContent.slice(0, 30)}” not under the header`);
          if (r.left > h.left + 1 || r.right < h.right - 1) problems.push(`${name}: row “${row.textContent.slice(0, 30)}” not as wide as the header`);
        }
      }
      for (const cell of table.querySelectorAll('th, td')) {
        if (cell.checkVisibility() && cell.scrollWidth > cell.clientWidth + 1) {
          problems.push(`${name}: cell “${cell.textContent.trim().slice(0, 30)}” overflows (${cell.scrollWidth} > ${cell.clientWidth})`);
        }
      }
      const scroller = table.closest('.table-scroll');
      if (scroller && !scroller.closest('.import-grid, .columns-grid') && !table.closest('.import-preview')
        && innerWidth < 600 && scroller.scrollWidth > scroller.clientWidth + 1) {
        problems.push(`${name}: scrolls sideways on a phone (${scroller.scrollWidth} > ${scroller.clientWidth})`);
      }
      const card = table.closest('section, form, .import');
      const outer = box(table.closest('.table-scroll') || table);
      if (card) {
        const c = box(card);
        if (outer.left < c.left - 1 || outer.right > c.right + 1) problems.push(`${name}: spills out of its card`);
      }
    }
    return { problems, checked };
  });
}

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
