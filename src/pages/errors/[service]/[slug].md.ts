import type { APIRoute, GetStaticPaths } from 'astro';
import { entryRoutePaths } from '../../../catalog/get-catalog.ts';
import { entryMarkdownText } from '../../../catalog/entry-twins.ts';
import type { CatalogEntry } from '../../../catalog/model.ts';

/**
 * `/errors/<service>/<slug>.md`: the entry page's content as Markdown. This route serves it in
 * `astro dev`; a build writes the same text beside the entry's page (`[slug].astro`), so it lists
 * no paths there.
 */
export const getStaticPaths = (() => (import.meta.env.DEV ? entryRoutePaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = async ({ props }) =>
  new Response(await entryMarkdownText(props.entry, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
