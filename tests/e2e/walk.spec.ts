/**
 * Every page in the sitemap loads with no failed request, no request to another origin, no console
 * error (a blocked script or style under the Content-Security-Policy is one), no CSP violation, and
 * no axe violation of WCAG 2.2 AA or best practice, in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The axe rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const dist = resolve(import.meta.dirname, '../../dist');
const paths = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) =>
    [...readFileSync(resolve(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );

test('the sitemap lists every page', () => {
  expect(paths.length).toBeGreaterThan(90);
  expect(paths).toContain('/decode/');
});

for (const path of paths) {
  test(`${path} loads cleanly`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        problems.push(`other origin: ${request.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(path, { waitUntil: 'networkidle' });
    // Starlight's theme is the `data-theme` attribute its theme picker sets. The dark theme changes
    // colours only, so after every rule in the light theme, the colour rules run again in the dark.
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      const axe = new AxeBuilder({ page });
      const { violations } = await (
        theme === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(AXE_TAGS)
      ).analyze();
      problems.push(
        ...violations.map(
          (v) => `axe ${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
    }
    expect(problems).toEqual([]);
  });
}
