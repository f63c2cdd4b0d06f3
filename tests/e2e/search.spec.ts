import { expect, test, type Page } from '@playwright/test';

/** Exact-code searches and the entry that must come first. Twins may come in either order. */
const firsts: [query: string, expected: RegExp][] = [
  ['InvalidToken', /\/errors\/coveo-ua-write\/invalid-token\/$/],
  ['InvalidTokenHeader', /\/errors\/coveo-ua-write\/invalid-token-header\/$/],
  ['TooManyRequests', /\/errors\/defender-endpoint\/too-many-requests\/$/],
  ['TooManyRequestsException', /\/errors\/coveo-ua-write\/too-many-requests-exception\/$/],
  ['MissingParameter', /\/errors\/coveo-ua-write\/missing-parameter\/$/],
  [
    'MissingRequiredParameter',
    /\/errors\/(defender-endpoint|threat-protection)\/missing-required-parameter\/$/,
  ],
  ['AADSTS70008', /\/errors\/azure-log-analytics\/invalid-grant\/$/],
  ['SyntaxError', /\/errors\/azure-log-analytics\/bad-argument-error\/$/],
  ['invalid_grant', /\/errors\/azure-log-analytics\/invalid-grant\/$/],
  ['PathNotFoundError', /\/errors\/azure-log-analytics\/path-not-found-error\/$/],
  ['InvalidAuthenticationToken', /\/errors\/azure-log-analytics\/invalid-authentication-token\/$/],
  ['UnhandledServerError', /\/errors\/coveo-ua-write\/server-error-5xx\/$/],
];

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.locator('#starlight__search input[type="text"]');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

for (const [query, expected] of firsts) {
  test(`searching ${query} puts its entry first`, async ({ page }) => {
    const results = await search(page, query);
    await expect(results.first()).toHaveAttribute('href', expected);
  });
}

test('results show the service and the status', async ({ page }) => {
  const results = await search(page, 'InvalidHashValue');
  await expect(results.first()).toHaveText(
    /InvalidHashValue · 400 · Microsoft (Defender for Endpoint|Threat Protection) API/,
  );
});

test('results can be filtered by service and status', async ({ page }) => {
  await search(page, 'InvalidHashValue');
  const filters = page.locator('#starlight__search .pagefind-ui__filter-panel');
  await expect(filters.locator('summary')).toHaveText(['Service', 'Status']);
  await filters.locator('summary', { hasText: 'Service' }).click();
  await filters.getByLabel(/Microsoft Threat Protection API/).check();
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toHaveAttribute('href', /\/errors\/threat-protection\/invalid-hash-value\/$/);
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/\/threat-protection\//);
  }
});
