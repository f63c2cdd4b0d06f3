import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getCatalog } from '../../../catalog/get-catalog.ts';
import { entryMarkdown } from '../../../catalog/entry-markdown.ts';
import { snippetsFor } from '../../../catalog/handling/snippets.ts';
import type { CatalogEntry } from '../../../catalog/model.ts';

/** `/errors/<service>/<slug>.md`: the entry page's content as Markdown. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.entries.map((entry) => ({
    params: { service: entry.service, slug: entry.slug },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = async ({ props }) => {
  const { entry } = props;
  const catalog = await getCatalog();
  const service = catalog.serviceById.get(entry.service)!;
  const doc = await getEntry('errors', entry.id);
  if (!doc) throw new Error(`${entry.filePath}: not found in the errors collection.`);
  const markdown = entryMarkdown(
    entry,
    service,
    doc.body ?? '',
    snippetsFor(entry, service),
    import.meta.env.BASE_URL,
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
