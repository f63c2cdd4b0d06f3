import { codeKeysOf, shardCountFor, shardOf } from './code-keys.ts';
import { resultTitle } from './entry-label.ts';
import type { Catalog, CatalogEntry } from './model.ts';

/** One entry as a code answer shows it. */
export interface CodeAnswer {
  /** Site path of the entry, without the site's base. */
  url: string;
  /** "Code · status · service", with the inner code where the entry has one. */
  title: string;
  summary: string;
}

/** One shard file: normalized key → the entries that answer to it, best first. */
export type CodeShard = Record<string, CodeAnswer[]>;

/** The static code map: `shards[n]` is served as `<CODE_SHARD_DIR><n>.json`. */
export interface CodeMap {
  shardCount: number;
  keyCount: number;
  shards: CodeShard[];
}

// Which field of an entry a key came from, best first: a key that is an entry's own code outranks
// the same key as another entry's inner code or alias.
const rankOf = (entry: CatalogEntry, key: string): number =>
  entry.code.toLowerCase() === key ? 0 : entry.innerCode?.toLowerCase() === key ? 1 : 2;

// Every page renders the shard count into its search box: build the map once per catalog.
const built = new WeakMap<Catalog, CodeMap>();

/** The code map of a catalog: every key of every entry, spread over shards by hash (built once). */
export function codeMapOf(catalog: Catalog): CodeMap {
  let map = built.get(catalog);
  if (!map) built.set(catalog, (map = buildCodeMap(catalog)));
  return map;
}

function buildCodeMap(catalog: Catalog): CodeMap {
  const byKey = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.entries) {
    const families = catalog.serviceById.get(entry.service)?.codeFamilies ?? [];
    for (const key of codeKeysOf(entry, families)) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const shardCount = shardCountFor(byKey.size);
  const shards: CodeShard[] = Array.from({ length: shardCount }, () => Object.create(null) as CodeShard);
  for (const [key, entries] of byKey) {
    // Stable sort: equal ranks keep catalog order (service, status, code).
    const ranked = [...entries].sort((a, b) => rankOf(a, key) - rankOf(b, key));
    shards[shardOf(key, shardCount)]![key] = ranked.map((entry) => ({
      url: entry.url,
      title: resultTitle(entry, catalog.serviceById.get(entry.service)?.name ?? entry.service),
      summary: entry.summary,
    }));
  }
  return { shardCount, keyCount: byKey.size, shards };
}
