import { entriesForKey, hostFit, type HostFit } from './lookup.ts';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './message-template.ts';
import type { Evidence } from './read-evidence.ts';
import { statusForReason } from './status-info.ts';
import type { CatalogIndex, IndexEntry } from './types.ts';

/**
 * Scores one entry against the evidence. Each signal adds or takes away a fixed weight and writes
 * one line of `why`; `identity` records whether anything named this entry (a code, an alias, an
 * empty body, a class) rather than merely fitting it (status, envelope, host).
 */

/** How an entry came to be a candidate. */
export type Route = 'code' | 'inner' | 'alias' | 'bare' | 'token' | 'status' | 'host-status';

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

/** What each signal adds to, or (negative) takes from, an entry's score. */
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
const ENVELOPE = 0.1; // the body has the documented envelope
const ENVELOPE_DIFFERS = -0.3; // the body has another shape
const BODY_DIFFERS = -0.4; // empty where a body is documented, or the reverse
const HOST = 0.25; // the host belongs to the service
const HOST_OTHER_PATH = -0.3; // the service's host, another API's path
const HOST_FOREIGN = -0.5; // a host the service does not list
const TEMPLATE = 0.15; // the message fits the documented template
const AADSTS_DIFFERS = -0.3; // AADSTS numbers, none of them the entry's

const templates = new WeakMap<IndexEntry, CompiledTemplate>();
function templateOf(entry: IndexEntry): CompiledTemplate {
  let compiled = templates.get(entry);
  if (!compiled) templates.set(entry, (compiled = compileTemplate(entry.msg)));
  return compiled;
}

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

  scoreBody(s, evidence, entry, add);
  scoreHost(s, index, evidence, add);
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

type Add = (weight: number, why: string, identity?: boolean) => void;

function scoreBody(s: Scored, evidence: Evidence, entry: IndexEntry, add: Add): void {
  const x = evidence.extracted;
  if (evidence.body === 'empty') {
    if (!entry.empty) add(BODY_DIFFERS, 'the body is empty; this entry documents one');
    return;
  }
  if (
    entry.empty &&
    (evidence.body === 'json' || evidence.body === 'truncated' || evidence.body === 'other')
  ) {
    add(BODY_DIFFERS, 'this entry documents an empty body');
  }
  const reading = evidence.reading;
  if (evidence.body === 'other') add(ENVELOPE_DIFFERS, `the body is not JSON; this entry's is ${entry.env}`);
  else if (reading && !entry.empty) {
    if (reading.quirk && entry.env === reading.envelope)
      add(ENVELOPE_DIFFERS, `the body is ${reading.envelope}, but ${reading.quirk}`);
    else if (reading.envelope === entry.env && !reading.partial)
      add(ENVELOPE, `envelope ${entry.env} matches`);
    else if (reading.envelope !== entry.env)
      add(ENVELOPE_DIFFERS, `the body is shaped ${reading.envelope}; this entry's is ${entry.env}`);
  }
  if (entry.msg && x.message) {
    const compiled = templateOf(entry);
    const filled = compiled.literalLength >= 8 ? matchTemplate(compiled, x.message) : undefined;
    if (filled) {
      add(TEMPLATE, 'the message fits the documented template');
      if (Object.keys(filled).length > 0) s.filled = filled;
    }
  }
}

function scoreHost(s: Scored, index: CatalogIndex, evidence: Evidence, add: Add): void {
  const host = evidence.extracted.host;
  if (!host) return;
  const service = index.services[s.entry.svc]!;
  const fit: HostFit = hostFit(service, host, evidence.path);
  if (fit === 'match') add(HOST, `host ${host} belongs to ${service.name}`);
  else if (fit === 'other-path') add(HOST_OTHER_PATH, `the path on ${host} is not ${service.name}'s`);
  else add(HOST_FOREIGN, `host ${host} is not one of ${service.name}'s`);
}
