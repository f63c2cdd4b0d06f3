import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './model.ts';

let cached: Promise<Catalog> | undefined;

/**
 * The catalog model for pages and endpoints, derived once per build from the validated
 * collections. Every page, catalog.json and the decoder index read this.
 */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [services, errors] = await Promise.all([getCollection('services'), getCollection('errors')]);
    return buildCatalog(
      services.map((s) => ({ id: s.id, filePath: s.filePath ?? s.id, data: s.data })),
      errors.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, body: e.body })),
    );
  })();
  return cached;
}
