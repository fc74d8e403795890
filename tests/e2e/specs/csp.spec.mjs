// The page's Content-Security-Policy (index.html; hashes by scripts/csp.mjs): strict, and
// enforced. Every other spec runs the app under it and fails on any violation (fixtures.mjs).
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

test('the policy is strict: scripts from the site and two hashed inline scripts, no inline styles', async ({ page }) => {
  const response = await page.goto('./');
  const html = await response.text();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['style-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['worker-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'none'"]);
  // script-src: the site, wasm compilation, and exactly the inline scripts the page carries.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  expect(inline).toHaveLength(2);
  expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", ...inline]);
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

test('the policy is enforced: an injected inline script and style attribute are refused and reported', async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => !document.getElementById('prerender'));
  const refused = await page.evaluate(async () => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { seen, ran: window.__injected === true, styled: getComputedStyle(div).color === 'rgb(255, 0, 0)' };
  });
  expect(refused.ran).toBe(false);
  expect(refused.styled).toBe(false);
  expect(refused.seen).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
});
