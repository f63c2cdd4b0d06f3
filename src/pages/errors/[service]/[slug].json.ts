import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/get-catalog.ts';
import { toEntryJson } from '../../../catalog/catalog-json.ts';
import type { CatalogEntry } from '../../../catalog/model.ts';

/** `/errors/<service>/<slug>.json`: the entry's catalog record with message, examples and retry advice. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.entries.map((entry) => ({
    params: { service: entry.service, slug: entry.slug },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = ({ props }) =>
  new Response(JSON.stringify(toEntryJson(props.entry, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
