import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { brokenLinks, type PageLinks } from '../../../src/integrations/check-links.ts';
import { scanHtml } from '../../../src/integrations/html/scan-html.ts';

/** The link check's record of pages, by site path, read from their HTML as the build reads it. */
const pagesOf = (pages: Record<string, string>) =>
  new Map<string, PageLinks>(
    Object.entries(pages).map(([sitePath, html]) => {
      const { ids, hrefs } = scanHtml(html);
      return [sitePath, { ids: new Set(ids), hrefs }];
    }),
  );
/** An output folder holding no files: only a link to a Markdown twin looks there. */
const noFiles = '/nonexistent';

describe('brokenLinks', () => {
  it('accepts links to pages and anchors that exist, and other origins', () => {
    const pages = pagesOf({
      '/': '<a href="/errors/a/b/#why">x</a><a href="https://example.com/">y</a><a href="#top">z</a><h1 id="top"></h1>',
      '/errors/a/b/': '<h2 id="why">Why</h2><a href="../c/">c</a>',
      '/errors/a/c/': '',
    });
    expect(brokenLinks(pages, noFiles, '/')).toEqual([]);
  });

  it('names the page, the link and the content file to fix', () => {
    const pages = pagesOf({ '/errors/a/b/': '<a href="../missing/">m</a><a href="#nowhere">n</a>' });
    expect(brokenLinks(pages, noFiles, '/')).toEqual([
      '/errors/a/b/ links to ../missing/: no such page (fix it in content/errors/a/b.md)',
      '/errors/a/b/ links to #nowhere: no such anchor (fix it in content/errors/a/b.md)',
    ]);
  });

  it('resolves links under a base path', () => {
    const pages = pagesOf({ '/atlas/': '<a href="/atlas/errors/a/b/">x</a>', '/atlas/errors/a/b/': '' });
    expect(brokenLinks(pages, noFiles, '/atlas/')).toEqual([]);
  });

  it('looks for a linked Markdown twin in the output folder, since it is a file and not a page', () => {
    const dist = mkdtempSync(join(tmpdir(), 'atlas-links-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, 'errors/a'), { recursive: true });
    writeFileSync(join(dist, 'errors/a/b.md'), '# B\n');
    const pages = pagesOf({ '/errors/a/b/': '<a href="/errors/a/b.md">b</a><a href="/errors/a/c.md">c</a>' });
    expect(brokenLinks(pages, dist, '/')).toEqual([
      '/errors/a/b/ links to /errors/a/c.md: no such file (fix it in content/errors/a/b.md)',
    ]);
  });
});
