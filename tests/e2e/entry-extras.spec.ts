/** What an entry page offers around its content: breadcrumbs, handling code, data twins, dates. */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { lastChangedDates } from '../../src/catalog/git-dates.ts';

const entry = '/errors/azure-log-analytics/insufficient-access-error-unauthorized-client/';

test('breadcrumbs lead Errors › Service › Status › Code, with BreadcrumbList data', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective}`)),
  );
  await page.goto(entry);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(crumbs).toHaveText([
    'Errors',
    'Azure Monitor Log Analytics API',
    '403',
    'InsufficientAccessError',
  ]);
  await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
  await crumbs.nth(2).click();
  await expect(page).toHaveURL(/\/status\/403\/$/);
  await page.goBack();

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('BreadcrumbList');
  expect(ld.itemListElement.map((i: { name: string }) => i.name)).toEqual([
    'Errors',
    'Azure Monitor Log Analytics API',
    '403',
    'InsufficientAccessError',
  ]);
  expect(ld.itemListElement.at(-1).item).toMatch(new RegExp(`${entry}$`));
  expect(violations).toEqual([]);
});

test('"Handle it in code" has a tab per language, synced across pages, with copy buttons', async ({
  page,
}) => {
  await page.goto(entry);
  const section = page.locator('.handle-in-code');
  await expect(section.getByRole('tab')).toHaveText(['Python', 'TypeScript', 'C#', 'PowerShell', 'curl']);
  await section.getByRole('tab', { name: 'C#' }).click();
  const panel = section.getByRole('tabpanel');
  await expect(panel).toContainText('RequestFailedException');
  await expect(panel).toContainText('"InsufficientAccessError"');
  await expect(panel.getByRole('button', { name: /copy/i }).first()).toBeAttached();

  // Coveo has no C# tab; a Microsoft API page remembers the choice.
  await page.goto('/errors/coveo-ua-write/invalid-json/');
  await expect(page.locator('.handle-in-code').getByRole('tab')).toHaveText(['Python', 'TypeScript', 'curl']);
  await page.goto('/errors/defender-endpoint/too-many-requests/');
  const selected = page.locator('.handle-in-code').getByRole('tab', { selected: true });
  await expect(selected).toHaveText('C#');
  await expect(page.locator('.handle-in-code').getByRole('tabpanel')).toContainText('Retry-After');
});

test('the JSON and Markdown twins are linked from the page', async ({ page, request }) => {
  await page.goto(entry);
  const json = page.locator('head link[rel="alternate"][type="application/json"]');
  const markdown = page.locator('head link[rel="alternate"][type="text/markdown"]');
  await expect(json).toHaveAttribute('href', entry.replace(/\/$/, '.json'));
  await expect(markdown).toHaveAttribute('href', entry.replace(/\/$/, '.md'));
  const line = page.locator('.twins');
  await expect(line).toContainText('JSON · Markdown');
  await line.getByRole('link', { name: 'JSON' }).click();
  await expect(page).toHaveURL(/\.json$/);
  const md = await request.get(entry.replace(/\/$/, '.md'));
  expect(md.headers()['content-type']).toContain('text/markdown');
  expect(await md.text()).toMatch(/^# InsufficientAccessError\n/);
});

test('"Last updated" comes from git, and is left out without it', async ({ page }) => {
  const root = resolve(import.meta.dirname, '../..');
  const file = 'content/errors/azure-log-analytics/insufficient-access-error-unauthorized-client.md';
  const expected = lastChangedDates('content', root).get(file);
  await page.goto(entry);
  const time = page.locator('footer time');
  if (expected) {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    expect(expected.toISOString()).toBe(new Date(iso).toISOString());
    await expect(time).toHaveAttribute('datetime', expected.toISOString());
  } else {
    await expect(time).toHaveCount(0);
  }
});

test('no "Report a problem" link while no repository is configured', async ({ page }) => {
  await page.goto(entry);
  await expect(page.locator('main')).toContainText('Source');
  await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toHaveCount(0);
});
