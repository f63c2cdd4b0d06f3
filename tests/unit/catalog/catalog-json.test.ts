import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_JSON_SCHEMA, toCatalogJson } from '../../../src/catalog/catalog-json.ts';
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
});
