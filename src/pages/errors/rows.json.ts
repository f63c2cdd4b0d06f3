import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/get-catalog.ts';
import { errorRows, toErrorRowsJson } from '../../catalog/errors-table.ts';

/** Every row of the /errors/ table, compact, for its filter: one request covers the whole catalog. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toErrorRowsJson(errorRows(await getCatalog(), import.meta.env.BASE_URL))), {
    headers: { 'Content-Type': 'application/json' },
  });
