import { readFileSync } from 'node:fs';
import type { CatalogIndex } from '../decoder/types.ts';

/**
 * The index the installed CLI decodes against: the JSON file `bundle-cli.ts` writes beside the
 * bundle when the package is packed. It stands in for catalog-index.ts, which needs content/.
 */

/** The file's name, beside the bundled CLI. */
export const PACKAGED_INDEX_FILE = 'error-atlas-index.json';

export function loadCatalogIndex(): CatalogIndex {
  const file = new URL(PACKAGED_INDEX_FILE, import.meta.url);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CatalogIndex;
  } catch (error) {
    throw new Error(
      `cannot read the catalog index ${file.pathname}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
