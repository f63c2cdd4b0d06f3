import { decoderIndexOf } from '../catalog/decoder-index.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import type { CatalogIndex } from '../decoder/types.ts';

/**
 * The index the CLI decodes against when it runs from a clone: the catalog in `root`, read and
 * indexed at start-up. The installed package replaces this module with packaged-index.ts.
 */
export function loadCatalogIndex(root: string): CatalogIndex {
  try {
    return decoderIndexOf(loadCatalog(root).catalog);
  } catch (error) {
    throw new Error(
      `cannot load the catalog in ${root}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
