import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCatalogJson, toEntryJson } from '../../../src/catalog/catalog-json.ts';
import { catalogJsonSchema, CatalogJsonSchema } from '../../../src/catalog/catalog-json-schema.ts';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));

describe('toCatalogJson', () => {
  const json = toCatalogJson(catalog);

  it('lists every entry with exactly the published fields', () => {
    expect(json.entries).toHaveLength(catalog.entries.length);
    const schema = catalogJsonSchema() as {
      properties: { entries: { items: { required: string[] } } };
    };
    const fields = [...schema.properties.entries.items.required].sort();
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

describe('/catalog.schema.json', () => {
  const schema = catalogJsonSchema();

  it('is a draft 2020-12 JSON Schema emitted from the zod schema', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'catalog.schema.json',
      title: 'Error Atlas catalog',
      type: 'object',
      required: ['services', 'entries'],
      additionalProperties: false,
    });
  });

  it('describes what toCatalogJson writes, with and without a base path', () => {
    for (const base of ['/', '/atlas/']) {
      const result = CatalogJsonSchema.safeParse(toCatalogJson(catalog, base));
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    }
  });

  it('refuses a record with a field it does not describe', () => {
    const json = toCatalogJson(catalog);
    const extra = { ...json, entries: [{ ...json.entries[0], extra: 1 }] };
    expect(CatalogJsonSchema.safeParse(extra).success).toBe(false);
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
