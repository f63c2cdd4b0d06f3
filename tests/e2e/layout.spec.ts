/**
 * On a phone (320 and 390 CSS px): no page scrolls sideways, no table column is pushed off-screen,
 * and long codes wrap only at word boundaries.
 */
import { expect, test } from '@playwright/test';
import { midWordBreaks, overflowProblems } from './layout-checks.ts';

const pages = [
  '/',
  '/services/coveo-ua-write/',
  '/status/403/',
  '/errors/coveo-ua-write/no-workgroup-associated-with-token/',
  '/errors/azure-log-analytics/insufficient-access-error-unauthorized-client/',
  '/decode/',
  '/errors/',
];

for (const width of [320, 390]) {
  for (const path of pages) {
    test(`${path} holds at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      expect(await overflowProblems(page)).toEqual([]);
      expect(await midWordBreaks(page, 'main h1, main td code, .breadcrumbs li, .entry-facts code')).toEqual(
        [],
      );
    });
  }
}

test('a table reflows into labelled rows on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/status/403/');
  const cell = page.locator('main table tbody tr').first().locator('td').last();
  expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Title');
  const [first, second] = await page.locator('main table tbody tr').first().locator('td').all();
  // Stacked: the second cell starts below the first, not beside it.
  expect((await second!.boundingBox())!.y).toBeGreaterThan((await first!.boundingBox())!.y);
});

test('sidebar labels wrap long codes at word boundaries only', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('/errors/coveo-ua-write/no-workgroup-associated-with-token/');
  const links = page.locator('#starlight__sidebar a[href*="/errors/"]');
  expect(await links.count()).toBeGreaterThan(5);
  expect(await midWordBreaks(page, '#starlight__sidebar a[href*="/errors/"]')).toEqual([]);
});

test('the home page lines its service cards up', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const tops = await page
    .locator('.card-grid > *')
    .evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(2);
  // Cards in the first row share their top edge.
  const firstRow = tops.filter((t) => t < tops[0]! + 50);
  expect(new Set(firstRow).size, `tops: ${tops.join(', ')}`).toBe(1);
});

test('the checks catch a mid-word break and a page that scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.setContent(
    '<main><h1 style="width:9ch;overflow-wrap:anywhere">NoWorkgroupAssociatedWithToken</h1>' +
      '<table><tr><td style="white-space:nowrap">' +
      'x'.repeat(200) +
      '</td></tr></table></main>',
  );
  expect(await midWordBreaks(page, 'main h1')).not.toEqual([]);
  expect(await overflowProblems(page)).not.toEqual([]);
});
