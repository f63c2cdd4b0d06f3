import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './model.ts';

let cached: Promise<Catalog> | undefined;

/**
 * The catalog model for pages and endpoints, derived from the validated collections: once per
 * build, and on every request in `astro dev` so that an added or edited file shows at once.
 * Every page, catalog.json and the decoder index read this.
 */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return loadFromCollections();
  cached ??= loadFromCollections();
  return cached;
}

async function loadFromCollections(): Promise<Catalog> {
  const [services, errors] = await Promise.all([getCollection('services'), getCollection('errors')]);
  return buildCatalog(
    services.map((s) => ({ id: s.id, filePath: s.filePath ?? s.id, data: s.data, body: s.body })),
    // The collection stores `service` as a reference ({ collection, id }); the model keeps the id.
    errors.map((e) => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      data: { ...e.data, service: e.data.service.id },
      body: e.body,
    })),
  );
}

/**
 * The paths of every entry's routes (`/errors/<service>/<slug>/` and its twins), each with its
 * entry as the route's props.
 */
export async function entryRoutePaths() {
  const catalog = await getCatalog();
  return catalog.entries.map((entry) => ({
    params: { service: entry.service, slug: entry.slug },
    props: { entry },
  }));
}
