import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * In Chromium, against a built site served with gzip as a static host would: the bytes Pagefind
 * transfers for an exact-code query typed at a steady 100 ms a key, and the time from the last
 * keystroke to the expected result on screen (median of `runs` fresh page loads).
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
  let bytes = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('site-search button[data-open-modal]').click();
      const input = page.locator('#starlight__search input[type="text"]');
      await input.waitFor();
      let fetched = 0;
      page.on('response', (response) => {
        if (!response.url().includes('/pagefind/')) return;
        void response
          .body()
          .then((body) => (fetched += body.length))
          .catch(() => undefined);
      });
      await input.pressSequentially(query.slice(0, -1));
      const start = await page.evaluate(() => performance.now());
      await input.press(query.at(-1)!);
      const first = page
        .locator(`#starlight__search .pagefind-ui__result-link[href$="${expectedPath}"]`)
        .first();
      await first.waitFor({ timeout: 10_000 });
      const end = await page.evaluate(() => performance.now());
      times.push(end - start);
      await page.waitForTimeout(300);
      if (run === 0) bytes = fetched;
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return { bytes, firstResultMs: Math.round(times[Math.floor(times.length / 2)]!) };
}
