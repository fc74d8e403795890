// A German browser (de-DE) whose user chose English words in the language menu: numbers
// are still typed with a decimal comma and dots between thousands everywhere, and read the
// same way by the form, the segment table, the scenario levers and goal seek (the words'
// language and the numbers' locale are apart). languages.spec.mjs opens it in German.
import { test, expect, field, metricValue } from '../fixtures.mjs';

test.use({ locale: 'de-DE' });

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;
const comparison = (page) => page.getByRole('table', { name: 'Baseline and scenarios side by side' });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('messaging-ladder-language', 'en'));
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

test('other cost typed as 1.500 is fifteen hundred in the ladder and in every segment', async ({ page }) => {
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('1.500');
  // (1.800 + 1.500) / 14 = 235,71.
  await expect(metricValue(page, 'CAC (all-in cost per customer)')).toHaveText(/^235,71\s\$$/);
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('aggregate-with-totals.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  const segments = page.getByRole('table', { name: /Imported segments/ });
  // 1.500 spread by spend (1.800,01 in all): Spring takes 1.028,74, so
  // (1.234,50 + 1.028,74) / 14 = 161,66; Summer takes 471,25, so (565,50 + 471,25) / 9 = 115,19.
  // (Read as 1,5 and added whole to each, Spring showed 88,29.)
  await expect(segments.getByRole('row', { name: /^Spring, big sale/ })).toContainText(/161,66\s\$/);
  await expect(segments.getByRole('row', { name: /^Summer/ })).toContainText(/115,19\s\$/);
  // The total is the account: (1.800,01 + 1.500) / 23 = 143,48.
  await expect(metricValue(page, 'CAC (all-in cost per customer)')).toHaveText(/^143,48\s\$$/);
});

test('goal seek and the lever fields read a decimal comma', async ({ page }) => {
  await page.getByLabel('of', { exact: true }).fill('150,5');
  // 2.400 / 150,5 = 15,95 customers = 47 handoffs × 33,9 % (it read 1505 before: 3,4 %).
  await expect(page.getByText(/^Set close rate to 33,9\s%/)).toBeVisible();
  await page.getByLabel('of', { exact: true }).fill('abc');
  await expect(page.getByText('Error: “abc” is not a number. Type digits only, for example 1200 or 1,200.50.')).toBeVisible();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  const scenario = page.getByRole('region', { name: 'Scenario: Scenario 1' });
  const reply = scenario.getByLabel('Reply rate', { exact: true });
  await expect(reply).toHaveValue('65,0');
  await reply.fill('70,5');
  await reply.press('Enter');
  await expect(comparison(page).getByRole('row', { name: /^Reply rate/ })).toContainText(/70,5\s%/);
  const spend = scenario.getByLabel('Spend', { exact: true });
  await spend.fill('1.800,50');
  await spend.press('Enter');
  await expect(spend).toHaveValue('1800,50');
  await spend.fill('12a');
  await spend.press('Enter');
  await expect(spend).toHaveAttribute('aria-invalid', 'true');
  await expect(scenario.getByText('Error: “12a” is not a number.', { exact: false })).toBeVisible();
});
