// Big files: read in the import worker with a progress bar and Cancel, never freezing the
// page; and when no worker can start (a strict portal), read on the page instead.
import { test, expect, metricValue } from '../fixtures.mjs';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  // The panels below the first screen are built a task each after it shows; the last is the
  // footer's embed dialog. Long tasks are watched only once the page is built.
  await expect(page.getByText('Embed in a client portal')).toBeAttached();
});

/** Drops a conversation log of `rows` rows on the import area, built in the page. */
async function dropLog(page, rows, name = 'big-log.csv') {
  await page.evaluate(([rows, name]) => {
    const statuses = ['new', 'unqualified', 'qualified', 'sales-ready', 'converted'];
    const lines = ['date,campaign,status,value\n'];
    for (let i = 0; i < rows; i++) {
      const status = statuses[i % 5];
      lines.push(`2026-10-${String(1 + (i % 28)).padStart(2, '0')},Campaign ${i % 4},${status},${status === 'converted' ? '100.00' : ''}\n`);
    }
    const file = new File(lines, name, { type: 'text/csv' });
    const data = new DataTransfer();
    data.items.add(file);
    const zone = document.querySelector('.import');
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [rows, name]);
}

test('a dropped file is read in the background with progress, and Cancel changes nothing', async ({ page }) => {
  await dropLog(page, 3_000_000);
  const progress = page.getByRole('progressbar', { name: 'Reading the file in the background…' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/MB of \d+\.\d MB · [\d,]+ rows/)).toBeVisible();
  // The page stays responsive while the worker parses.
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('region', { name: /Preview/ })).toBeHidden();
  await expect(metricValue(page, 'Cost per message')).toHaveText('$3.00');
  await expect(page.getByLabel('Showing')).toBeHidden();
});

test('a large log is counted exactly, says how it was read, and never blocks the page for 50 ms', async ({ page }) => {
  await dropLog(page, 200_000);
  // Building the file above was the page's own work; watch from here.
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await expect(preview.getByText('An outcome log (CRM deals or a conversation audit): 200,000 conversations counted into 4 segments.')).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByText(/200,000 data rows · read in \d+\.\d\d s \(\d+ MB\/s\)/)).toBeVisible();
  await expect(preview.getByRole('table', { name: /Statuses/ }).getByRole('row', { name: /^converted/ })).toContainText('40,000');
  expect(await page.evaluate(() => window.__longTasks)).toEqual([]);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  // 40,000 rows per status: converted reaches every stage, new only the first.
  await expect(page.getByRole('img', { name: /Funnel: Conversations started 200,000, Replies 160,000, Qualified conversations 120,000, Sales handoffs 80,000, Customers 40,000/ })).toBeVisible();
});

test('without a worker (blocked by the page it is embedded in) files are read on the page', async ({ page }) => {
  await page.route('**/import-worker-loader.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'self.close();' }));
  await page.reload();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles({
    name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from('Campaign,Spend,Conversations\nA,100,10\nB,50,4\n'),
  });
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await expect(preview.getByText('A table of 2 rows with spend and stage counts, as 2 segments.')).toBeVisible({ timeout: 15_000 });
});

test('a worker that finished an import reads the next file too, and a cancelled one is stopped', async ({ page }) => {
  await page.addInitScript(() => {
    // Import workers only (index.html starts one of its own for the locale data).
    const Real = window.Worker;
    window.__workers = { started: 0, stopped: 0 };
    window.Worker = class extends Real {
      constructor(url, ...rest) { super(url, ...rest); if (String(url).includes('import-worker')) window.__workers.started++; }
      terminate() { window.__workers.stopped++; super.terminate(); }
    };
  });
  await page.reload();
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await dropLog(page, 1_000, 'first.csv');
  await expect(preview.getByText(/1,000 conversations counted into 4 segments/)).toBeVisible({ timeout: 15_000 });
  await dropLog(page, 2_000, 'second.csv');
  await expect(preview.getByText(/2,000 conversations counted into 4 segments/)).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => window.__workers)).toEqual({ started: 1, stopped: 0 });
  // A cancelled read's worker can't be trusted to be idle: it is stopped, and a new one
  // reads the next file.
  await dropLog(page, 3_000_000, 'big.csv');
  await expect(page.getByRole('progressbar', { name: 'Reading the file in the background…' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
  expect((await page.evaluate(() => window.__workers)).stopped).toBe(1);
  await dropLog(page, 500, 'third.csv');
  await expect(preview.getByText(/500 conversations counted into 4 segments/)).toBeVisible({ timeout: 15_000 });
});
