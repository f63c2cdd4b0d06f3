import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { brokenLinks } from '../../../src/integrations/check-links.ts';
import { emptyInlines } from '../../../src/integrations/csp/component-inlines.ts';
import { startFinisher } from '../../../src/integrations/finisher.ts';
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

  it('fails a page that marks something for the search index outside <main>, naming it', () => {
    const record = emptyPageRecord();
    expect(() =>
      finishPage(
        page('<header data-pagefind-filter="service:x"></header><main data-pagefind-body></main>'),
        '/d/',
        record,
      ),
    ).toThrow('/d/ has <header data-pagefind-filter> outside <main>');
    expect(record.pages.has('/d/')).toBe(false);
  });

  it('keeps one record for the build, shared through a registered symbol', () => {
    expect(pageRecord()).toBe(pageRecord());
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('error-atlas.page-record')]).toBe(pageRecord());
  });
});

describe('the page finisher', () => {
  const outDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'finisher-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
  const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

  it('finishes pages on its thread as finishPage does, and reports their ids and links when closed', async () => {
    const known = emptyInlines();
    known.scripts.add('theme()');
    const finisher = startFinisher(() => known);
    const html = page('<h2 id="why">Why</h2><a href="/b/#how">b</a><script>theme()</script>');
    const same = page('<p>Nothing inline.</p>');
    const [finished, unchanged] = await Promise.all([
      finisher.finish(bytes(html), '/a/'),
      finisher.finish(bytes(same), '/b/'),
    ]);
    const local = { ...emptyPageRecord(), known };
    expect(text(finished)).toBe(finishPage(html, '/a/', local));
    expect(text(finished)).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(text(unchanged)).toBe(same);
    const report = await finisher.close();
    expect(report.completed).toBe(1); // the page without inline code needs nothing added
    expect(report.blocked).toEqual([]);
    expect(report.writeFailure).toBeUndefined();
    expect(report.pages.get('/a/')).toEqual({ ids: new Set(['why']), hrefs: ['/b/#how'] });
    expect([...report.pages.keys()]).toEqual(['/a/', '/b/']);
  });

  it('fails the page whose policy cannot be completed, naming the reason', async () => {
    const finisher = startFinisher(emptyInlines);
    const twice = page(META);
    await expect(finisher.finish(bytes(twice), '/twice/')).rejects.toThrow(/not written exactly once/);
    await finisher.close();
  });

  it('writes files beside the pages, creating their folders, before it reports', async () => {
    const record = { ...emptyPageRecord(), outDir: outDir(), finisher: startFinisher(emptyInlines) };
    writeBeside('/errors/svc/code.json', '{"code":"X"}', record);
    writeBeside('/errors/svc/code.md', '# X\n', record);
    writeBeside('/errors/other/code.md', '# Y\n', record);
    const report = await record.finisher.close();
    expect(report.writeFailure).toBeUndefined();
    expect(readFileSync(join(record.outDir, 'errors/svc/code.json'), 'utf8')).toBe('{"code":"X"}');
    expect(readFileSync(join(record.outDir, 'errors/svc/code.md'), 'utf8')).toBe('# X\n');
    expect(readFileSync(join(record.outDir, 'errors/other/code.md'), 'utf8')).toBe('# Y\n');
  });

  it('reports the first write that failed when it is closed', async () => {
    const dir = outDir();
    // A file where a folder must be: the folder cannot be created.
    writeFileSync(join(dir, 'errors'), 'not a folder');
    const record = { ...emptyPageRecord(), outDir: dir, finisher: startFinisher(emptyInlines) };
    writeBeside('/errors/svc/code.json', '{}', record);
    writeBeside('/errors/svc/code.md', '', record);
    const report = await record.finisher.close();
    expect(report.writeFailure).toMatch(/^Cannot write .*errors\/svc\/code\.json: .*errors/);
  });

  it('refuses to write before the output folder is known or the finisher has started', () => {
    expect(() => writeBeside('/a.json', '{}', emptyPageRecord())).toThrow(
      /a\.json.*output folder is not known/,
    );
    expect(() => writeBeside('/a.json', '{}', { ...emptyPageRecord(), outDir: outDir() })).toThrow(
      /a\.json.*page finisher has not started/,
    );
  });
});
