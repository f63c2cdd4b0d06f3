/**
 * The search dialog as a reader uses it: full-text results, keyboard, filters that load only when
 * asked for, messages from examples, excerpts, accessibility, and the 404 page's offer.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hits, openSearch } from './search-support.ts';

test('a code answers titled "Code · status · service", with the inner code where there is one', async ({
  page,
}) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('InsufficientAccessError');
  await expect(page.locator('atlas-search .code-answers .hit-title')).toHaveText([
    'InsufficientAccessError · 403 · Azure Monitor Log Analytics API',
    'InsufficientAccessError / UnauthorizedClient · 403 · Azure Monitor Log Analytics API',
  ]);
});

test('full-text results follow a code answer when asked for', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('InvalidHashValue');
  await page.getByRole('button', { name: 'Search every page for “InvalidHashValue”' }).click();
  const pageHits = page.locator('atlas-search .page-hits .hit-title');
  await expect(pageHits.first()).toHaveText(
    /InvalidHashValue · 400 · Microsoft (Defender for Endpoint|Threat Protection) API/,
  );
  await expect(page.locator('atlas-search .page-hits a[data-hit]').first()).toBeFocused();
});

test('Enter opens the top hit, for a code and for words', async ({ page }) => {
  await page.goto('/');
  let input = await openSearch(page);
  await input.fill('InvalidTokenHeader');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/errors\/coveo-ua-write\/invalid-token-header\/$/);
  input = await openSearch(page);
  await input.pressSequentially('workspace holds no data');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/errors\/azure-log-analytics\/no-data-in-workspace\/$/);
});

test('arrow keys move through the hits, Escape closes and gives focus back', async ({ page }) => {
  await page.goto('/');
  const opener = page.locator('atlas-search button[data-open-modal]');
  const input = await openSearch(page);
  await input.fill('token');
  await expect(hits(page).nth(2)).toBeVisible();
  await input.press('ArrowDown');
  await expect(hits(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hits(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a message phrase from an example response finds its entry', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  // Only in the example's innererror message, not in the documented message or the prose.
  await input.fill('service principal does not have sufficient permissions');
  await expect(hits(page).first()).toHaveAttribute(
    'href',
    /\/errors\/azure-log-analytics\/insufficient-access-error-unauthorized-client\/$/,
  );
});

test('excerpts keep the space between a status and its words', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('Too Many Requests');
  await page.getByRole('button', { name: 'Search every page for “Too Many Requests”' }).click();
  await expect(page.locator('atlas-search .page-hits a[data-hit]').first()).toBeVisible();
  const excerpts = await page.locator('atlas-search .page-hits .hit-detail').allInnerTexts();
  expect(excerpts.some((text) => /\b429 Too Many Requests\b/.test(text))).toBe(true);
  expect(excerpts.filter((text) => /\d{3}[A-Z]/.test(text))).toEqual([]);
});

test('filter indexes load only when the filter panel opens, and filters narrow the results', async ({
  page,
}) => {
  const filterRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/filter/')) filterRequests.push(r.url());
  });
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('invalid hash value');
  await expect(hits(page).first()).toBeVisible();
  expect(filterRequests).toEqual([]);
  await page.getByText('Filter by service or status').click();
  const panel = page.locator('atlas-search details[data-filters]');
  await expect(panel.locator('legend')).toHaveText(['Service', 'Status']);
  expect(filterRequests.length).toBeGreaterThan(0);
  await panel.getByLabel(/Microsoft Threat Protection API/).check();
  await expect(page.locator('atlas-search [data-status]')).toContainText('with the chosen filters');
  const hrefs = await hits(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/threat-protection\//);
});

test('the open dialog passes axe in both themes', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('AADSTS700082');
  await expect(page.locator('atlas-search .not-in-catalog')).toBeVisible();
  await expect(page.locator('atlas-search [data-status]')).toContainText(/pages? for/);
  await page.getByText('Filter by service or status').click();
  await expect(page.locator('atlas-search legend').first()).toBeVisible();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const { violations } = await new AxeBuilder({ page })
      .include('atlas-search dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});

test('the 404 page opens search with the missing code typed in, and it stays open', async ({ page }) => {
  const response = await page.goto('/errors/somewhere/InvalidTokenHeader/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main')).toContainText('the services, the statuses or the decoder.');
  await page.getByRole('button', { name: 'Search for InvalidTokenHeader' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toHaveValue('InvalidTokenHeader');
  await expect(hits(page).first()).toHaveAttribute(
    'href',
    /\/errors\/coveo-ua-write\/invalid-token-header\/$/,
  );
  await page.waitForTimeout(500);
  await expect(dialog).toBeVisible();
});
