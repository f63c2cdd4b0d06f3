/**
 * Instant code answers over the whole catalog: every code, inner code, alias and family number
 * (generated from the catalog) answers with its entries first, in any case, without loading
 * Pagefind; code-shaped queries that are no key say so; `/errors/?code=` deep links.
 */
import { expect, test } from '@playwright/test';
import { hits, keysOfCatalog, openSearch } from './search-support.ts';

const keys = keysOfCatalog();

test('every code, inner code and alias answers with its entries first', async ({ page }) => {
  test.setTimeout(keys.size * 2_000 + 30_000);
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto('/');
  const input = await openSearch(page);
  const answers = page.locator('atlas-search .code-answers a[data-hit]');
  for (const { typed, urls } of keys.values()) {
    for (const query of [typed, typed.toLowerCase()]) {
      await input.fill(query);
      await expect(page.locator('atlas-search [data-status]'), query).toContainText(`the code ${query}.`);
      const hrefs = await answers.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs), `code answers for ${query}`).toEqual(urls);
      expect(await hits(page).first().getAttribute('href'), `top hit for ${query}`).toBe(hrefs[0]);
    }
  }
  // An exact code is a key lookup: the full-text engine is never loaded for one.
  expect(pagefind).toEqual([]);
});

const NOT_KEYS = ['AADSTS700082', 'InvalidTokenHeaderX', 'invalid_grantt', '700082', 'Missing_Parameter'];

for (const query of NOT_KEYS) {
  test(`${query}, shaped like a code but no key, is "not in the catalog"`, async ({ page }) => {
    expect(keys.has(query.toLowerCase()), `${query} must not be a key for this test`).toBe(false);
    await page.goto('/');
    const input = await openSearch(page);
    await input.fill(query);
    const results = page.locator('atlas-search [data-results]');
    await expect(results.locator('> :first-child')).toHaveText(`${query} is not in the catalog.`);
    await expect(page.locator('atlas-search [data-status]')).toContainText(/pages? for/);
    // Pagefind's fuzzy neighbours, if any, come under their own label, never as the answer.
    await expect(results.locator('.code-answers')).toHaveCount(0);
    if ((await hits(page).count()) > 0) {
      await expect(results.locator('.group-heading')).toHaveText(['Nearest matches']);
    }
  });
}

test('the deep link opens the one entry a code names', async ({ page }) => {
  await page.goto('/errors/?code=invalidtokenheader');
  await expect(page).toHaveURL(/\/errors\/coveo-ua-write\/invalid-token-header\/$/);
  await page.goto('/errors/?code=70008');
  await expect(page).toHaveURL(/\/errors\/azure-log-analytics\/invalid-grant\/$/);
});

test('the deep link lists the entries a code names when there are several', async ({ page }) => {
  const shared = [...keys.values()].find((k) => k.urls.size > 1)!;
  await page.goto(`/errors/?code=${encodeURIComponent(shared.typed)}`);
  const answer = page.locator('code-deep-link');
  await expect(answer.locator('[data-note]')).toHaveText(
    `${shared.typed} names ${shared.urls.size} entries:`,
  );
  const hrefs = await answer.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs)).toEqual(shared.urls);
  await expect(page).toHaveURL(/\/errors\/\?code=/);
});

test('the deep link says when a code is not in the catalog', async ({ page }) => {
  await page.goto('/errors/?code=AADSTS700082');
  await expect(page.locator('code-deep-link [data-note]')).toHaveText('AADSTS700082 is not in the catalog.');
  await expect(page.locator('main table')).toBeVisible();
});
