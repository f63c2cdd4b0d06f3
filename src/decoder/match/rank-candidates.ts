import { entriesForKey, entriesForMessage, entriesForStatus, servicesForHost } from '../lookup.ts';
import type { Evidence } from '../read/read-evidence.ts';
import type { CatalogIndex, Verdict } from '../types.ts';
import { CLAIM, MARGIN, type Points } from './points.ts';
import { scoreCandidate, type Route, type Scored } from './score-candidate.ts';

/**
 * Finds the candidate entries through the index (never by walking all entries), scores them with the
 * points table, and applies the decision rule written beside the table in points.ts.
 *
 * A bare status (`429`) is not recognised by design: a status alone names no API, so the entries
 * documented with it are listed as guesses rather than claimed as matches.
 */

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
  for (const alias of x.familyCodes ?? []) add(entriesForKey(index, alias), 'alias');
  if (evidence.bare) add(entriesForKey(index, evidence.bare), 'bare');
  if (routes.size === 0) for (const token of evidence.tokens) add(entriesForKey(index, token), 'token');
  const message = x.message ?? evidence.sentence;
  if (routes.size === 0 && message) add(entriesForMessage(index, message), 'message');
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
  /**
   * The runner-up, whose points show how close the call was (`npm run decoder:margins`): the best
   * candidate after the matches, or after the first guess when nothing is recognised.
   */
  next: Scored | undefined;
}

/** Scores and ranks; `matches` is empty when nothing is recognised. */
export function rankCandidates(index: CatalogIndex, evidence: Evidence, points: Points): Ranking {
  const scored = [...gather(index, evidence)].map(([at, routes]) =>
    scoreCandidate(index, at, routes, evidence, points),
  );
  // Best first; equal points keep the catalog's order only for display, never to pick a winner.
  scored.sort((a, b) => b.points - a.points || a.at - b.at);
  const contenders = scored.filter((s) => s.identity && s.points >= CLAIM);
  const top = contenders[0];
  if (!top || evidence.extracted.form === 'bare-status') {
    const positive = scored.filter((s) => s.points > 0);
    return { verdict: 'unknown', matches: [], guesses: positive.slice(0, MAX_GUESSES), next: positive[1] };
  }
  const close = contenders.filter((s) => top.points - s.points < MARGIN);
  return {
    verdict: close.length === 1 ? 'identified' : 'ambiguous',
    matches: close,
    guesses: [],
    next: scored.find((s) => !close.includes(s)),
  };
}
