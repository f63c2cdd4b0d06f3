import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../src/integrations/check-links.ts';

let dist = '';
function site(pages: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  return dist;
}
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  it('accepts links to pages and anchors that exist, and other origins', () => {
    const dir = site({
      '': '<a href="/errors/a/b/#why">x</a><a href="https://example.com/">y</a><a href="#top">z</a><h1 id="top"></h1>',
      'errors/a/b': '<h2 id="why">Why</h2><a href="../c/">c</a>',
      'errors/a/c': '',
    });
    expect(findBrokenLinks(dir, '/')).toEqual([]);
  });

  it('names the page, the link and the content file to fix', () => {
    const dir = site({ 'errors/a/b': '<a href="../missing/">m</a><a href="#nowhere">n</a>' });
    expect(findBrokenLinks(dir, '/')).toEqual([
      '/errors/a/b/ links to ../missing/: no such page (fix it in content/errors/a/b.md)',
      '/errors/a/b/ links to #nowhere: no such anchor (fix it in content/errors/a/b.md)',
    ]);
  });

  it('resolves links under a base path', () => {
    const dir = site({ '': '<a href="/atlas/errors/a/b/">x</a>', 'errors/a/b': '' });
    expect(findBrokenLinks(dir, '/atlas/')).toEqual([]);
  });
});
