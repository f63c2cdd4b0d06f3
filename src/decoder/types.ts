import type { CompiledTemplate } from './message-template.ts';
/**
 * The decoder's data: what it is built from (the catalog), what it keeps (the index, plain JSON so a
 * page can embed it), and what it answers (a {@link DecodeResult}). No behaviour lives here.
 */

import type { Envelope } from '../catalog/envelopes.ts';

/** The error body shapes the catalog documents: derived from the one list, `ENVELOPES`. */
export type EnvelopeKind = Envelope;

/** A service as {@link buildDecoderIndex} needs it; `CatalogService` is assignable to it. */
export interface IndexSourceService {
  id: string;
  name: string;
  hosts: { host: string; pathPrefix?: string | undefined }[];
  envelope: string;
  /** Prefixes of numbered code families the service answers with (`AADSTS`). */
  codeFamilies?: string[] | undefined;
  /** Response headers that carry the service's request or correlation ids. */
  requestIdHeaders?: string[] | undefined;
  /** APIs people confuse with this one that the catalog does not cover. */
  neighbours?: { name: string; hosts: string[]; words: string[] }[] | undefined;
}

/** An entry as {@link buildDecoderIndex} needs it; `CatalogEntry` is assignable to it. */
export interface IndexSourceEntry {
  id: string;
  service: string;
  status: number | string;
  code: string;
  innerCode?: string | undefined;
  title: string;
  message: string;
  aliases: string[];
  envelope: string;
  retryable: boolean;
  url: string;
  examples: string[];
}

/** One entry as the index keeps it: only what matching and the answer need. */
export interface IndexEntry {
  id: string;
  /** Position of the entry's service in {@link CatalogIndex.services}. */
  svc: number;
  status: number | string;
  code: string;
  inner?: string;
  title: string;
  /**
   * The documented message template, cut at its `{placeholders}` when the index is built (see
   * message-template.ts); absent when the entry documents an empty body.
   */
  msg?: CompiledTemplate;
  env: string;
  aliases?: string[];
  retryable: boolean;
  /** Set when an example of the entry has no body at all (an empty 200 or 204). */
  empty?: true;
  /** Set when every example carries the documented message word for word: the API writes it verbatim. */
  verbatim?: true;
  /** Site path, kept only when it is not the usual `/errors/<id>/`. */
  url?: string;
}

/** One service as the index keeps it. */
export interface IndexService {
  id: string;
  name: string;
  env: string;
  /** `[host, pathPrefix?]`; a host written `*.example.com` stands for any subdomain. */
  hosts: ([string] | [string, string])[];
  /** Prefixes of numbered code families (`AADSTS`). */
  families?: string[];
}

/** An API the catalog does not cover, and how a paste shows it: its hosts, or words such as a cmdlet prefix. */
export interface OtherApi {
  name: string;
  hosts: string[];
  words: string[];
}

/**
 * The decoder's view of the catalog. Every lookup goes through a map, so a decode costs the same with
 * 72 entries or 10,000. Keys of the maps are plain strings read with `Object.hasOwn` (never through the
 * prototype), so an input such as `__proto__` finds nothing.
 */
export interface CatalogIndex {
  version: 1;
  services: IndexService[];
  entries: IndexEntry[];
  /** Lower-cased code, inner code or alias → entry positions. */
  keys: Record<string, number[]>;
  /** `"404"`, or a class such as `"5xx"` → entry positions. */
  statuses: Record<string, number[]>;
  /** Host as listed (`api.example.com`, `*.example.com`) → service positions. */
  hosts: Record<string, number[]>;
  /** The first five words of a documented message → entry positions. */
  messages: Record<string, number[]>;
  /** Response headers that carry request ids, from every service, then the conventional ones. */
  idHeaders: string[];
  /** Code family prefixes (`AADSTS`) of every service, each once. */
  families: string[];
  /** APIs the catalog does not cover, from every service's `neighbours`. */
  others: OtherApi[];
  /** Reason phrases and meanings of the statuses the decoder knows by name. */
  httpStatuses: HttpStatusTable;
  /** How each body shape (envelope) is named in an explanation (see explain.ts). */
  shapes: Record<string, string>;
}

