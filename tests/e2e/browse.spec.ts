import { expect, test } from '@playwright/test';

test('home → service → entry', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error Atlas');
  await page.locator('main').getByRole('link', { name: 'Coveo Usage Analytics Write API' }).click();
  await expect(page).toHaveURL(/\/services\/coveo-ua-write\/$/);
  await expect(page.getByRole('heading', { name: /Errors \(14\)/ })).toBeVisible();
  await page.locator('main table').getByRole('link', { name: 'InvalidTokenHeader' }).click();
  await expect(page).toHaveURL(/\/errors\/coveo-ua-write\/invalid-token-header\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('InvalidTokenHeader');
  await expect(page.locator('.entry-facts')).toContainText('400');
  for (const heading of [
    'Documented message',
    'What it means',
    'Why it happens',
    'How to fix it',
    'Related',
    'Retrying',
    'Source',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
});

test('an entry links to its twin in another service and to the vendor page', async ({ page }) => {
  await page.goto('/errors/defender-endpoint/invalid-hash-value/');
  const twins = page.locator('#same-code-elsewhere + table');
  await expect(twins.getByRole('link', { name: 'InvalidHashValue' })).toHaveAttribute(
    'href',
    /\/errors\/threat-protection\/invalid-hash-value\/$/,
  );
  await expect(page.getByRole('link', { name: /error reference/ })).toHaveAttribute(
    'href',
    /^https:\/\/learn\.microsoft\.com\//,
  );
});

test('a status page lists entries across services', async ({ page }) => {
  await page.goto('/status/403/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('403 Forbidden');
  const rows = page.locator('main table tbody tr');
  const services = new Set(await rows.locator('td:nth-child(3)').allInnerTexts());
  expect(services.size).toBeGreaterThanOrEqual(4);
  await page.goto('/status/5xx/');
  await expect(page.locator('main table')).toContainText('UnhandledServerError');
});

test('catalog.json lists every entry and each url resolves', async ({ request }) => {
  const catalog = await (await request.get('/catalog.json')).json();
  expect(catalog.services.map((s: { id: string }) => s.id).sort()).toEqual([
    'azure-log-analytics',
    'coveo-ua-write',
    'defender-endpoint',
    't-iot-hub',
    'threat-protection',
  ]);
  expect(catalog.entries).toHaveLength(72);
  const la = catalog.entries.find((e: { id: string }) => e.id === 'azure-log-analytics/bad-argument-error');
  expect(la).toMatchObject({
    status: 400,
    code: 'BadArgumentError',
    innerCode: 'SyntaxError',
    retryable: false,
  });
  expect(catalog.entries.find((e: { status: unknown }) => e.status === '5XX')).toMatchObject({
    service: 'coveo-ua-write',
  });
  for (const entry of catalog.entries) {
    expect((await request.get(entry.url)).status(), entry.url).toBe(200);
  }
  expect((await request.get('/catalog.schema.json')).ok()).toBe(true);
});
