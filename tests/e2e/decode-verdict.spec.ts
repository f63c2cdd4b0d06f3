import { expect, test, type Page } from '@playwright/test';

/**
 * What a person sees right after pasting: the verdict's first line in view at desktop and phone
 * sizes, in both themes, on the home page and on /decode/; a headline that names the code and the
 * service; plain words for ambiguous and unrecognised pastes.
 */

const DEFENDER_403 = `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{"error":{"code":"Forbidden","message":"The application does not have any of the required application permissions (Machine.Isolate) to access the resource.","target":"b4d6f8a0-2c3e-4e5b-9d7f-1a3c5e7b9d4a"}}`;

const COVEO = `POST https://analytics.cloud.coveo.com/rest/ua/v15/analytics/search?access_token=secret123&org=x
HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"message":"The provided token is invalid.","type":"InvalidToken"}`;

const GRAPH = `Get-MgUser : Forbidden
{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}`;

/** Pastes the way a browser does: a paste event on the focused box, then the input. */
async function paste(page: Page, text: string) {
  await page.getByLabel(/Paste a response/).evaluate((box: HTMLTextAreaElement, value) => {
    box.focus();
    box.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true }));
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** The element's box lies inside the viewport. */
async function expectInView(page: Page, selector: string) {
  const locator = page.locator(selector).first();
  await expect(locator).toBeVisible();
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      const viewport = page.viewportSize()!;
      return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
    })
    .toBe(true);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  for (const theme of ['light', 'dark'] as const)
    for (const path of ['/', '/decode/'])
      test(`the verdict is in view after a paste: ${path} at ${size.width}×${size.height}, ${theme}`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await paste(page, DEFENDER_403);
        await expectInView(page, '.decoded .verdict-label');
        await expect(page.getByLabel(/Paste a response/)).toBeFocused();
      });

test('the headline names the code and the service; the URL is shortened below it, its secrets dropped', async ({
  page,
}) => {
  await page.goto('/decode/');
  await paste(page, COVEO);
  const result = page.locator('.decoded').first();
  await expect(result.locator('h2')).toHaveText('InvalidToken — Coveo Usage Analytics Write API');
  await expect(result.locator('.request')).toContainText(
    'analytics.cloud.coveo.com/rest/ua/v15/analytics/search?access_token=…',
  );
  await expect(result).not.toContainText('secret123');
});

test('ambiguous: says what tells the candidates apart and shows each one’s summary and first step', async ({
  page,
}) => {
  await page.goto('/decode/');
  await paste(page, DEFENDER_403.replace(/^HTTP[^\n]*\n[^\n]*\n\n/, ''));
  const result = page.locator('.decoded').first();
  await expect(result.locator('.verdict-label')).toHaveText('Several documented errors fit');
  await expect(result.locator('.tell-apart')).toContainText('request URL or its Host header');
  await expect(result.locator('.match-card')).toHaveCount(2);
  for (const card of await result.locator('.match-card').all()) {
    await expect(card.locator('.summary')).not.toBeEmpty();
    await expect(card.locator('.first-step')).toContainText('First step:');
  }
});

test('not recognised: says what it looks like, what the catalog covers, and offers a search', async ({
  page,
}) => {
  await page.goto('/decode/');
  await paste(page, GRAPH);
  const result = page.locator('.decoded').first();
  await expect(result.locator('.verdict-label')).toHaveText('Not recognised');
  await expect(result.locator('.looks-like')).toContainText('Microsoft Graph');
  await expect(result.locator('.covered')).toContainText('Coveo Usage Analytics Write API');
  await expect(result.getByRole('link', { name: /Authorization_RequestDenied/ })).toHaveAttribute(
    'href',
    /\/errors\/\?q=Authorization_RequestDenied$/,
  );
});

test('the result speaks without jargon', async ({ page }) => {
  await page.goto('/decode/');
  for (const text of [DEFENDER_403, COVEO, GRAPH]) {
    await paste(page, text);
    const result = page.locator('[data-output]');
    await expect(result.locator('.decoded').first()).toBeVisible();
    for (const jargon of [/\bscore\b/i, /\benvelope\b/i, /\bodata\b/, /read as/i, /sdk-text/, /\bpoints?\b/i])
      await expect(result).not.toContainText(jargon);
  }
});
