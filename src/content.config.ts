import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { makeEntrySchema, ServiceSchema } from './catalog/schema.ts';
import { findDuplicateIdentity, type EntryData } from './catalog/model.ts';
import { bodyStartLine, checkContentHtml, formatContentProblems } from './catalog/content-html.ts';

/**
 * The catalog's collections. The field-by-field schema, with a JSDoc line and a contributor-facing
 * message per field, lives in `./catalog/schema.ts` so the CLI and the content tests apply the same
 * definitions outside Astro.
 *
 * `ERROR_ATLAS_CONTENT` points the build at another content folder (the failure tests use it).
 */
const contentDir = resolve(process.env['ERROR_ATLAS_CONTENT'] ?? 'content');

// Allowed service ids come from the data: the files in content/services/.
const serviceIds = readdirSync(resolve(contentDir, 'services'))
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .map((name) => name.slice(0, -'.md'.length));

/**
 * Loads the Markdown files of one content folder, then refuses any whose body carries HTML or URLs
 * content may not use (see catalog/content-html.ts), naming the file, the line and the fix.
 */
function markdownIn(dir: string): Loader {
  const inner = glob({ base: resolve(contentDir, dir), pattern: '**/[^_]*.md' });
  return {
    name: `error-atlas-${dir}`,
    load: async (context) => {
      await inner.load(context);
      const problems = [...context.store.values()].flatMap(({ id, body = '', filePath = id }) =>
        checkContentHtml(body, filePath, bodyStartLine(readFileSync(resolve(filePath), 'utf8'), body)),
      );
      if (problems.length > 0) throw new Error(formatContentProblems(problems));
    },
  };
}

/** Loads the error entries, then refuses two files with the same identity. */
function errorsLoader(): Loader {
  const inner = markdownIn('errors');
  return {
    name: 'error-atlas-errors',
    load: async (context) => {
      await inner.load(context);
      const files = [...context.store.values()].map((entry) => ({
        filePath: entry.filePath ?? entry.id,
        data: entry.data as unknown as EntryData,
      }));
      const duplicate = findDuplicateIdentity(files);
      if (duplicate) throw new Error(duplicate);
    },
  };
}

export const collections = {
  // Starlight requires a docs collection; every page of this site is a route in src/pages/.
  docs: defineCollection({ loader: { name: 'no-docs', load: async () => {} }, schema: docsSchema() }),
  services: defineCollection({ loader: markdownIn('services'), schema: ServiceSchema }),
  errors: defineCollection({ loader: errorsLoader(), schema: makeEntrySchema(serviceIds) }),
};
