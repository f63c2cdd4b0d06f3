import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/pastes', name), 'utf8');

const INSUFFICIENT = `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8
x-ms-request-id: 5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44

{"error":{"message":"The provided credentials have insufficient access to perform the requested operation","code":"InsufficientAccessError","innererror":{"code":"UnauthorizedClient","message":"The service principal does not have sufficient permissions to access this resource: 997631f8-3a55-4bb2-81b2-c0972b222260"}}}`;

test('pasting a response shows the matching entry and links to it', async ({ page }) => {
  await page.goto('/decode/');
  await page.getByLabel(/Paste a response/).fill(INSUFFICIENT);
  const result = page.locator('.decoded').first();
  await expect(result.locator('.verdict-label')).toHaveText('Identified');
  await expect(result.locator('h2')).toHaveText(
    'InsufficientAccessError / UnauthorizedClient — Azure Monitor Log Analytics API',
  );
  const link = result.locator('.match-card h3 a').first();
  await expect(link).toHaveAttribute(
    'href',
    /\/errors\/azure-log-analytics\/insufficient-access-error-unauthorized-client\/$/,
  );
  await expect(result).toContainText('5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('InsufficientAccessError');
});

test('a paste that matches nothing is not recognised, and the page keeps working', async ({ page }) => {
  await page.goto('/decode/');
  const input = page.getByLabel(/Paste a response/);
  await input.fill(
    'HTTP/1.1 404 Not Found\n\n{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}',
  );
  await expect(page.locator('.decoded .verdict-label').first()).toHaveText('Not recognised');
  await input.fill('InvalidTokenHeader');
  await expect(page.locator('.decoded .match-card a').first()).toHaveAttribute(
    'href',
    /invalid-token-header\/$/,
  );
});

test('the home page decodes too', async ({ page }) => {
  await page.goto('/');
  await page
    .getByLabel(/Paste a response/)
    .fill('{"message":"Too many requests.","type":"TooManyRequestsException"}');
  await expect(page.locator('.decoded .match-card a').first()).toHaveAttribute(
    'href',
    /too-many-requests-exception\/$/,
  );
});

test('a dropped HAR file decodes every failed response', async ({ page }) => {
  await page.goto('/decode/');
  const har = fixture('coveo-and-defender.har');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'session.har', { type: 'application/json' }));
    return transfer;
  }, har);
  await page.locator('decoder-island').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.decoded')).toHaveCount(2);
  await expect(page.locator('.decoded').first()).toContainText('https://');
});

test('copy link redacts tokens and the link decodes again', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decode/');
  const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
  await page
    .getByLabel(/Paste a response/)
    .fill(
      `HTTP/1.1 400 Bad Request\nAuthorization: Bearer ${secret}\n\n{"message":"The provided token is invalid.","type":"InvalidToken"}`,
    );
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('removed');
  const url = page.url();
  expect(url).toContain('#paste=');
  expect(decodeURIComponent(url)).not.toContain(secret);
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.locator('.decoded .match-card a').first()).toHaveAttribute(
    'href',
    /coveo-ua-write\/invalid-token\/$/,
  );
  await expect(fresh.getByLabel(/Paste a response/)).not.toHaveValue(new RegExp(secret));
});

test('decoding makes no network request', async ({ page }) => {
  await page.goto('/decode/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const input = page.getByLabel(/Paste a response/);
  await input.fill(INSUFFICIENT);
  await expect(page.locator('.decoded .verdict-label').first()).toHaveText('Identified');
  await input.fill(fixture('coveo-and-defender.har'));
  await expect(page.locator('.decoded')).toHaveCount(2);
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
});

test('the index is one content-hashed file, fetched once, before anything is pasted', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('decoder-index')) fetched.push(request.url());
  });
  await page.goto('/decode/');
  const path = await page.locator('decoder-island').getAttribute('data-index-url');
  expect(path).toMatch(/^\/_atlas\/decoder-index\.[0-9a-f]{12}\.json$/);
  // Nothing has been typed yet: the request cannot carry anything about a paste.
  await expect.poll(() => fetched).toEqual([new URL(path!, page.url()).href]);
  const body = await (await page.request.get(path!)).body();
  expect(createHash('sha256').update(body).digest('hex')).toMatch(
    new RegExp(`^${/\.(\w+)\.json$/.exec(path!)![1]}`),
  );
  const asset = JSON.parse(body.toString('utf8'));
  expect(asset.notes).toHaveLength(asset.index.entries.length);

  await page.getByLabel(/Paste a response/).fill(INSUFFICIENT);
  await expect(page.locator('.decoded .verdict-label').first()).toHaveText('Identified');
  await expect(page.locator('.match-card .summary').first()).not.toBeEmpty();
  expect(fetched).toHaveLength(1);
});

test('when the index cannot be fetched, a paste says so instead of decoding', async ({ page }) => {
  await page.route('**/_atlas/decoder-index.*.json', (route) => route.abort());
  await page.goto('/decode/');
  await page.getByLabel(/Paste a response/).fill(INSUFFICIENT);
  await expect(page.locator('.decoder-output')).toContainText("The catalog's index could not be loaded");
  await expect(page.locator('.decoded')).toHaveCount(0);
});

test('the page forbids sending data elsewhere', async ({ page }) => {
  await page.goto('/decode/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/connect-src 'self'/);
  expect(csp).toMatch(/default-src 'self'/);
  // Only a policy can raise this event: an unreachable network would fail the fetch without it.
  const violated = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
        once: true,
      }),
    );
    void fetch('https://example.com/collect', { method: 'POST', body: 'x' }).catch(() => undefined);
    return seen;
  });
  expect(violated).toBe('connect-src');
});

test('markup in a paste is shown as text', async ({ page }) => {
  await page.goto('/decode/');
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page
    .getByLabel(/Paste a response/)
    .fill(`HTTP/1.1 400 Bad Request\n\n{"message":"${payload.replaceAll('"', '\\"')}","type":"InvalidJson"}`);
  await expect(page.locator('.decoded').first()).toContainText(payload);
  expect(await page.locator('.decoded img, .decoded script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('without JavaScript the page explains the decoder and links to search', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/decode/');
  await expect(page.locator('noscript, .noscript').first()).toBeAttached();
  await expect(page.getByText(/needs JavaScript/)).toBeVisible();
  await expect(page.locator('decoder-island textarea')).toBeHidden();
  await context.close();
});

test('the verdict is announced politely and the controls work from the keyboard', async ({ page }) => {
  await page.goto('/decode/');
  await page.getByLabel(/Paste a response/).focus();
  await page.keyboard.insertText('{"message":"Too many requests.","type":"TooManyRequestsException"}');
  await expect(page.getByRole('status').filter({ hasText: 'Identified' })).toHaveText(
    /Identified: TooManyRequestsException, .+, Coveo Usage Analytics Write API\./,
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/Paste a response/)).toHaveValue('');
  await expect(page.locator('.decoded')).toHaveCount(0);
});
