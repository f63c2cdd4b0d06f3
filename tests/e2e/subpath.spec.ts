/**
 * The site built with base `/atlas/` and served from that sub-path: navigation, search, the
 * decoder and catalog.json all stay under it. (Broken internal links already fail that build.)
 */
import { expect, test } from '@playwright/test';

test('browsing stays under the sub-path', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/atlas/')) outside.push(r.url());
  });
  await page.goto('./');
  await page.locator('main').getByRole('link', { name: 'T IoT Hub API' }).click();
  await expect(page).toHaveURL(/\/atlas\/services\/t-iot-hub\/$/);
  await page.locator('main table').getByRole('link', { name: 'Invalid Action' }).click();
  await expect(page).toHaveURL(/\/atlas\/errors\/t-iot-hub\/invalid-action\/$/);
  await page.locator('.entry-facts').getByRole('link', { name: '400' }).click();
  await expect(page).toHaveURL(/\/atlas\/status\/400\/$/);
  expect(outside).toEqual([]);
});

test('search and the decoder link under the sub-path', async ({ page }) => {
  await page.goto('./');
  await page.locator('atlas-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.fill('InvalidTokenHeader');
  await expect(page.locator('atlas-search a[data-hit]').first()).toHaveAttribute(
    'href',
    /^\/atlas\/errors\/coveo-ua-write\/invalid-token-header\/$/,
  );
  // Full text (Pagefind) under the sub-path too.
  await input.fill('workspace holds no data');
  await expect(page.locator('atlas-search .page-hits a[data-hit]').first()).toHaveAttribute(
    'href',
    /^\/atlas\/errors\/azure-log-analytics\/no-data-in-workspace\/$/,
  );
  await page.goto('./decode/');
  await expect(page.locator('decoder-island')).toHaveAttribute(
    'data-index-url',
    /^\/atlas\/_atlas\/decoder-index\.[0-9a-f]{12}\.json$/,
  );
  await page.getByLabel(/Paste a response/).fill('{"message":"x","type":"InvalidTokenHeader"}');
  await expect(page.locator('.decoded .match-card a').first()).toHaveAttribute(
    'href',
    /^\/atlas\/errors\/coveo-ua-write\/invalid-token-header\/$/,
  );
});

test('the /errors/?code= deep link works under the sub-path: one, several, none', async ({ page }) => {
  await page.goto('errors/?code=InvalidTokenHeader');
  await expect(page).toHaveURL(/\/atlas\/errors\/coveo-ua-write\/invalid-token-header\/$/);
  await page.goto('errors/?code=InsufficientAccessError');
  const answer = page.locator('code-deep-link');
  await expect(answer.locator('[data-note]')).toHaveText('InsufficientAccessError names 2 entries:');
  for (const href of await answer
    .locator('li a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/atlas\/errors\/azure-log-analytics\/insufficient-access-error/);
  await page.goto('errors/?code=AADSTS700082');
  await expect(answer.locator('[data-note]')).toHaveText('AADSTS700082 is not in the catalog.');
});

test('catalog.json urls carry the sub-path', async ({ request }) => {
  const catalog = await (await request.get('catalog.json')).json();
  expect(catalog.entries[0].url).toMatch(/^\/atlas\/errors\//);
  expect((await request.get(catalog.entries[0].url.replace(/^\/atlas\//, ''))).status()).toBe(200);
});
