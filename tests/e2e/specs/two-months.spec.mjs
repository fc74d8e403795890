// Two months of a Meta export and a CRM log, as a user brings them: nothing to set up, and
// the page says which campaigns have cheap messages but dear customers, why CAC moved
// between the months, and which campaigns really differ. The numbers are worked by hand in
// tests/periods_import.rs, which reads the same data.
import { test, expect, field } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;
const PROMO = 'Summer promo – WhatsApp';
const RETARGETING = 'Retargeting – Messenger';
const LOOKALIKE = 'Lookalike 5% – Instagram';

// Per campaign and month, conversations that ended replied, qualified, handed off and won.
const LOG = [
  [PROMO, '2026-10', [1020, 90, 81, 9]],
  [RETARGETING, '2026-10', [240, 60, 75, 25]],
  [LOOKALIKE, '2026-10', [320, 15, 12, 3]],
  [PROMO, '2026-11', [1890, 110, 92, 8]],
  [RETARGETING, '2026-11', [220, 50, 68, 22]],
  [LOOKALIKE, '2026-11', [344, 18, 15, 3]],
];

/** The CRM's log, a row per conversation, and six December rows no ad period holds. */
function outcomeLog() {
  const statuses = ['Replied', 'Qualified', 'Handed off', 'Won'];
  let out = 'Date,Campaign,Status,Value\n';
  for (const [name, month, counts] of LOG) {
    let i = 0;
    counts.forEach((n, s) => {
      for (let k = 0; k < n; k++, i++) {
        out += `${month}-${String(1 + (i % 28)).padStart(2, '0')},${name},${statuses[s]},${statuses[s] === 'Won' ? '300' : ''}\n`;
      }
    });
  }
  for (const status of ['Replied', 'Replied', 'Replied', 'Replied', 'Replied', 'Won']) {
    out += `2026-12-02,${PROMO},${status},${status === 'Won' ? '300' : ''}\n`;
  }
  return Buffer.from(out);
}

async function importBoth(page) {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('');
  const upload = page.getByLabel('Or upload an export (CSV or TSV)');
  await upload.setInputFiles(fixture('meta-two-months.csv'));
  await expect(page.getByText('Grouped by month: October 2026, November 2026.')).toBeVisible();
  await expect(page.getByLabel('Periods', { exact: true })).toHaveValue('auto');
  await expect(page.getByRole('table', { name: /Segments to import: 6/ }).getByRole('row', { name: `${PROMO} · November 2026 $1,800.00 3,600 — —` })).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await upload.setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: outcomeLog() });
  await expect(page.getByText('3 of 3 names match the ad data.')).toBeVisible();
  await expect(page.getByText('6 logged conversations (1 customer) fall outside the ad data’s periods and are left out: “Summer promo – WhatsApp” in December 2026 (6).', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText(/Joined crm\.csv onto the ad data: 3 of 3 names matched, each period to its own\. 6 logged conversations outside the ad data’s periods left out\./)).toBeVisible();
}

