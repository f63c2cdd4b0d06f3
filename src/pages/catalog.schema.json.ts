import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../catalog/catalog-json-schema.ts';

/** The JSON Schema of /catalog.json, emitted from the zod schema the site's types come from. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
