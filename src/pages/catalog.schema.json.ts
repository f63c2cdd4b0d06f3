import type { APIRoute } from 'astro';
import { CATALOG_JSON_SCHEMA } from '../catalog/catalog-json.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(CATALOG_JSON_SCHEMA, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