test('two months with a CRM log: cheap messages, dear customers, and why CAC moved', async ({ page }) => {
  await importBoth(page);
  const inversions = page.getByRole('region', { name: 'Cheap messages, expensive customers?' });
  // Both months added up per campaign: Promo 3,000 / 5,600 = $0.54 a message and 3,000 / 17 =
  // $176.47 a customer; Retargeting 1,700 / 950 = $1.79 and 1,700 / 47 = $36.17 (4.88×).
  await expect(inversions.getByText(`${PROMO} has cheaper messages than ${RETARGETING} ($0.54 against $1.79) but dearer customers ($176.47, 4.88× ${RETARGETING}’s).`)).toBeVisible();

  const periods = page.getByRole('region', { name: 'Why CAC moved between periods' });
  await expect(periods.getByText('Comparing October 2026 with November 2026.')).toBeVisible();
  // Segments of two months: the table says which month each row is.
  await expect(page.getByRole('table', { name: /Imported segments/ }).getByRole('columnheader', { name: 'Period' })).toBeVisible();
  // October 2,700 / 37 = $72.97, November 3,200 / 33 = $96.97; messages 0.871 → 0.681.
  await expect(periods.getByText('CAC rose from $72.97 to $96.97 although cost per message fell 21.8%: qualification fell from 19% to 13.6%.')).toBeVisible();
  await expect(periods.getByRole('img', { name: /^CAC \$72\.97; cost per message −/ })).toBeVisible();
  const steps = periods.getByRole('table', { name: /Each step rate’s change/ });
  await expect(steps.getByRole('row', { name: /^Qualification rate/ })).toContainText('Beyond noise');

  const outliers = page.getByRole('region', { name: 'Outliers: which segments really differ' });
  await expect(outliers.getByText(`${LOOKALIKE}: 9% of 730 replies qualified, below the range expected at that volume (11.6%–20.0% around the pooled 15.8%).`)).toBeVisible();

  // The ladder's picker names each campaign's month.
  await expect(page.getByLabel('Showing').locator('option', { hasText: `Imported: ${PROMO} · October 2026` })).toHaveCount(1);
});

test('a budget move between campaigns of two months, applied as a scenario', async ({ page }) => {
  await importBoth(page);
  const panel = page.getByRole('region', { name: 'Move budget between segments' });
  await panel.getByLabel('From', { exact: true }).selectOption({ label: PROMO });
  await panel.getByLabel('To', { exact: true }).selectOption({ label: RETARGETING });
  await panel.getByLabel('Amount').fill('300');
  // At 0.3: Promo keeps (2,700 / 3,000)^0.7 = 92.89% of its 17 customers (15.79), Retargeting
  // gets (2,000 / 1,700)^0.7 = 1.1205× its 47 (52.66); with Lookalike's 6 that is 74.45, CAC
  // 5,900 / 74.45 = $79.24 instead of 5,900 / 70 = $84.29.
  await expect(panel.getByText(`Moving $300.00 from ${PROMO} to ${RETARGETING}: about 74 customers instead of 70, CAC $79.24 instead of $84.29.`)).toBeVisible();
  await panel.getByRole('button', { name: 'Apply as a scenario' }).click();
  const comparison = page.getByRole('table', { name: 'Baseline and scenarios side by side' });
  await expect(comparison.getByRole('columnheader')).toHaveText(['Metric', 'Baseline', `Move 300 from ${PROMO} to Retargeting…`]);
  await expect(comparison.getByRole('row', { name: /^CAC/ })).toContainText('$79.24');
});

test('any two of three months can be compared, and the pick is kept', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByText('More inputs (optional)').click();
  await field(page, 'Other acquisition cost').fill('');
  const text = 'Reporting starts,Reporting ends,Amount spent (USD),Messaging conversations started,Replies,Qualified,Handoffs,Customers\n'
    + '2026-08-01,2026-08-31,1000,500,300,90,45,15\n2026-09-01,2026-09-30,2000,1000,600,144,72,24\n2026-10-01,2026-10-31,2160,1500,900,144,72,24\n';
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({ name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  const panel = page.getByRole('region', { name: 'Why CAC moved between periods' });
  await expect(panel.getByLabel('Earlier period')).toHaveValue('1');
  await expect(panel.getByText('Comparing September 2026 with October 2026.')).toBeVisible();
  await panel.getByLabel('Earlier period').focus();
  await panel.getByLabel('Earlier period').selectOption({ label: 'August 2026' });
  // August 1,000 / 15 = $66.67 → October 2,160 / 24 = $90.00.
  await expect(panel.getByText(/^CAC rose from \$66\.67 to \$90\.00/)).toBeVisible();
  await expect(panel.getByLabel('Earlier period')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Why CAC moved between periods' }).getByText('Comparing August 2026 with October 2026.')).toBeVisible();
});
