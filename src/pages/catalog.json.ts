import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog/get-catalog.ts';
import { toCatalogJson } from '../catalog/catalog-json.ts';

/** The whole catalog as data. Its shape is published at /catalog.schema.json. */
export const GET: APIRoute = async () => {
  const body = toCatalogJson(await getCatalog(), import.meta.env.BASE_URL);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
