import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildSearchIndex } from '../../../src/integrations/search-index.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

describe('buildSearchIndex', () => {
  it('indexes the searchable body of each page and nothing around it', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    writeFileSync(
      join(dist, 'index.html'),
      page(
        '<header>Zebra</header><main data-pagefind-body><h1>Giraffe</h1><p>Okapi</p></main><footer>Yak</footer>',
      ),
    );
    // Starlight's 404 page: a <main> without the mark is not searchable.
    writeFileSync(join(dist, '404.html'), page('<main><h1>Lost</h1></main>'));
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

    await buildSearchIndex(dist, logger);

    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(1);
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment'));
    expect(fragments).toHaveLength(1);
    const fragment = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', fragments[0]!))).toString();
    expect(fragment).toContain('"url":"/"');
    expect(fragment).toMatch(/Giraffe.*Okapi/);
    expect(fragment).not.toMatch(/Zebra|Yak|Lost/);
    expect(logged).toEqual([
      expect.stringMatching(/^Built the search index from 2 HTML files in \d+\.\d s\.$/),
    ]);
  });
});
