// The calculator as a user meets it: the sample on first open, typing by label, errors beside
// the field, formulas on demand, clear/undo, and a layout that fits a phone.
import { test, expect, field, metricValue, stageRow } from '../fixtures.mjs';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

test('first open shows the sample ladder with every metric to the cent', async ({ page }) => {
  await expect(field(page, 'Spend')).toHaveValue('1800');
  const expected = {
    'Cost per message': '$3.00',
    'Reply rate': '65%',
    'Qualification rate': '20%',
    'Cost per qualified conversation': '$23.08',
    'Handoff rate': '60.3%',
    'Cost per sales handoff': '$38.30',
    'Close rate': '29.8%',
    'CPA (cost per customer)': '$128.57',
    'CAC (all-in cost per customer)': '$171.43',
    'Revenue per conversation': '$10.50',
    'ROAS': '3.5×',
    'Average revenue per customer': '$450.00',
    'CPM (cost per 1,000 impressions)': '$21.43',
    'CTR (link click-through rate)': '1.5%',
    'Cost per link click': '$1.43',
    'Click-to-conversation rate': '47.6%',
  };
  for (const [name, value] of Object.entries(expected)) {
    await expect(metricValue(page, name), name).toHaveText(value);
  }
  await expect(stageRow(page, 'Qualified conversations')).toContainText('78');
  await expect(stageRow(page, 'Qualified conversations')).toContainText('13%');
  await expect(page.getByText('Limiting step: qualification', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Funnel: Conversations started 600, Replies 390/ })).toBeVisible();
});

test('typing by label updates the ladder; a missing stage says why', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(metricValue(page, 'Cost per message')).toHaveText('—enter Conversations started');
  await field(page, 'Spend').fill('1,000');
  await field(page, 'Conversations started').fill('250');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$4.00');
  await expect(metricValue(page, 'CPA (cost per customer)')).toHaveText('—enter Customers');
  await field(page, 'Customers').fill('0');
  await expect(metricValue(page, 'CPA (cost per customer)')).toHaveText('—no customers yet');
  await field(page, 'Customers').fill('8');
  await expect(metricValue(page, 'CPA (cost per customer)')).toHaveText('$125.00');
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|∞/);
});

test('bad input is rejected beside its field and the rest of the ladder stays usable', async ({ page }) => {
  const spend = field(page, 'Spend');
  await spend.fill('-50');
  await expect(spend).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#spend-message')).toHaveText('Error: Can’t be negative. Type 0 or a positive number.');
  await expect(metricValue(page, 'Cost per message')).toHaveText('—fix Spend above');
  await expect(metricValue(page, 'Reply rate')).toHaveText('65%');
  await field(page, 'Replies').fill('lots');
  await expect(page.locator('#replies-message')).toContainText('“lots” is not a number');
  await spend.fill('1800');
  await expect(spend).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#spend-message')).toBeEmpty();
});

test('a later stage larger than an earlier one is accepted but flagged', async ({ page }) => {
  await field(page, 'Qualified conversations').fill('400');
  await expect(page.locator('#qualified-message')).toContainText('Larger than Replies (400 > 390)');
  await expect(stageRow(page, 'Qualified conversations')).toContainText('⚠ more than replies');
  await expect(page.getByText(/Counts look inconsistent: qualified conversations \(400\) is larger than replies \(390\)/)).toBeVisible();
});

test('each metric shows its formula with the user’s numbers on demand', async ({ page }) => {
  const row = page.getByRole('row', { name: /^Cost per message/ });
  await expect(row.getByText('Spend ÷ Conversations started')).toBeHidden();
  await row.getByText('Formula').click();
  await expect(row.getByText('Spend ÷ Conversations started')).toBeVisible();
  await expect(row.getByText('$1,800.00 ÷ 600 = $3.00')).toBeVisible();
  // The open formula stays open while the numbers change.
  await field(page, 'Spend').fill('2400');
  await expect(row.getByText('$2,400.00 ÷ 600 = $4.00')).toBeVisible();
});

test('formulas open from the keyboard', async ({ page }) => {
  const summary = page.getByRole('row', { name: /^ROAS/ }).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('$6,300.00 ÷ $1,800.00 = 3.5×')).toBeVisible();
});

test('clear starts blank and undo brings the numbers back', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(field(page, 'Spend')).toHaveValue('');
  await expect(page.getByText('Not enough data to judge any step yet', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'Spend')).toHaveValue('1800');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
});

test('currency is a setting shown on every money value', async ({ page }) => {
  await page.getByLabel('Currency').selectOption('EUR');
  await expect(metricValue(page, 'Cost per message')).toHaveText('€3.00');
  await expect(metricValue(page, 'CAC (all-in cost per customer)')).toHaveText('€171.43');
  await expect(page.locator('#spend-hint')).toContainText('In EUR.');
});

test('the optional inputs are folded away until asked for', async ({ page }) => {
  await expect(field(page, 'Impressions')).toBeHidden();
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('0');
  await expect(metricValue(page, 'CAC (all-in cost per customer)')).toHaveText('$128.57');
});

test('the layout fits a phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
