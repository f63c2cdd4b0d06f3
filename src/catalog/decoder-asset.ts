import { createHash } from 'node:crypto';
import type { CatalogIndex } from '../decoder/types.ts';
import { decoderIndexOf, entryNotesOf } from './decoder-index.ts';
import type { Catalog } from './model.ts';

/**
 * The decoder's data as one file the build writes once and every decoder page fetches: the index
 * and the notes shown with a match. Its name carries a hash of its content, so a host can cache it
 * for good and a new catalog gets a new name.
 */

/** A note as the file keeps it, beside the entry at the same position: `[summary, step, retry]`. */
export type NoteRow = [summary: string, step: string, retry: string];

/** What the file holds. */
export interface DecoderAsset {
  index: CatalogIndex;
  /** One row per `index.entries` item, in the same order (ids are not repeated). */
  notes: NoteRow[];
}

/** The folder of the file below the site's base; the page's own data, beside Astro's `/_astro/`. */
export const DECODER_ASSET_FOLDER = '_atlas';

const cache = new WeakMap<Catalog, { json: string; hash: string }>();

/** The file's JSON and the first 12 hex digits of its SHA-256, computed once per catalog. */
export function decoderAssetOf(catalog: Catalog): { json: string; hash: string } {
  let asset = cache.get(catalog);
  if (!asset) {
    const index = decoderIndexOf(catalog);
    const notes = entryNotesOf(catalog);
    const rows = index.entries.map((e): NoteRow => {
      const note = notes[e.id]!;
      return [note.summary, note.step, note.retry];
    });
    const json = JSON.stringify({ index, notes: rows } satisfies DecoderAsset);
    asset = { json, hash: createHash('sha256').update(json).digest('hex').slice(0, 12) };
    cache.set(catalog, asset);
  }
  return asset;
}

/** The file's site path (without the base): `/_atlas/decoder-index.<hash>.json`. */
export function decoderAssetPath(hash: string): string {
  return `/${DECODER_ASSET_FOLDER}/decoder-index.${hash}.json`;
}
