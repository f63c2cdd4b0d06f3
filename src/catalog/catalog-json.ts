import { z } from 'astro/zod';
import { CatalogJsonEntrySchema, CatalogJsonSchema } from './catalog-json-schema.ts';
import type { Catalog, CatalogEntry } from './model.ts';

/** One entry of /catalog.json. */
export type CatalogJsonEntry = z.infer<typeof CatalogJsonEntrySchema>;

/** One entry's machine-readable twin (`/errors/<service>/<slug>.json`): its catalog.json record and more. */
export interface EntryJson extends CatalogJsonEntry {
  message: string;
  retryAdvice: string;
  aliases: string[];
  examples: string[];
  source: string;
}

/** The shape of /catalog.json. */
export type CatalogJson = z.infer<typeof CatalogJsonSchema>;

/** The catalog as published at /catalog.json; `base` prefixes every URL (the site's base path). */
export function toCatalogJson(catalog: Catalog, base = '/'): CatalogJson {
  const prefix = base.replace(/\/$/, '');
  return {
    services: catalog.services.map((s) => ({
      id: s.id,
      name: s.name,
      url: prefix + s.url,
      hosts: s.hosts.map((h) => h.host + (h.pathPrefix ?? '')),
    })),
    entries: catalog.entries.map((e) => toCatalogJsonEntry(e, prefix)),
  };
}

/** An entry as /catalog.json lists it; `prefix` is the site's base without its trailing slash. */
function toCatalogJsonEntry(e: CatalogEntry, prefix: string): CatalogJsonEntry {
  return {
    id: e.id,
    service: e.service,
    status: e.status,
    code: e.code,
    innerCode: e.innerCode ?? null,
    title: e.title,
    summary: e.summary,
    url: prefix + e.url,
    retryable: e.retryable,
    json: prefix + e.jsonUrl,
    markdown: prefix + e.markdownUrl,
  };
}

/** The entry's JSON twin: its /catalog.json record plus message, retry advice, aliases, examples, source. */
export function toEntryJson(e: CatalogEntry, base = '/'): EntryJson {
  return {
    ...toCatalogJsonEntry(e, base.replace(/\/$/, '')),
    message: e.message,
    retryAdvice: e.retryAdvice,
    aliases: e.aliases,
    examples: e.examples,
    source: e.source,
  };
}
