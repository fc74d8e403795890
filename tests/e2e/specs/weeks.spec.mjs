// A daily Meta export grouped by week, as a user picks it in the preview: each week is named by
// its days as the visitor's locale writes a range of dates, the same in a picker and inside a
// sentence ("Comparing Oct 12 – 18, 2026 with …"), with no "Week of" to capitalise or not.
import { test, expect } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

for (const [locale, upload, periods, grouping, apply, earlier, later, [first, second], sentence] of [
  ['en-US', 'Or upload an export (CSV or TSV)', 'Periods', 'By week (Mon–Sun)', 'Apply import', 'Earlier period', 'Later period',
    ['Oct 12 – 18, 2026', 'Oct 19 – 25, 2026'], 'Comparing Oct 12 – 18, 2026 with Oct 19 – 25, 2026.'],
  ['de-DE', 'Oder einen Export hochladen (CSV oder TSV)', 'Zeiträume', 'Nach Woche (Mo–So)', 'Import übernehmen', 'Früherer Zeitraum',
    'Späterer Zeitraum', ['12.–18.10.2026', '19.–25.10.2026'], 'Verglichen werden 12.–18.10.2026 und 19.–25.10.2026.'],
]) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });
    test(`three weeks of days, grouped by week, named by their days (${locale})`, async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('table').first()).toBeVisible();
      await page.getByLabel(upload).setInputFiles(fixture('meta-three-weeks-daily.csv'));
      await page.getByLabel(periods, { exact: true }).selectOption({ label: grouping });
      await page.getByRole('button', { name: apply }).click();
      // The last two weeks are compared (Monday to Sunday: Oct 12–18 and Oct 19–25, 2026).
      await expect(page.getByText(sentence, { exact: true })).toBeVisible();
      await expect(page.getByLabel(earlier, { exact: true }).locator('option:checked')).toHaveText(first);
      await expect(page.getByLabel(later, { exact: true }).locator('option:checked')).toHaveText(second);
    });
  });
}
