import { z } from 'astro/zod';
import { StatusSchema } from './schema.ts';

/**
 * The shape of /catalog.json as a zod schema: the TypeScript types of ./catalog-json.ts are inferred
 * from it and /catalog.schema.json is emitted from it ({@link catalogJsonSchema}), so the published
 * JSON Schema cannot drift from what the site writes.
 */

const sitePath = (what: string) => z.string().regex(/^\//).describe(`Site path of ${what}.`);

/** One service of /catalog.json. */
export const CatalogJsonServiceSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  name: z.string(),
  url: sitePath('the service page'),
  hosts: z.array(z.string()).describe('Host names, with a path prefix where the host is shared.'),
});

/** One entry of /catalog.json. */
export const CatalogJsonEntrySchema = z.strictObject({
  id: z.string().describe('<service>/<slug>'),
  service: z.string().describe('The id of a service in services.'),
  status: StatusSchema,
  code: z.string(),
  innerCode: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  url: sitePath('the entry page'),
  retryable: z.boolean(),
  json: sitePath('the entry as JSON: this record plus message, retryAdvice, aliases, examples, source'),
  markdown: sitePath('the entry page content as Markdown'),
});

/** /catalog.json: every service and every entry. */
export const CatalogJsonSchema = z
  .strictObject({
    services: z.array(CatalogJsonServiceSchema),
    entries: z.array(CatalogJsonEntrySchema),
  })
  .meta({ title: 'Error Atlas catalog' });

/** JSON Schema (draft 2020-12) of /catalog.json, published at /catalog.schema.json. */
export function catalogJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(CatalogJsonSchema, { target: 'draft-2020-12' }), $id: 'catalog.schema.json' };
}
