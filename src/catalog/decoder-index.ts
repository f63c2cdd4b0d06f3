import { buildDecoderIndex } from '../decoder/build-index.ts';
import type { CatalogIndex } from '../decoder/types.ts';
import type { Catalog } from './model.ts';

/** The decoder's index of a catalog: the same model the pages read, reduced to what matching needs. */
export function decoderIndexOf(catalog: Catalog): CatalogIndex {
  return buildDecoderIndex(catalog.services, catalog.entries);
}

/** Retry advice by entry id, shown with a decoded result (kept beside the index, not in it). */
export function retryAdviceOf(catalog: Catalog): Record<string, string> {
  return Object.fromEntries(catalog.entries.map((e) => [e.id, e.retryAdvice]));
}
