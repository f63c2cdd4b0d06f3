import { isAbsolute, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readContentFiles, validateContent } from './read-content.ts';

/**
 * An Astro content loader over the one reader of content/ (./read-content.ts): the same file list,
 * ids, YAML limits, case checks and schema validation as the CLI and the tests, so the site and
 * `loadCatalog` see the same catalog. In `astro dev` it reloads the collection when a file in its
 * folder is added, changed or removed.
 *
 * It validates with `schema` itself rather than through Astro's `parseData`, so a broken file's
 * message is the same in the site build and the CLI (file, field, what to write) and lists every
 * broken file at once. Pass the collection's own schema.
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
export function contentLoader(dir: string, schema: z.ZodType): Loader {
  return {
    name: 'error-atlas-content',
    load: async (context) => {
      await syncCollection(context, dir, schema);
      watchCollection(context, dir, schema);
    },
  };
}

async function syncCollection(context: LoaderContext, dir: string, schema: z.ZodType): Promise<void> {
  const { store, config, renderMarkdown, generateDigest } = context;
  const root = fileURLToPath(config.root);
  const files = readContentFiles(dir, root);
  const valid = validateContent(files, schema);
  const ids = new Set(files.map((file) => file.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // Rendering is the slow part; like Astro's glob loader, render up to 10 files at a time.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      const digest = generateDigest(file.text);
      // Unchanged since the last sync (the store survives between builds): keep its rendering.
      if (store.get(file.id)?.digest === digest) continue;
      store.set({
        id: file.id,
        data: valid[i]!.data as Record<string, unknown>,
        body: file.body,
        filePath: file.filePath,
        digest,
        // Astro's renderer reads a frontmatter block first; an empty one keeps a body that opens
        // with a thematic break (---) from being taken for frontmatter.
        rendered: await renderMarkdown(`---\n---\n${file.body}`, {
          fileURL: pathToFileURL(`${dir}/${file.id}.md`),
        }),
      });
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}

/** In `astro dev`, re-reads the whole collection when one of its Markdown files changes. */
function watchCollection(context: LoaderContext, dir: string, schema: z.ZodType): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    const below = relative(dir, path);
    if (below.startsWith('..') || isAbsolute(below) || !below.endsWith('.md')) return;
    queue = queue
      .then(() => syncCollection(context, dir, schema))
      .then(() => logger.info(`Reloaded ${context.collection} after a change to ${below}`))
      .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
