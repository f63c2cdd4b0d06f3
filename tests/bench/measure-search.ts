import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * In Chromium, against a built site served with gzip as a static host would: the bytes Pagefind
 * transfers for an exact-code query typed at a steady 100 ms a key, and the time from the last
 * keystroke to the expected result on screen (medians of `runs` fresh page loads).
 */
export async function measureSearch(
  dist: string,
  query: string,
  expectedPath: string,
  runs = 5,
): Promise<{ bytes: number; firstResultMs: number }> {
  const port = 4390;
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const times: number[] = [];
  const bytes: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('site-search button[data-open-modal]').click();
      const input = page.locator('#starlight__search input[type="text"]');
      await input.waitFor();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      // A steady 100 ms a key, as a person types; the search box's debounce is shorter.
      await input.pressSequentially(query.slice(0, -1), { delay: 100 });
      await page.waitForTimeout(100);
      const start = await page.evaluate(() => performance.now());
      await input.press(query.at(-1)!);
      // Done when the results are those of the whole query and the expected page leads them.
      await page
        .locator('#starlight__search .pagefind-ui__message', { hasText: new RegExp(`for ${query}$`) })
        .waitFor({ timeout: 10_000 });
      await page
        .locator(
          `#starlight__search .pagefind-ui__result:first-child .pagefind-ui__result-link[href$="${expectedPath}"]`,
        )
        .waitFor({ timeout: 10_000 });
      const end = await page.evaluate(() => performance.now());
      times.push(end - start);
      await page.waitForTimeout(300);
      bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  // Medians: how many intermediate searches run while typing varies a little from run to run.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { bytes: median(bytes), firstResultMs: Math.round(median(times)) };
}
