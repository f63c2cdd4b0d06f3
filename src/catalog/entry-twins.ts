import { getEntry } from 'astro:content';
import { toEntryJson } from './catalog-json.ts';
import { entryMarkdown } from './entry-markdown.ts';
import { getCatalog } from './get-catalog.ts';
import { snippetsFor } from './handling/snippets.ts';
import type { CatalogEntry } from './model.ts';

/**
 * An entry page's two data twins, as the twin routes serve them in `astro dev`: its catalog record
 * as JSON (`/errors/<service>/<slug>.json`) and its content as Markdown (`…/<slug>.md`). A build
 * writes the same text beside the entry's page, from `entryJsonText` and from `entryMarkdown` with
 * the body and snippets the page already holds (see integrations/page-record.ts for why a build
 * does not render them as routes).
 */

/** The entry's catalog record, with message, examples and retry advice. */
export function entryJsonText(entry: CatalogEntry, base: string): string {
  return JSON.stringify(toEntryJson(entry, base), null, 2);
}

/** The entry page's content as Markdown: its facts, the body as written and the snippets. */
export async function entryMarkdownText(entry: CatalogEntry, base: string): Promise<string> {
  const catalog = await getCatalog();
  const service = catalog.serviceById.get(entry.service)!;
  const doc = await getEntry('errors', entry.id);
  if (!doc) throw new Error(`${entry.filePath}: not found in the errors collection.`);
  return entryMarkdown(entry, service, doc.body ?? '', snippetsFor(entry, service), base);
}
