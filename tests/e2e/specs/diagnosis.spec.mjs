// The diagnosis as a user meets it: the limiting step with its range and impact, presets and
// targets that change the verdict, data checks, and a summary to copy.
import { test, expect, field, savedText } from '../fixtures.mjs';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

function stepRow(page, name) {
  return page.getByRole('table', { name: /Each step against its target/ }).getByRole('row', { name: new RegExp(`^${name}`) });
}

test('the sample names qualification as the limiting step, with range and impact', async ({ page }) => {
  await expect(page.getByText('Limiting step: qualification', { exact: true })).toBeVisible();
  await expect(page.getByText('Chats are cheap, but too few are a fit')).toBeVisible();
  // The wording is the core's (tests/diagnosis_rules.rs): here one anchor sentence, and the
  // evidence as the page shows it, in the page's money.
  await expect(page.getByText('78 of 390 replies qualified: 20% (95% range 16.3%–24.3%), below the 40% target.')).toBeVisible();
  const evidence = page.locator('.evidence');
  await expect(evidence).toHaveCount(3);
  await expect(evidence.nth(1)).toContainText('$6,300.00');
  await expect(stepRow(page, 'Qualification rate')).toContainText('16.3%–24.3%');
  await expect(stepRow(page, 'Qualification rate')).toContainText('Below target');
  await expect(stepRow(page, 'Handoff rate')).toContainText('Can’t tell yet: about');
  // The four step rates are worth the same here (+1 customer, CAC $155.84): one row, not four.
  await expect(page.getByRole('table', { name: /What a 10% improvement is worth/ }).getByRole('rowheader')).toHaveText([
    'Cost per message 10% lower (same spend)',
    'Reply, qualification, handoff or close rate 10% higher',
    'Revenue per customer 10% higher',
  ]);
});

test('changing the business preset and a target changes the verdict and the text', async ({ page }) => {
  await page.getByLabel('Business type').selectOption({ label: 'Ecommerce with product questions' });
  await expect(page.getByText('No clear weak step', { exact: true })).toBeVisible();
  await expect(page.getByText('No step is clearly below target yet', { exact: true })).toBeVisible();
  await expect(field(page, 'Qualification rate target')).toHaveAttribute('placeholder', '20');
  await field(page, 'Qualification rate target').fill('30');
  await expect(page.getByText('Limiting step: qualification', { exact: true })).toBeVisible();
  await expect(page.getByText('78 of 390 replies qualified: 20% (95% range 16.3%–24.3%), below the 30% target.')).toBeVisible();
  await expect(page.getByText('Targets edited from the preset.')).toBeVisible();
  // The preset and the edit are saved.
  await expect.poll(() => savedText(page)).toContain('"qualification":"30"');
  await page.reload();
  await expect(page.getByLabel('Business type')).toHaveValue('ecommerce-questions');
  await expect(field(page, 'Qualification rate target')).toHaveValue('30');
  await expect(page.getByText('Limiting step: qualification', { exact: true })).toBeVisible();
});

test('a lead seller reads about accepted leads', async ({ page }) => {
  await page.getByLabel('Business type').selectOption({ label: 'Lead seller / affiliate' });
  await expect(page.getByText(/more accepted leads/).first()).toBeVisible();
});

test('a window shorter than the sales cycle makes late verdicts provisional', async ({ page }) => {
  await field(page, 'Reporting window').fill('7');
  await field(page, 'Typical sales cycle').fill('45');
  await expect(page.getByRole('list', { name: 'Data checks' })).toContainText(
    'Results may be immature: the 7-day reporting window is shorter than the 45-day sales cycle');
  await expect(stepRow(page, 'Close rate')).toContainText('(provisional)');
});

test('a rising cost per message is named before any verdict', async ({ page }) => {
  await field(page, 'Cost per message last period').fill('2.40');
  await expect(page.getByRole('list', { name: 'Data checks' })).toContainText(
    'Cost per message rose from $2.40 to $3.00 (+25%) since last period.');
});

test('a bad target is rejected beside its field and the preset is used meanwhile', async ({ page }) => {
  await field(page, 'Close rate target').fill('140');
  await expect(field(page, 'Close rate target')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#target-close-message')).toHaveText('Error: A target is a percentage above 0 and at most 100, such as 40.');
  await expect(stepRow(page, 'Close rate')).toContainText('30%');
});

test('copy summary puts a client-ready paragraph on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The sample is said to be an example wherever it goes, a client email too.
  expect(copied).toMatch(/^Example with made-up numbers: \$1,800\.00 in ad spend started 600 conversations at \$3\.00 each\. 390 replied \(65%\)/);
  expect(copied).toContain('The step holding results back is qualification: 20% against a 40% target');
});

test('thin data gets no verdict', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear' }).click();
  for (const [label, value] of [['Spend', '50'], ['Conversations started', '5'], ['Replies', '3'], ['Qualified conversations', '1'], ['Sales handoffs', '1'], ['Customers', '1']]) {
    await field(page, label).fill(value);
  }
  await expect(page.getByText('Not enough data to judge any step yet', { exact: true })).toBeVisible();
  await expect(stepRow(page, 'Reply rate')).toContainText('Not enough data (5 of 30 needed)');
});
