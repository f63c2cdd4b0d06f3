import { indexKey } from '../decoder/build-index.ts';

/**
 * The keys of the static code map: every code, inner code and alias of the catalog, written the
 * way a person types them. Pure functions, shared by the build (which writes the shards) and the
 * browser (which looks a query up), so both always agree on a key and on its shard.
 */

/** Where the shards live below the site's base: `<dir><n>.json`. */
export const CODE_SHARD_DIR = '/search/codes/';

/**
 * How many keys a shard holds on average. Shards are a power of two in number, so a shard holds
 * between half and all of this: one lookup fetches one file of roughly constant size at any catalog size.
 */
export const KEYS_PER_SHARD = 16;

/**
 * A code as the map keys it: trimmed and lower case (`AADSTS70008` and `aadsts70008` are one key),
 * exactly as the decoder's index keys codes.
 */
export const normalizeCodeKey: (text: string) => string = indexKey;

/** What {@link codeKeysOf} reads from an entry. */
export interface KeyedEntry {
  code: string;
  innerCode?: string | undefined;
  aliases: readonly string[];
}

/**
 * Every key an entry answers to: its code, its inner code, its aliases, and for a code or alias of
 * one of its service's numbered families (`AADSTS70008` under `AADSTS`) the bare number (`70008`),
 * as error_codes arrays and vendor pages write it.
 */
export function codeKeysOf(entry: KeyedEntry, families: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of [entry.code, entry.innerCode, ...entry.aliases]) {
    if (!name) continue;
    keys.add(normalizeCodeKey(name));
    for (const family of families) {
      // A family code is the prefix followed by digits only: AADSTS70008, not AADSTSFoo.
      const digits = name.startsWith(family) ? name.slice(family.length) : '';
      if (/^\d+$/.test(digits)) keys.add(digits);
    }
  }
  return [...keys];
}

/** The number of shards for `keyCount` keys: the smallest power of two that keeps shards at most {@link KEYS_PER_SHARD} keys on average. */
export function shardCountFor(keyCount: number): number {
  let count = 1;
  while (keyCount / count > KEYS_PER_SHARD) count *= 2;
  return count;
}

/** The shard of a normalized key: FNV-1a over its UTF-16 code units, modulo the shard count. */
export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/**
 * Whether a query looks like an error code rather than words: one token with a capital after its
 * first character (`InvalidToken`), a digit (`AADSTS700082`) or an underscore (`invalid_grant`).
 * Three digits alone name an HTTP status, not a code.
 */
export function looksLikeCode(query: string): boolean {
  const token = query.trim();
  if (!token || /\s/.test(token) || /^[1-5]\d\d$/.test(token)) return false;
  return /.[A-Z]/.test(token) || /\d/.test(token) || token.includes('_');
}
