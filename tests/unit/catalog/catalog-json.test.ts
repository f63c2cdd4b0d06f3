import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_JSON_SCHEMA, toCatalogJson, toEntryJson } from '../../../src/catalog/catalog-json.ts';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));

describe('toCatalogJson', () => {
  const json = toCatalogJson(catalog);

  it('lists every entry with exactly the published fields', () => {
    expect(json.entries).toHaveLength(catalog.entries.length);
    const fields = [...CATALOG_JSON_SCHEMA.properties.entries.items.required].sort();
    for (const entry of json.entries) expect(Object.keys(entry).sort()).toEqual(fields);
  });

  it('writes null for a missing inner code and keeps status classes as strings', () => {
    expect(json.entries.find((e) => e.id === 'coveo-ua-write/invalid-token')?.innerCode).toBeNull();
    expect(json.entries.find((e) => e.id === 'coveo-ua-write/server-error-5xx')?.status).toBe('5XX');
  });

  it('prefixes urls with the base path', () => {
    const under = toCatalogJson(catalog, '/atlas/');
    expect(under.entries[0]!.url).toMatch(/^\/atlas\/errors\//);
    expect(under.services[0]!.url).toMatch(/^\/atlas\/services\//);
  });

  it('points every entry to its JSON and Markdown twins', () => {
    const under = toCatalogJson(catalog, '/atlas/');
    const entry = under.entries.find((e) => e.id === 'coveo-ua-write/invalid-json')!;
    expect(entry.json).toBe('/atlas/errors/coveo-ua-write/invalid-json.json');
    expect(entry.markdown).toBe('/atlas/errors/coveo-ua-write/invalid-json.md');
  });
});

describe('toEntryJson', () => {
  it('is the catalog.json record plus the entry’s own fields', () => {
    const entry = catalog.entries.find((e) => e.id === 'coveo-ua-write/invalid-json')!;
    const twin = toEntryJson(entry, '/atlas/');
    const record = toCatalogJson(catalog, '/atlas/').entries.find((e) => e.id === entry.id)!;
    expect(twin).toMatchObject(record);
    expect(twin).toMatchObject({
      message: entry.message,
      retryAdvice: entry.retryAdvice,
      examples: entry.examples,
      source: entry.source,
    });
  });
});
