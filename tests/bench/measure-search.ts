import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/** A query and the entry that must lead its results. */
export interface SearchCase {
  query: string;
  expectedPath: string;
}

/** Medians over fresh page loads of what one query costs once the search dialog is open. */
export interface SearchFigure {
  /** Bytes on the wire (gzip where the server compresses, plus headers) for every request the query made. */
  bytes: number;
  requests: number;
  /** From the query entering the box to the expected entry leading the hits. */
  firstResultMs: number;
}

/**
 * Runs `search` `runs` times in Chromium against a built site served with gzip, as a static host
 * would, each time on a fresh page with an empty cache: opens the dialog, pastes the query, waits
 * for `search.expectedPath` to lead the hits, then counts every request made since the dialog
 * opened (code-map shards, Pagefind's runtime, index and fragments alike).
 */
export async function measureSearch(
  dist: string,
  search: SearchCase,
  { fullText = false, runs = 5 } = {},
): Promise<SearchFigure> {
  const port = 4390;
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const figures: SearchFigure[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
      figures.push(await timeQuery(page, search, fullText));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  // Medians: the machine is shared, and one run can stall.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    bytes: median(figures.map((f) => f.bytes)),
    requests: median(figures.map((f) => f.requests)),
    firstResultMs: Math.round(median(figures.map((f) => f.firstResultMs))),
  };
}

async function timeQuery(page: Page, { query, expectedPath }: SearchCase, fullText: boolean) {
  await page.locator('atlas-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.waitFor();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const start = await page.evaluate(() => performance.now());
  // Pasted in one go, as a code copied from a response is.
  await input.fill(query);
  const group = fullText ? '.page-hits' : '.code-answers';
  await page
    .locator(`atlas-search ${group} li:first-child a[data-hit][href$="${expectedPath}"]`)
    .waitFor({ timeout: 20_000 });
  const end = await page.evaluate(() => performance.now());
  // Anything the query still fetches just after its first result counts too.
  await page.waitForTimeout(500);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { bytes, requests: sizes.length, firstResultMs: end - start };
}
