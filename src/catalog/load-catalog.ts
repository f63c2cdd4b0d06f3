import { join } from 'node:path';
import { buildCatalog, type Catalog } from './model.ts';
import { readContentFiles, validateContent, type ContentFile } from './read-content.ts';
import { makeEntrySchema, ServiceSchema } from './schema.ts';

/**
 * Loads content/ outside Astro — for the CLI, the tests and the bench — through the same reader
 * (./read-content.ts), the same schemas and the same {@link buildCatalog} as the site's content
 * loader, so both see one catalog. A test builds the site and compares the two, file by file.
 */
export function loadCatalog(root = process.cwd()): {
  catalog: Catalog;
  serviceFiles: ContentFile[];
  entryFiles: ContentFile[];
} {
  const serviceFiles = readContentFiles(join(root, 'content/services'), root);
  const entryFiles = readContentFiles(join(root, 'content/errors'), root);
  const services = validateContent(serviceFiles, ServiceSchema);
  const entries = validateContent(entryFiles, makeEntrySchema());
  return { catalog: buildCatalog(services, entries), serviceFiles, entryFiles };
}
