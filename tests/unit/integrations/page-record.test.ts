import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../../src/integrations/check-links.ts';
import { emptyInlines } from '../../../src/integrations/csp/component-inlines.ts';
import { finishPage, pageRecord, type PageRecord } from '../../../src/integrations/page-record.ts';

const META = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`;
const page = (body: string) => `<!DOCTYPE html><html><head>${META}</head><body>${body}</body></html>`;
const fresh = (): PageRecord => ({ known: emptyInlines(), pages: new Map(), completed: 0, blocked: [] });

describe('finishPage', () => {
  it('completes the policy of a page and records its ids and links for the link check', () => {
    const record = fresh();
    record.known.scripts.add('theme()');
    const html = finishPage(
      page('<h2 id="why">Why</h2><a href="/b/#how">b</a><script>theme()</script>'),
      '/a/',
      record,
    );
    expect(html).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(record.completed).toBe(1);
    expect(record.pages.get('/a/')).toEqual({ ids: new Set(['why']), hrefs: ['/b/#how'] });
    finishPage(page('<h2 id="how">How</h2><a href="/a/#nowhere">a</a>'), '/b/', record);
    expect(brokenLinks(record.pages, '/nonexistent', '/')).toEqual([
      '/b/ links to /a/#nowhere: no such anchor (page /b/)',
    ]);
  });

  it('names a page whose inline script no component writes', () => {
    const record = fresh();
    const html = page('<script>alert(1)</script>');
    expect(finishPage(html, '/c/', record)).toBe(html);
    expect(record.blocked).toEqual(['/c/']);
    expect(record.completed).toBe(0);
  });

  it('keeps one record for the build, shared through a registered symbol', () => {
    expect(pageRecord()).toBe(pageRecord());
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('error-atlas.page-record')]).toBe(pageRecord());
  });
});
