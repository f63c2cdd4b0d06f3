import { resolve } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { contentLoader } from './catalog/content-loader.ts';
import { makeEntrySchema, ServiceIdSchema, ServiceSchema } from './catalog/schema.ts';

/**
 * The catalog's collections, read by the one reader of content/ (catalog/read-content.ts) that the
 * CLI and the tests use too. The field-by-field schema, with a contributor-facing message per check,
 * lives in `./catalog/schema.ts`.
 *
 * An entry's `service` is a reference to the services collection, the way Astro links
 * collections: the ids are not read when this file loads, so `astro dev` accepts a new service file
 * without a restart. That the referenced file exists is checked, with the list of ids, where both
 * collections meet (`buildCatalog` in catalog/model.ts).
 *
 * `ERROR_ATLAS_CONTENT` points the build at another content folder (the failure tests use it).
 */
const contentDir = resolve(process.env['ERROR_ATLAS_CONTENT'] ?? 'content');

const entrySchema = makeEntrySchema(ServiceIdSchema.pipe(reference('services')));

// Starlight checks the frontmatter of every <StarlightPage> against this schema, and calls the
// function for it once per page: building the schema is most of that check's cost (5 s over
// 10,000 entry pages). It is the same schema every time (no page passes an image), so it is built
// once.
const starlightDocs = docsSchema();
let docsSchemaBuilt: ReturnType<typeof starlightDocs> | undefined;

export const collections = {
  // Starlight requires a docs collection; every page of this site is a route in src/pages/.
  docs: defineCollection({
    loader: { name: 'no-docs', load: async () => {} },
    schema: (context) => (docsSchemaBuilt ??= starlightDocs(context)),
  }),
  services: defineCollection({
    loader: contentLoader(resolve(contentDir, 'services'), ServiceSchema),
    schema: ServiceSchema,
  }),
  errors: defineCollection({
    loader: contentLoader(resolve(contentDir, 'errors'), entrySchema),
    schema: entrySchema,
  }),
};
