/**
 * The site and the CLI read content/ one way: the site builds from it through its content loader,
 * loadCatalog reads it directly, and for every file the same ids, identities and values come out.
 * The build's artifacts are compared with what loadCatalog derives: /catalog.json, each entry's
 * JSON and Markdown twins (every frontmatter field of the entry, its body, its service's handling
 * facts), and the decoder's index and notes (services' hosts, code families, id headers,
 * neighbours; entries' aliases, messages, envelopes, first steps).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCatalogJson, toEntryJson } from '../../src/catalog/catalog-json.ts';
import { decoderAssetOf } from '../../src/catalog/decoder-asset.ts';
import { entryMarkdown } from '../../src/catalog/entry-markdown.ts';
import { snippetsFor } from '../../src/catalog/handling/snippets.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { identityOf } from '../../src/catalog/model.ts';

const root = resolve(import.meta.dirname, '../..');
// The real catalog, copied so that the build gets its own content cache (see astro.config.mjs).
const dir = mkdtempSync(join(tmpdir(), 'atlas-parity-'));
cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
const dist = join(dir, 'dist');
const cli = loadCatalog(dir);
const bodyOf = new Map(cli.entryFiles.map((f) => [f.id, f.body]));

beforeAll(async () => {
  await promisify(execFile)('npx', ['astro', 'build', '--outDir', dist], {
    cwd: root,
    env: { ...process.env, ERROR_ATLAS_CONTENT: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The decoder's data file that the decoder page names in `data-index-url`. */
function decoderAsset(html: string): unknown {
  const match = /data-index-url="\/([^"]+)"/.exec(html);
  if (!match) throw new Error('decode/index.html names no decoder index file');
  return JSON.parse(built(match[1]!));
}

describe('the site and loadCatalog read the same catalog', () => {
  it('lists the same services and entries, with the same ids and identities, in /catalog.json', () => {
    const site = JSON.parse(built('catalog.json')) as ReturnType<typeof toCatalogJson>;
    expect(site).toEqual(toCatalogJson(cli.catalog));
    expect(site.entries.map((e) => identityOf({ ...e, innerCode: e.innerCode ?? undefined })).sort()).toEqual(
      cli.catalog.entries.map(identityOf).sort(),
    );
    expect(site.entries.map((e) => e.id).sort()).toEqual(cli.entryFiles.map((f) => f.id).sort());
    expect(site.services.map((s) => s.id).sort()).toEqual(cli.serviceFiles.map((f) => f.id).sort());
  });

  it('builds a page for every entry file and no other', () => {
    const pages = readdirSync(join(dist, 'errors'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json') && f.includes('/'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(pages).toEqual(cli.entryFiles.map((f) => f.id).sort());
  });

  it('gives the decoder the same index and notes', () => {
    expect(decoderAsset(built('decode/index.html'))).toEqual(JSON.parse(decoderAssetOf(cli.catalog).json));
  });

  describe.each(cli.catalog.entries.map((e) => ({ id: e.id, entry: e })))('$id', ({ id, entry }) => {
    it('has the same JSON twin', () => {
      expect(JSON.parse(built(`errors/${id}.json`))).toEqual(toEntryJson(entry));
    });

    it('has the same Markdown twin (body, fields, service facts)', () => {
      const service = cli.catalog.serviceById.get(entry.service)!;
      expect(built(`errors/${id}.md`)).toBe(
        entryMarkdown(entry, service, bodyOf.get(id)!, snippetsFor(entry, service)),
      );
    });
  });
});
