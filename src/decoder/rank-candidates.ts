import { entriesForKey, entriesForStatus, servicesForHost } from './lookup.ts';
import type { Evidence } from './read-evidence.ts';
import { scoreCandidate, type Route, type Scored } from './score-candidate.ts';
import type { CatalogIndex, Verdict } from './types.ts';

/**
 * Finds the candidate entries through the index (never by walking all entries), scores them, and
 * decides the verdict:
 * - **identified** when one entry scores at least {@link CLAIM} on evidence that names it, and every
 *   other such entry is at least {@link TIE_MARGIN} behind;
 * - **ambiguous** when several are within the margin (twins that nothing in the paste separates);
 * - **unknown** otherwise, with the best-scoring candidates as guesses.
 *
 * A bare status (`429`) is unknown by design: a status alone names no API, so the entries documented
 * with it are listed as guesses rather than claimed as matches.
 */

/** The least score, on evidence that names the entry, for a claim (identified or ambiguous). */
export const CLAIM = 0.5;
/** Larger than the message-template weight: a free-text message alone never separates two entries. */
export const TIE_MARGIN = 0.2;
/** Bounds the work on a status shared by many entries (a 10,000-entry catalog has thousands of 400s). */
const MAX_STATUS_CANDIDATES = 64;
const MAX_GUESSES = 3;

function gather(index: CatalogIndex, evidence: Evidence): Map<number, Set<Route>> {
  const routes = new Map<number, Set<Route>>();
  const add = (list: readonly number[], route: Route) => {
    for (const at of list) (routes.get(at) ?? routes.set(at, new Set()).get(at)!).add(route);
  };
  const x = evidence.extracted;
  if (x.code) add(entriesForKey(index, x.code), 'code');
  for (const inner of x.innerCodes ?? []) add(entriesForKey(index, inner), 'inner');
  for (const alias of x.aadsts ?? []) add(entriesForKey(index, alias), 'alias');
  if (evidence.bare) add(entriesForKey(index, evidence.bare), 'bare');
  if (routes.size === 0) for (const token of evidence.tokens) add(entriesForKey(index, token), 'token');
  if (x.status !== undefined) {
    // By status only when nothing named an entry (or the body is empty): a code already narrowed the field.
    const named = routes.size > 0 && evidence.body !== 'empty';
    const exact = named ? [] : entriesForStatus(index, x.status, 'exact').slice(0, MAX_STATUS_CANDIDATES);
    add(exact, 'status');
    add(entriesForStatus(index, x.status, 'class').slice(0, MAX_STATUS_CANDIDATES), 'status');
    const services = !named && x.host ? servicesForHost(index, x.host) : [];
    if (services.length === 1) {
      const own = exact.filter((at) => index.entries[at]!.svc === services[0]);
      if (own.length === 1) add(own, 'host-status');
    }
  }
  return routes;
}

/** The verdict, the entries it names, and (unknown only) the guesses. */
export interface Ranking {
  verdict: Verdict;
  matches: Scored[];
  guesses: Scored[];
}

/** Scores and ranks; `matches` is empty for unknown. */
export function rankCandidates(index: CatalogIndex, evidence: Evidence): Ranking {
  const scored = [...gather(index, evidence)].map(([at, routes]) =>
    scoreCandidate(index, at, routes, evidence),
  );
  scored.sort((a, b) => b.raw - a.raw || a.at - b.at);
  const contenders = scored.filter((s) => s.identity && s.raw >= CLAIM);
  const top = contenders[0];
  if (!top || evidence.extracted.form === 'bare-status') {
    return {
      verdict: 'unknown',
      matches: [],
      guesses: scored.filter((s) => s.raw > 0).slice(0, MAX_GUESSES),
    };
  }
  const tied = contenders.filter((s) => top.raw - s.raw < TIE_MARGIN);
  return { verdict: tied.length === 1 ? 'identified' : 'ambiguous', matches: tied, guesses: [] };
}
