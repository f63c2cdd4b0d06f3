import type { CatalogEntry } from './model.ts';

/**
 * An entry's code as lists and search results name it: the code, then its inner code when it has
 * one, so two entries that share a code (one with an inner code, one without) never read the same.
 */
export function codeLabel(entry: Pick<CatalogEntry, 'code' | 'innerCode'>): string {
  return entry.innerCode ? `${entry.code} / ${entry.innerCode}` : entry.code;
}

/** The title of an entry in search results: "Code · status · service". */
export function resultTitle(
  entry: Pick<CatalogEntry, 'code' | 'innerCode' | 'status'>,
  serviceName: string,
): string {
  return `${codeLabel(entry)} · ${entry.status} · ${serviceName}`;
}
