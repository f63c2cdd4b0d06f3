/**
 * Looks a query up in the static code map (src/catalog/code-map.ts): one fetch of one small shard,
 * cached for the page's life. Shared by the search dialog and the `/errors/?code=` deep link.
 */
import { normalizeCodeKey, shardOf } from '../catalog/code-keys.ts';
import type { CodeAnswer, CodeShard } from '../catalog/code-map.ts';

export type { CodeAnswer };

/** The code map as a page knows it: where its shards are and how many there are. */
export interface CodeMapLocation {
  /** URL of the shard folder, with the site's base and a trailing slash. */
  dir: string;
  shardCount: number;
}

const shards = new Map<string, Promise<CodeShard>>();

function shardAt(url: string): Promise<CodeShard> {
  let shard = shards.get(url);
  if (!shard) {
    shard = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<CodeShard>;
    });
    // A failed fetch (offline, say) is tried again on the next lookup rather than cached.
    shard.catch(() => shards.delete(url));
    shards.set(url, shard);
  }
  return shard;
}

/**
 * The entries that answer to `query` as a code, inner code or alias (any case), best first; an
 * empty list when it is not a key. Entry URLs come back with the site's `base` in front.
 */
export async function lookUpCode(query: string, map: CodeMapLocation, base: string): Promise<CodeAnswer[]> {
  const key = normalizeCodeKey(query);
  if (!key) return [];
  const shard = await shardAt(`${map.dir}${shardOf(key, map.shardCount)}.json`);
  const answers = Object.hasOwn(shard, key) ? shard[key]! : [];
  const prefix = base.replace(/\/$/, '');
  return answers.map((answer) => ({ ...answer, url: prefix + answer.url }));
}

/** Reads the code map's location from an element's `data-code-dir` and `data-code-shards`. */
export function codeMapFrom(element: HTMLElement): CodeMapLocation {
  return { dir: element.dataset['codeDir'] ?? '', shardCount: Number(element.dataset['codeShards'] ?? 1) };
}
