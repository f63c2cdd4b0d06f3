import { statusWithReason } from './read-status-text.ts';
import { hostMatches } from '../lookup.ts';
import type { CatalogIndex, OtherApi } from '../types.ts';

/**
 * What the reading step needs to know about the catalog's services, once per index: the index's own
 * lists (built with it) of the request id headers to look for, the code families to read and the
 * APIs it does not cover, and its status table made into a map and a pattern.
 */
export interface Knowledge {
  idHeaders: readonly string[];
  families: readonly string[];
  others: readonly OtherApi[];
  /** Squeezed reason phrase (`toomanyrequests`) → status. */
  reasons: ReadonlyMap<string, number>;
  /** A status followed by a reason phrase, in prose (see read-status-text.ts). */
  statusWithReason: RegExp;
}

const cache = new WeakMap<CatalogIndex, Knowledge>();

/** The knowledge of `index`. */
export function knowledgeOf(index: CatalogIndex): Knowledge {
  let known = cache.get(index);
  if (!known) {
    // The index's lists as they are (a shallow copy), with the status table made usable.
    known = {
      ...index,
      reasons: new Map(index.httpStatuses.reasons),
      statusWithReason: statusWithReason(index.httpStatuses.phrases),
    };
    cache.set(index, known);
  }
  return known;
}

/** An API the paste points to that the catalog does not cover, and the clue that shows it. */
export interface OtherApiClue {
  name: string;
  clue: string;
}

/**
 * The first uncovered API whose host is the request's host, or whose words (a cmdlet prefix, an SDK
 * namespace) appear in the text. Hosts are not searched in the text: error messages name other
 * hosts as audiences or resources ("wrong audience 'https://graph.microsoft.com'") without coming
 * from them.
 */
export function findOtherApi(
  known: Knowledge,
  host: string | undefined,
  text: string,
): OtherApiClue | undefined {
  const name = host?.toLowerCase();
  if (name) {
    for (const other of known.others)
      if (other.hosts.some((h) => hostMatches(h, name))) return { name: other.name, clue: `host ${name}` };
  }
  const window = text.slice(0, 64 * 1024).toLowerCase();
  for (const other of known.others) {
    for (const word of other.words) {
      if (word.length >= 4 && window.includes(word.toLowerCase()))
        return { name: other.name, clue: `"${word}"` };
    }
  }
  return undefined;
}
