import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../../src/integrations/check-links.ts';
import {
  emptyPageRecord,
  finishPage,
  pageRecord,
  writeBeside,
} from '../../../src/integrations/page-record.ts';

const META = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`;
const page = (body: string) => `<!DOCTYPE html><html><head>${META}</head><body>${body}</body></html>`;

describe('finishPage', () => {
  it('completes the policy of a page and records its ids and links for the link check', () => {
    const record = emptyPageRecord();
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
    const record = emptyPageRecord();
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

describe('writeBeside', () => {
  it('writes a file into the output folder, creating its folders, and keeps the write to await', async () => {
    const record = { ...emptyPageRecord(), outDir: mkdtempSync(join(tmpdir(), 'beside-')) };
    writeBeside('/errors/svc/code.json', '{"code":"X"}', record);
    writeBeside('/errors/svc/code.md', '# X\n', record);
    expect(record.writes).toHaveLength(2);
    await Promise.all(record.writes);
    expect(readFileSync(join(record.outDir, 'errors/svc/code.json'), 'utf8')).toBe('{"code":"X"}');
    expect(readFileSync(join(record.outDir, 'errors/svc/code.md'), 'utf8')).toBe('# X\n');
  });

  it('refuses to write before the output folder is known', () => {
    expect(() => writeBeside('/a.json', '{}', emptyPageRecord())).toThrow(
      /a\.json.*output folder is not known/,
    );
  });

  it('reports a failed write where the writes are awaited', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'beside-'));
    // A file where a folder must be: the folder cannot be created.
    writeFileSync(join(outDir, 'errors'), 'not a folder');
    const record = { ...emptyPageRecord(), outDir };
    writeBeside('/errors/svc/code.json', '{}', record);
    await expect(Promise.all(record.writes)).rejects.toThrow(/errors/);
  });
});