/** Identified: one entry. Ambiguous: several that nothing separates. Unknown: no claim. */
export type Verdict = 'identified' | 'ambiguous' | 'unknown';

/** How the input was read. */
export type InputForm =
  'empty' | 'json' | 'http' | 'curl' | 'har' | 'wrapped' | 'sdk-text' | 'bare-code' | 'bare-status' | 'text';

/** Everything read from one response, whether or not it matched an entry. */
export interface Extracted {
  form: InputForm;
  status?: number;
  reason?: string;
  /** The body's shape: one the catalog knows, or `other` for a body shaped like none of them. */
  envelope?: EnvelopeKind | 'other';
  code?: string;
  /** The first inner code; {@link innerCodes} has the whole chain, outermost first. */
  innerCode?: string;
  innerCodes?: string[];
  message?: string;
  /** Defender's per-request tracking id (the odata `target`). */
  target?: string;
  correlationId?: string;
  traceId?: string;
  timestamp?: string;
  requestIds?: { name: string; value: string }[];
  /** Codes of a numbered family a service documents (its `codeFamilies`), written `AADSTS70008`. */
  familyCodes?: string[];
  retryAfter?: { seconds: number; until: string };
  method?: string;
  url?: string;
  host?: string;
  /** The body was cut short; what could be read was read by pattern. */
  truncated?: boolean;
  /** A status was given and the body was empty. */
  emptyBody?: boolean;
  /** The values that fill the identified entry's message template, by placeholder name. */
  filled?: Record<string, string>;
}

/** An entry offered as the answer, one of the answers, or a guess. */
export interface Match {
  id: string;
  service: string;
  serviceName: string;
  status: number | string;
  code: string;
  innerCode: string | null;
  title: string;
  url: string;
  retryable: boolean;
  /** Sum of the points of the signals that counted (see match/points.ts). */
  points: number;
  /** One line per signal that counted, for or against, in plain words. */
  why: string[];
  /** The same signals as rows of the points table with their points (`code +10`), for `--json`. */
  tally: string[];

  filled?: Record<string, string>;
}

/** The general meaning of an HTTP status. */
/** The HTTP statuses the decoder reads and explains; the index carries it (see status-info.ts). */
export interface HttpStatusTable {
  /** `[status, reason phrase, meaning]`. */
  statuses: [number, string, string][];
  /**
   * Every reason phrase squeezed (see status-table.ts) with its status, the former ones that servers
   * still send included (`unprocessableentity` for 422): `[phrase, status]`.
   */
  reasons: [string, number][];
  /** The phrases a status in prose may be followed by, longest first (see read-status-text.ts). */
  phrases: string[];
  /** The meaning of a status outside the table, by class: item 4 for 4xx. */
  classes: string[];
}

export interface StatusInfo {
  status: number;
  reason: string;
  meaning: string;
}

/** The answer for one response. */
export interface DecodeItem {
  verdict: Verdict;
  extracted: Extracted;
  /** Identified: the answer first. Ambiguous: the entries that cannot be told apart. Unknown: empty. */
  matches: Match[];
  /** Unknown only: the nearest entries, offered as guesses and never as the answer. */
  guesses?: Match[];
  /** Unknown only: what the HTTP status means in general. */
  statusInfo?: StatusInfo;
  notes?: string[];
  /** The answer in plain words, for the page and the CLI. */
  explanation?: Explanation;
  /**
   * The best-scoring entry that is not the answer (for not recognised: the second-best candidate),
   * with its points: how close the verdict came to another one.
   */
  runnerUp?: { id: string; points: number };
}

/** What the page and the CLI say first, in plain words. */
export interface Explanation {
  /** The code and the service (identified), or what the paste is (otherwise). */
  headline: string;
  /** Ambiguous: what in a new paste would tell the candidates apart. */
  tellApart?: string;
  /** Not recognised: what the paste looks like, naming the API where a clue shows it. */
  looksLike?: string;
}

/** One item per response found in the input (several for a HAR). */
export interface DecodeResult {
  results: DecodeItem[];
}

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** The time a `Retry-After` counts from; defaults to the current time. */
  now?: Date | number;
  /** A variant of the points table (tests zero one row to prove it matters); defaults to `POINTS`. */
  points?: Partial<Record<string, number>>;
}
