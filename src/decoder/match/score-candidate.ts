import { entriesForKey } from '../lookup.ts';
import type { Evidence } from '../read/read-evidence.ts';
import { knowledgeOf } from '../read/knowledge.ts';
import { squeezeReason } from '../status-table.ts';
import type { CatalogIndex, IndexEntry, IndexService } from '../types.ts';
import type { Points, Signal } from './points.ts';
import { scoreBodyFit, scoreHostFit, scoreOtherApi } from './score-fit.ts';

/**
 * Scores one entry against the evidence: each row of the points table that applies adds its points
 * and writes one line of `why`. `identity` records whether a naming signal reached the entry (a code,
 * an alias, an empty body, a class), rather than signals that merely fit it (status, shape, host).
 */

/** How an entry came to be a candidate. */
export type Route = 'code' | 'inner' | 'alias' | 'bare' | 'token' | 'message' | 'status' | 'host-status';

/** One candidate entry and how it scored. */
export interface Scored {
  at: number;
  entry: IndexEntry;
  /** Sum of the points of the rows that applied. */
  points: number;
  identity: boolean;
  /** One line per row that applied, in plain words. */
  why: string[];
  /** The rows that applied with their points (`status +4`), for the margins report and the tests. */
  tally: string[];
  filled?: Record<string, string>;
  notes: string[];
}

/** Adds a row's points and its reason to the candidate being scored. */
export type Add = (signal: Signal, why: string, identity?: boolean) => void;

/** Another entry of the same service with the same code and no inner code: the general case. */
function hasGeneralSibling(index: CatalogIndex, entry: IndexEntry): boolean {
  return entriesForKey(index, entry.code).some((at) => {
    const other = index.entries[at]!;
    return other !== entry && other.svc === entry.svc && other.code === entry.code && !other.inner;
  });
}

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

function classOf(status: number | string): string | undefined {
  return typeof status === 'string' ? status[0] : undefined;
}

/** The rows that name the entry: at most one applies. */
function scoreNaming(
  index: CatalogIndex,
  entry: IndexEntry,
  service: IndexService,
  routes: Set<Route>,
  evidence: Evidence,
  add: Add,
) {
  const x = evidence.extracted;
  const aliasWhy = `${x.familyCodes?.find((a) => entry.aliases?.some((b) => same(a, b))) ?? 'an alias'} is listed for this entry`;
  if (x.code !== undefined && x.code === entry.code) {
    // A problem-details title that is only a reason phrase ("Not Found") is what any API would write.
    const weak = x.envelope === 'problem-details' && knowledgeOf(index).reasons.has(squeezeReason(x.code));
    add(weak ? 'reasonPhraseTitle' : 'code', `code "${x.code}" matches`, true);
  } else if (same(x.code, entry.code))
    add('codeIgnoringCase', `code "${x.code}" matches apart from case`, true);
  else if (routes.has('bare')) {
    const what = same(evidence.bare, entry.inner)
      ? 'inner code'
      : same(evidence.bare, entry.code)
        ? 'code'
        : 'alias';
    add('bare', `"${evidence.bare}" is this entry's ${what}`, true);
  } else if (routes.has('alias')) add('alias', aliasWhy, true);
  else if (routes.has('token')) add('token', `the text names "${entry.code}"`, true);
  else if (entry.empty && evidence.body === 'empty')
    add('emptyBody', 'the body is empty, as this entry documents', true);
  // A status's first digit is never undefined, so only a class entry (`5XX`) can pass.
  else if (x.status && String(x.status)[0] === classOf(entry.status) && x.envelope === entry.env)
    add('statusClass', `a ${entry.status} in ${service.name}'s body shape`, true);
  else if (routes.has('host-status'))
    add('onlyEntryOfHost', `the only ${x.status} that ${service.name} documents`, true);
  else if (routes.has('message')) add('message', 'the message starts as this entry documents it', true);
  if (routes.has('alias') && x.code === entry.code) add('aliasToo', aliasWhy);
}

