import { entriesForKey } from './lookup.ts';
import type { Evidence } from './read-evidence.ts';
import { BODY_DIFFERS, scoreBodyFit, scoreHostFit } from './score-fit.ts';
import { statusForReason } from './status-info.ts';
import type { CatalogIndex, IndexEntry } from './types.ts';

/**
 * Scores one entry against the evidence. Each signal adds or takes away a fixed weight and writes
 * one line of `why`; `identity` records whether anything named this entry (a code, an alias, an
 * empty body, a class) rather than merely fitting it (status, envelope, host).
 */

/** How an entry came to be a candidate. */
export type Route = 'code' | 'inner' | 'alias' | 'bare' | 'token' | 'status' | 'host-status';

/** One candidate entry and how it scored. */
export interface Scored {
  at: number;
  entry: IndexEntry;
  /** Sum of the weights, unclamped, for ranking. */
  raw: number;
  identity: boolean;
  why: string[];
  filled?: Record<string, string>;
  notes: string[];
}

/** What each signal adds to (or takes from) an entry's score; body and host weights are in score-fit.ts. */
const CODE = 0.5; // the code matches exactly (or a bare word, or an alias, names the entry)
const CODE_IGNORING_CASE = 0.4; // the code matches apart from case
const REASON_PHRASE_CODE = 0.15; // a problem-details title or bare word that is only a reason phrase (`Not Found`)
const TOKEN = 0.35; // a code-shaped word in free text
const EMPTY_BODY = 0.35; // an empty body where the entry documents one
const STATUS_CLASS = 0.35; // a status in the class of a class entry (`5XX`) with its envelope
const ONLY_ENTRY_OF_HOST = 0.3; // the only entry of the host's service with this status
const ALIAS_TOO = 0.2; // an alias matches as well as the code
const INNER_MATCH = 0.2; // the documented inner code is there
const INNER_ABSENT = -0.25; // the documented inner code is missing or different
const INNER_UNDOCUMENTED = -0.1; // an inner code the entry does not document
const STATUS = 0.2; // the status matches
const STATUS_IN_CLASS = 0.15; // the status is in the documented class
const STATUS_DIFFERS = -0.15; // the status differs from the documented one
const AADSTS_DIFFERS = -0.3; // AADSTS numbers, none of them the entry's
const CODE_DIFFERS = -0.3; // the body names another code (the entry was reached by an alias or its host)

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

/** Scores the entry at `at`, which the index reached by `routes`. */
export function scoreCandidate(
  index: CatalogIndex,
  at: number,
  routes: Set<Route>,
  evidence: Evidence,
): Scored {
  const entry = index.entries[at]!;
  const service = index.services[entry.svc]!;
  const x = evidence.extracted;
  const s: Scored = { at, entry, raw: 0, identity: false, why: [], notes: [] };
  const add = (weight: number, why: string, identity = false) => {
    s.raw += weight;
    s.why.push(why);
    if (identity) s.identity = true;
  };
  const bareMatchesInner = evidence.bare !== undefined && same(evidence.bare, entry.inner);
  const reasonOnly = (code: string) => statusForReason(code) !== undefined;
  const aliasWhy = `${x.aadsts?.find((a) => entry.aliases?.some((b) => same(a, b))) ?? 'an alias'} is listed for this entry`;

  // What names the entry.
  if (x.code !== undefined && x.code === entry.code) {
    const weak = x.envelope === 'problem-details' && reasonOnly(x.code);
    add(
      weak ? REASON_PHRASE_CODE : CODE,
      `code "${x.code}" matches${weak ? ', but a reason phrase alone names no API' : ''}`,
      true,
    );
  } else if (same(x.code, entry.code))
    add(CODE_IGNORING_CASE, `code "${x.code}" matches apart from case`, true);
  else if (routes.has('bare')) {
    const weak = reasonOnly(evidence.bare!);
    const what = bareMatchesInner ? 'inner code' : same(evidence.bare, entry.code) ? 'code' : 'alias';
    add(weak ? REASON_PHRASE_CODE : CODE, `"${evidence.bare}" is this entry's ${what}`, true);
  } else if (routes.has('alias')) add(CODE, aliasWhy, true);
  else if (routes.has('token')) add(TOKEN, `the text names "${entry.code}"`, true);
  else if (entry.empty && evidence.body === 'empty')
    add(EMPTY_BODY, 'the body is empty, as this entry documents', true);
  else if (
    classOf(entry.status) &&
    x.status &&
    String(x.status)[0] === classOf(entry.status) &&
    x.envelope === entry.env
  ) {
    add(STATUS_CLASS, `a ${entry.status} in ${service.name}'s envelope`, true);
  } else if (routes.has('host-status'))
    add(ONLY_ENTRY_OF_HOST, `the only ${x.status} that ${service.name} documents`, true);

  // What corroborates or contradicts it.
  // A class entry (`5XX`) catches any code; any other entry named by an alias or a host must not contradict the body.
  if (
    x.code &&
    s.identity &&
    !classOf(entry.status) &&
    !same(x.code, entry.code) &&
    !same(x.code, entry.inner)
  ) {
    add(CODE_DIFFERS, `the code "${x.code}" is not this entry's "${entry.code}"`);
  }
  if (routes.has('alias') && x.code === entry.code) add(ALIAS_TOO, aliasWhy);
  const inner = x.innerCodes ?? [];
  if (entry.inner) {
    if (inner.some((c) => same(c, entry.inner)) || bareMatchesInner)
      add(INNER_MATCH, `inner code "${entry.inner}" matches`);
    else if (inner.length > 0)
      add(INNER_ABSENT, `inner code "${inner[0]}" is not the documented "${entry.inner}"`);
    else if (evidence.body !== 'none')
      add(INNER_ABSENT, `the documented inner code "${entry.inner}" is absent`);
    else if (hasGeneralSibling(index, entry))
      add(INNER_ABSENT, `no inner code is shown; "${entry.inner}" is a special case of "${entry.code}"`);
  } else if (inner.length > 0)
    add(INNER_UNDOCUMENTED, `inner code "${inner[0]}" is not documented for this entry`);

  if (x.status !== undefined) {
    const cls = classOf(entry.status);
    if (x.status === entry.status) add(STATUS, `status ${x.status} matches`);
    else if (cls && String(x.status)[0] === cls)
      add(STATUS_IN_CLASS, `status ${x.status} is in the documented ${entry.status}`);
    else {
      add(
        entry.empty ? BODY_DIFFERS : STATUS_DIFFERS,
        `status ${x.status} differs from the documented ${entry.status}`,
      );
      s.notes.push(`The status ${x.status} differs from the documented ${entry.status}.`);
    }
  }

  const filled = scoreBodyFit(evidence, entry, add);
  if (filled) s.filled = filled;
  scoreHostFit(index.services[entry.svc]!, evidence, add);
  if (
    x.aadsts?.length &&
    entry.aliases?.some((a) => /^AADSTS/i.test(a)) &&
    !x.aadsts.some((a) => entry.aliases!.some((b) => same(a, b)))
  ) {
    add(
      AADSTS_DIFFERS,
      `${x.aadsts.join(', ')} ${x.aadsts.length > 1 ? 'are' : 'is'} not listed for this entry`,
    );
  }
  return s;
}
