import { expect, test } from '@playwright/test';

const rows = 'main table.errors-table tbody tr';

test('/errors/ lists every entry of catalog.json, one row each', async ({ page, request }) => {
  const catalog = await (await request.get('/catalog.json')).json();
  await page.goto('/errors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors');
  await expect(page.locator(rows)).toHaveCount(catalog.entries.length);
  await expect(page.locator('[data-count]')).toHaveText(`${catalog.entries.length} errors`);
  const hrefs = await page
    .locator(`${rows} td:first-child a`)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.sort()).toEqual(catalog.entries.map((e: { url: string }) => e.url).sort());
});

test('the text filter, the selects and the row count work without a reload', async ({ page }) => {
  await page.goto('/errors/');
  const total = await page.locator(rows).count();
  let reloaded = false;
  page.on('framenavigated', (frame) => (reloaded ||= frame === page.mainFrame()));

  await page.getByLabel('Filter').fill('TOKEN');
  await expect(page.locator('[data-count]')).toHaveText(new RegExp(`^\\d+ of ${total} errors$`));
  const matches = await page.locator(rows).allInnerTexts();
  expect(matches.length).toBeGreaterThan(2);
  expect(matches.length).toBeLessThan(total);
  for (const row of matches) expect(row.toLowerCase()).toContain('token');

  await page.getByLabel('Filter').fill('');
  await page.getByLabel('Service').selectOption({ label: 'T IoT Hub API' });
  const services = new Set(await page.locator(`${rows} td:nth-child(3)`).allInnerTexts());
  expect([...services]).toEqual(['T IoT Hub API']);
  await expect(page.locator(rows)).toHaveCount(9);

  await page.getByLabel('Status').selectOption('429');
  await expect(page.locator(rows)).toHaveCount(1);
  await expect(page.locator('[data-count]')).toHaveText(`1 of ${total} errors`);
  await page.getByLabel('Filter').fill('no such error anywhere');
  await expect(page.locator(rows)).toHaveCount(0);
  await expect(page.locator('[data-count]')).toHaveText(`0 of ${total} errors`);
  expect(reloaded).toBe(false);
});

test('columns sort both ways', async ({ page }) => {
  await page.goto('/errors/');
  const codeHeader = page.getByRole('columnheader', { name: /Code/ });
  await codeHeader.getByRole('button').click();
  await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
  const codes = (await page.locator(`${rows} td:first-child code:first-child`).allInnerTexts()).map((c) =>
    c.trim(),
  );
  expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  await codeHeader.getByRole('button').click();
  await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
  const reversed = (await page.locator(`${rows} td:first-child code:first-child`).allInnerTexts()).map((c) =>
    c.trim(),
  );
  expect(reversed[0]).toBe(codes.at(-1));

  const statusHeader = page.getByRole('columnheader', { name: /Status/ });
  await statusHeader.getByRole('button').click();
  await expect(codeHeader).not.toHaveAttribute('aria-sort');
  const statuses = await page.locator(`${rows} td:nth-child(2)`).allInnerTexts();
  expect(statuses[0]!.trim()).toBe('200');
  expect(statuses.at(-1)!.trim()).toBe('5XX');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole table is there and the filters that need a script are not shown', async ({
    page,
    request,
  }) => {
    const catalog = await (await request.get('/catalog.json')).json();
    await page.goto('/errors/');
    await expect(page.locator(rows)).toHaveCount(catalog.entries.length);
    await expect(page.getByLabel('Filter')).toBeHidden();
  });
});

test('/errors/?q= opens the table filtered, as the decoder links to it', async ({ page }) => {
  await page.goto('/errors/?q=InvalidToken');
  await expect(page.getByLabel('Filter')).toHaveValue('InvalidToken');
  const matches = await page.locator(rows).allInnerTexts();
  expect(matches.length).toBeGreaterThan(0);
  for (const row of matches) expect(row.toLowerCase()).toContain('invalidtoken');
});
