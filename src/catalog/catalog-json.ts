import type { Catalog, CatalogEntry } from './model.ts';

/** One entry of /catalog.json. */
export interface CatalogJsonEntry {
  id: string;
  service: string;
  status: number | string;
  code: string;
  innerCode: string | null;
  title: string;
  summary: string;
  url: string;
  retryable: boolean;
  /** The entry's record on its own, with message, examples and retry advice. */
  json: string;
  /** The entry's page content as Markdown. */
  markdown: string;
}

/** One entry's machine-readable twin (`/errors/<service>/<slug>.json`): its catalog.json record and more. */
export interface EntryJson extends CatalogJsonEntry {
  message: string;
  retryAdvice: string;
  aliases: string[];
  examples: string[];
  source: string;
}

export interface CatalogJson {
  services: { id: string; name: string; url: string; hosts: string[] }[];
  entries: CatalogJsonEntry[];
}

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

/** JSON Schema (draft 2020-12) of /catalog.json, published at /catalog.schema.json. */
export const CATALOG_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'catalog.schema.json',
  title: 'Error Atlas catalog',
  type: 'object',
  required: ['services', 'entries'],
  additionalProperties: false,
  properties: {
    services: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'url', 'hosts'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          name: { type: 'string' },
          url: { type: 'string', description: 'Site path of the service page.' },
          hosts: {
            type: 'array',
            items: { type: 'string' },
            description: 'Host names, with a path prefix where the host is shared.',
          },
        },
      },
    },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'service',
          'status',
          'code',
          'innerCode',
          'title',
          'summary',
          'url',
          'retryable',
          'json',
          'markdown',
        ],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: '<service>/<slug>' },
          service: { type: 'string', description: 'The id of a service in services.' },
          status: {
            oneOf: [
              { type: 'integer', minimum: 100, maximum: 599 },
              { type: 'string', pattern: '^[1-5]XX$' },
            ],
          },
          code: { type: 'string' },
          innerCode: { type: ['string', 'null'] },
          title: { type: 'string' },
          summary: { type: 'string' },
          url: { type: 'string', description: 'Site path of the entry page.' },
          retryable: { type: 'boolean' },
          json: {
            type: 'string',
            description:
              'Site path of the entry as JSON: this record plus message, retryAdvice, aliases, examples, source.',
          },
          markdown: { type: 'string', description: 'Site path of the entry page content as Markdown.' },
        },
      },
    },
  },
} as const;