/** The rows about inner codes. */
function scoreInner(index: CatalogIndex, entry: IndexEntry, evidence: Evidence, add: Add) {
  const inner = evidence.extracted.innerCodes ?? [];
  if (!entry.inner) {
    if (inner.length > 0)
      add('innerUndocumented', `inner code "${inner[0]}" is not documented for this entry`);
    return;
  }
  // A bare paste of the inner code (`same` is false when either is missing) names it too.
  if (inner.some((c) => same(c, entry.inner)) || same(evidence.bare, entry.inner))
    add('inner', `inner code "${entry.inner}" matches`);
  // The inner code narrows the outer one: another inner code is another error.
  else if (inner.length > 0)
    add('innerDiffers', `inner code "${inner[0]}" is not the documented "${entry.inner}"`);
  else if (evidence.body !== 'none' || hasGeneralSibling(index, entry))
    // With a body, a missing inner code is missing; with none, the general entry is the safer claim.
    add('innerAbsent', `no inner code is shown; "${entry.inner}" is a special case of "${entry.code}"`);
}

/** The rows about the status. */
function scoreStatus(entry: IndexEntry, evidence: Evidence, add: Add, notes: string[]) {
  const status = evidence.extracted.status;
  if (status === undefined) return;
  if (status === entry.status) add('status', `status ${status} matches`);
  // Only a class entry (`5XX`) has a class to be in.
  else if (String(status)[0] === classOf(entry.status))
    add('statusInClass', `status ${status} is in the documented ${entry.status}`);
  else if (entry.empty) add('bodyDiffers', `status ${status} differs from the documented ${entry.status}`);
  else {
    add('statusDiffers', `status ${status} differs from the documented ${entry.status}`);
    notes.push(`The status ${status} differs from the documented ${entry.status}.`);
  }
}

/** The family row: the paste names codes of the entry's family, none of them listed for the entry. */
function scoreFamily(service: IndexService, entry: IndexEntry, evidence: Evidence, add: Add) {
  // Family prefixes are capital letters (the catalog schema's rule for codeFamilies).
  const inFamily = (code: string) => service.families?.some((f) => code.toUpperCase().startsWith(f));
  const named = (evidence.extracted.familyCodes ?? []).filter(inFamily);
  const listed = (entry.aliases ?? []).filter(inFamily);
  if (named.length === 0 || listed.length === 0 || named.some((a) => listed.some((b) => same(a, b)))) return;
  add('aliasDiffers', `${named.join(', ')} ${named.length > 1 ? 'are' : 'is'} not listed for this entry`);
}

/** Scores the entry at `at`, which the index reached by `routes`, with the table `points`. */
export function scoreCandidate(
  index: CatalogIndex,
  at: number,
  routes: Set<Route>,
  evidence: Evidence,
  points: Points,
): Scored {
  const entry = index.entries[at]!;
  const service = index.services[entry.svc]!;
  const x = evidence.extracted;
  const s: Scored = { at, entry, points: 0, identity: false, why: [], tally: [], notes: [] };
  const add: Add = (signal, why, identity = false) => {
    const value = points[signal];
    s.points += value;
    s.tally.push(`${signal} ${value > 0 ? '+' : ''}${value}`);
    s.why.push(why);
    if (identity && value > 0) s.identity = true;
  };
  scoreNaming(index, entry, service, routes, evidence, add);
  // A class entry (`5XX`) catches any code; any other entry named another way must not contradict the body.
  if (
    x.code &&
    s.identity &&
    !classOf(entry.status) &&
    !same(x.code, entry.code) &&
    !same(x.code, entry.inner)
  )
    add('codeDiffers', `the code "${x.code}" is not this entry's "${entry.code}"`);
  scoreInner(index, entry, evidence, add);
  scoreStatus(entry, evidence, add, s.notes);
  const filled = scoreBodyFit(evidence, entry, add);
  if (filled) s.filled = filled;
  scoreHostFit(service, evidence, add);
  scoreOtherApi(service, evidence, add);
  scoreFamily(service, entry, evidence, add);
  return s;
}
