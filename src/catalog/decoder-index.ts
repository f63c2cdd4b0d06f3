import { buildDecoderIndex } from '../decoder/build-index.ts';
import type { CatalogIndex } from '../decoder/types.ts';
import type { Catalog } from './model.ts';

/** The decoder's index of a catalog: the same model the pages read, reduced to what matching needs. */
export function decoderIndexOf(catalog: Catalog): CatalogIndex {
  return buildDecoderIndex(catalog.services, catalog.entries);
}

/** What the page shows with each decoded entry, beside the index (matching never needs it). */
export interface EntryNote {
  /** Retry advice. */
  retry: string;
  /** The one-sentence summary. */
  summary: string;
  /** The first step of "How to fix it". */
  step: string;
}

/** The notes of every entry by id, shown with a decoded result (kept beside the index, not in it). */
export function entryNotesOf(catalog: Catalog): Record<string, EntryNote> {
  return Object.fromEntries(
    catalog.entries.map((e) => [e.id, { retry: e.retryAdvice, summary: e.summary, step: e.firstStep }]),
  );
}
