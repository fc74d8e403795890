// Keyboard only, as someone who can't use a mouse works through a call: type a ladder, import
// a file, apply it, add a scenario, move a lever, goal seek, copy a scenario's link. Every control is
// reached with Tab (Shift+Tab back) and shows a visible focus ring when it is focused.
import { test, expect, metricValue } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

/** What has focus: its accessible label (as far as the test needs) and whether a ring shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const label = (el.labels?.[0]?.innerText ?? el.getAttribute('aria-label') ?? el.innerText ?? '').trim();
    // The ring is on the element, on the label drawn as its button (a hidden file input), or
    // on the box the field sits in with its unit (.input-wrap).
    const ringed = [el, ...(el.labels ?? []), el.closest('.input-wrap')].filter(Boolean).some((e) => {
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    return { label, tag: el.tagName.toLowerCase(), ringed: el.matches(':focus-visible') && ringed };
  });
}

/** Presses Tab (or Shift+Tab) until a control whose label matches has focus, checking the ring on each stop. */
async function tabTo(page, label, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    expect(now.ringed, `a visible focus ring on <${now.tag}> “${now.label}”`).toBe(true);
    if (typeof label === 'string' ? now.label === label : label.test(now.label)) return;
  }
  throw new Error(`“${label}” not reached with the keyboard`);
}

test('a whole call with the keyboard only, focus visible throughout', async ({ page, context }) => {
  // A whole call, tab by tab: longer than one journey's 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await expect(page.getByText('Embed in a client portal')).toBeAttached();

  // Type a ladder: spend.
  await tabTo(page, 'Spend');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2400');
  await expect(metricValue(page, 'Cost per message')).toHaveText('$4.00');

  // Import a file: the file control opens the chooser from the keyboard.
  await tabTo(page, 'Or upload an export (CSV or TSV)', { back: true });
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await choosing).setFiles(fixture('aggregate-with-totals.csv'));
  const preview = page.getByRole('region', { name: /Preview: nothing is changed until you apply/ });
  await expect(preview.getByText('A table of 4 rows with spend and stage counts, as 3 segments.')).toBeVisible();
  await tabTo(page, 'Apply import');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Imported 3 segments from aggregate-with-totals.csv. The ladder now shows their total.')).toBeVisible();
  await expect(metricValue(page, 'Cost per message')).toHaveText('$2.25');

  // Add a scenario and move a lever with the arrow keys.
  await tabTo(page, 'Add scenario');
  await page.keyboard.press('Enter');
  // The new scenario's card sits above the button, its levers first.
  await tabTo(page, 'Qualification rate (Scenario 1) slider', { back: true });
  const typed = page.getByRole('region', { name: 'Scenario: Scenario 1' }).getByLabel('Qualification rate', { exact: true });
  const before = Number(await typed.inputValue());
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  // Five steps of 0.1 point.
  await expect.poll(async () => Number(await typed.inputValue())).toBeCloseTo(before + 0.5, 6);

  // Goal seek: the target, typed.
  await tabTo(page, 'of');
  await page.keyboard.type('150');
  await expect(page.getByText(/^Set close rate to /)).toBeVisible();

  // Copy a link to the scenario, from its card above.
  await tabTo(page, 'Copy link', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link to this scenario copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/#/);
});
