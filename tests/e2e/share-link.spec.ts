import { expect, test, type Page } from '@playwright/test';
import { HAR_SECRETS, HAR_WITH_SECRETS } from '../support/har-with-secrets.ts';

/** "Copy link" and large inputs: nothing secret in a shared link, nothing that freezes the tab. */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function drop(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body!], fileName!, { type: 'application/json' }));
      return transfer;
    },
    [name, text],
  );
  await page.locator('decoder-island').dispatchEvent('drop', { dataTransfer });
}

test('a link copied from a HAR full of secrets holds none of them and decodes again', async ({
  page,
  context,
}) => {
  await page.goto('/decode/');
  await drop(page, 'session.har', HAR_WITH_SECRETS);
  await expect(page.locator('.decoded').first().locator('.verdict-label')).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const status = page.locator('[data-copy-status]');
  await expect(status).toContainText('Link copied, with these removed:');
  await expect(status).toContainText('Authorization header');
  await expect(status).toContainText('3 cookies');
  const url = page.url();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(url);
  for (const secret of HAR_SECRETS) {
    expect(decodeURIComponent(url)).not.toContain(secret);
    expect(url).not.toContain(encodeURIComponent(secret));
  }
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.locator('.decoded')).toHaveCount(await page.locator('.decoded').count());
});

test('an emoji or a broken character anywhere in the paste does not stop the link', async ({ page }) => {
  await page.goto('/decode/');
  const input = page.getByLabel(/Paste a response/);
  await input.fill(`${'a'.repeat(8191)}😀 Authorization: Bearer em0jiT0ken123`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('Link copied');
  expect(decodeURIComponent(page.url())).not.toContain('em0jiT0ken123');
  await input.evaluate((box: HTMLTextAreaElement) => {
    box.value = 'InvalidToken \uD800 x';
    box.dispatchEvent(new Event('input'));
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('Link copied');
});

test('a multi-megabyte paste is decoded without filling the box, and offered as a download, not a link', async ({
  page,
}) => {
  await page.goto('/decode/');
  const big = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer b1gS3cretT0ken\n\n{"message":"The provided token is invalid.","type":"InvalidToken","padding":"${'x'.repeat(3_000_000)}"}`;
  await page.getByLabel(/Paste a response/).evaluate((box, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, big);
  await expect(page.locator('[data-held]')).toContainText('Pasted text, 2.9 MB');
  await expect(page.getByLabel(/Paste a response/)).toHaveValue('');
  await expect(page.locator('.decoded .match-card a').first()).toHaveAttribute(
    'href',
    /coveo-ua-write\/invalid-token\/$/,
  );
  const before = page.url();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('No link');
  expect(page.url()).toBe(before);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the redacted paste' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('paste.redacted.txt');
  const saved = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(saved).toContain('InvalidToken');
  expect(saved).not.toContain('b1gS3cretT0ken');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-held]')).toBeHidden();
});

test('a large dropped file is named with its size and not written into the box', async ({ page }) => {
  await page.goto('/decode/');
  const har = JSON.parse(HAR_WITH_SECRETS) as { log: { entries: unknown[] } };
  const padded = JSON.stringify({ ...har, padding: 'y'.repeat(2_500_000) });
  await drop(page, 'big-session.har', padded);
  await expect(page.locator('[data-held]')).toContainText('big-session.har, 2.');
  await expect(page.getByLabel(/Paste a response/)).toHaveValue('');
  await expect(page.locator('.decoded')).toHaveCount(2);
});
