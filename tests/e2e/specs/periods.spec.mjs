// Why CAC moved: type an earlier period beside the ladder and read the split, its chart and
// the noise check, as a user does.
import { test, expect, field, typeOtherCost } from '../fixtures.mjs';

test('an earlier period explains why CAC rose although messages got cheaper', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  const now = { 'Spend': '2160', 'Conversations started': '1500', 'Replies': '900', 'Qualified conversations': '144', 'Sales handoffs': '72', 'Customers': '24' };
  for (const [label, value] of Object.entries(now)) await field(page, label).fill(value);
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('');
  await page.getByText('An earlier period, to see why CAC moved (optional)').click();
  const earlier = { 'Spend': '2000', 'Conversations started': '1000', 'Replies': '600', 'Qualified conversations': '144', 'Sales handoffs': '72', 'Customers': '24' };
  for (const [label, value] of Object.entries(earlier)) await field(page, `${label} (earlier period)`).fill(value);
  const panel = page.getByRole('region', { name: 'Why CAC moved between periods' });
  // 2,000 / 24 = 83.33 → 2,160 / 24 = 90.00; ln 1.08 = ln 0.72 (messages) − ln(16% / 24%).
  await expect(panel.getByText('CAC rose from $83.33 to $90.00 although cost per message fell 28%: qualification fell from 24% to 16%.')).toBeVisible();
  const parts = panel.getByRole('table', { name: /What moved CAC/ });
  await expect(parts.getByRole('row', { name: /^Cost per message/ })).toContainText('−$28.45');
  await expect(parts.getByRole('row', { name: /^Qualification rate/ })).toContainText('+$35.12');
  await expect(panel.getByRole('img', { name: /^CAC \$83\.33; cost per message −\$28\.45; reply rate \+\$0\.00; qualification rate \+\$35\.12/ })).toBeVisible();
  const steps = panel.getByRole('table', { name: /Each step rate’s change/ });
  await expect(steps.getByRole('row', { name: /^Qualification rate/ })).toContainText('−12.2 to −3.9 pts');
  await expect(steps.getByRole('row', { name: /^Qualification rate/ })).toContainText('Beyond noise');
  await expect(steps.getByRole('row', { name: /^Reply rate/ })).toContainText('Could be noise');
  // The chart in words, from the keyboard.
  await panel.locator('summary', { hasText: 'The chart in words' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(/^CAC \$83\.33; cost per message −\$28\.45; reply rate \+\$0\.00; qualification rate \+\$35\.12;/)).toBeVisible();
  // A stage left blank in one period is left out of both: qualification is then counted from
  // conversations started (144 / 1,000 = 14.4% → 144 / 1,500 = 9.6%).
  await field(page, 'Replies (earlier period)').fill('');
  await expect(steps.getByRole('row', { name: /^Qualification rate \(from conversations started\)/ })).toContainText('14.4%');
  await expect(steps.getByRole('row', { name: /^Reply rate/ })).toHaveCount(0);
  // A blank customer count says what the split needs instead of guessing.
  await field(page, 'Customers (earlier period)').fill('');
  await expect(panel.getByText('Both periods need spend, conversations started and at least one customer')).toBeVisible();
});

test('two imported months are compared without setting anything up', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(new URL('../../fixtures/import/two-months.csv', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await typeOtherCost(page, '600');
  const panel = page.getByRole('region', { name: 'Why CAC moved between periods' });
  await expect(panel.getByText('Comparing September 2026 with October 2026.')).toBeVisible();
  // The other cost typed after the import of 600 spread by spend (2,000 : 2,160): September
  // (2,000 + 288.46) / 24 = 95.35, October (2,160 + 311.54) / 24 = 102.98; the same ratio of
  // 1.08 as the months' spend, split between cheaper messages and weaker qualification.
  await expect(panel.getByText('CAC rose from $95.35 to $102.98 although cost per message fell 28%: qualification fell from 24% to 16%.')).toBeVisible();
  await expect(panel.getByRole('table', { name: /What moved CAC/ }).getByRole('row', { name: /^Other cost per unit of spend/ })).toContainText('+$0.00');
});
