import { entryPath } from '../catalog/urls.ts';
import { SHAPES } from './explain/explain.ts';
import { compileTemplate, matchTemplate } from './message-template.ts';
import { readBody } from './read/read-body.ts';
import { CONVENTIONAL_ID_HEADERS } from './read/read-ids.ts';
import { httpStatusTable } from './status-info.ts';
import type {
  CatalogIndex,
  IndexEntry,
  IndexService,
  IndexSourceEntry,
  IndexSourceService,
  OtherApi,
} from './types.ts';

/**
 * Builds the decoder's index from the catalog model (at build time for the page, at start-up for the
 * CLI). The result is plain JSON: examples are not kept, only what they show (an empty body).
 */

/** The message an example's body carries, read the way the decoder reads a paste. */
function exampleMessage(example: string): string | undefined {
  const match = HEAD_BODY_SEPARATOR.exec(example);
  if (!match) return undefined;
  return readBody(example.slice(match.index + match[0].length)).reading?.message;
}

/** Every example carries the documented message as the template allows: the API writes it verbatim. */
function writesVerbatim(entry: IndexSourceEntry): boolean {
  const template = compileTemplate(entry.message);
  return entry.examples.every((example) => {
    const message = exampleMessage(example);
    return message !== undefined && matchTemplate(template, message) !== undefined;
  });
}

/** Blank line between head and body: CRLF or LF (the examples are YAML block scalars). */
const HEAD_BODY_SEPARATOR = /\r?\n[ \t]*\r?\n/;

/** True when a wire example has a status line and headers but no body. */
export function exampleHasEmptyBody(example: string): boolean {
  const match = HEAD_BODY_SEPARATOR.exec(example);
  return match === null || example.slice(match.index + match[0].length).trim() === '';
}

function push(map: Record<string, number[]>, key: string, value: number): void {
  const list = Object.hasOwn(map, key) ? map[key]! : (map[key] = []);
  if (!list.includes(value)) list.push(value);
}

/** Words of a message that key it: enough to be specific, few enough to come before any placeholder. */
const MESSAGE_KEY_WORDS = 5;

/**
 * The key of a message for the message map: its first five words, lower case, blanks collapsed.
 * `undefined` when a placeholder comes first or the message is shorter (too common to key on).
 */
export function messageKey(message: string): string | undefined {
  const words = message.trim().toLowerCase().split(/\s+/, MESSAGE_KEY_WORDS);
  if (words.length < MESSAGE_KEY_WORDS || words.some((w) => w.includes('{'))) return undefined;
  return words.join(' ');
}

/** Lower-cases a code or status for the maps; `5XX` becomes `5xx`. */
export function indexKey(value: string | number): string {
  return String(value).trim().toLowerCase();
}

/**
 * The index of a catalog. `CatalogService` and `CatalogEntry` (src/catalog/model.ts) are assignable to
 * the source types; entries of a service that is not listed are left out.
 */
export function buildDecoderIndex(services: IndexSourceService[], entries: IndexSourceEntry[]): CatalogIndex {
  // Object.create(null): keys come from contributors and must never reach Object.prototype.
  const keys: Record<string, number[]> = Object.create(null);
  const statuses: Record<string, number[]> = Object.create(null);
  const hosts: Record<string, number[]> = Object.create(null);
  const messages: Record<string, number[]> = Object.create(null);
  const position = new Map(services.map((s, i) => [s.id, i]));

  const idHeaders = new Set<string>();
  const others = new Map<string, OtherApi>();
  const indexServices: IndexService[] = services.map((service, i) => {
    for (const { host } of service.hosts) push(hosts, host.toLowerCase(), i);
    for (const name of service.requestIdHeaders ?? []) idHeaders.add(name.toLowerCase());
    for (const other of service.neighbours ?? []) {
      const known = others.get(other.name) ?? { name: other.name, hosts: [], words: [] };
      known.hosts = [...new Set([...known.hosts, ...other.hosts.map((h) => h.toLowerCase())])];
      known.words = [...new Set([...known.words, ...other.words])];
      others.set(other.name, known);
    }
    const item: IndexService = {
      id: service.id,
      name: service.name,
      env: service.envelope,
      hosts: service.hosts.map((h) => (h.pathPrefix ? [h.host, h.pathPrefix] : [h.host])),
    };
    if (service.codeFamilies?.length) item.families = [...service.codeFamilies];
    return item;
  });

  const indexEntries: IndexEntry[] = [];
  for (const entry of entries) {
    const svc = position.get(entry.service);
    if (svc === undefined) continue; // an entry of an unknown service cannot be matched by host or envelope
    const at = indexEntries.length;
    const empty = entry.examples.some(exampleHasEmptyBody);
    const item: IndexEntry = {
      id: entry.id,
      svc,
      status: entry.status,
      code: entry.code,
      title: entry.title,
      env: entry.envelope,
      retryable: entry.retryable,
    };
    if (!empty) item.msg = compileTemplate(entry.message);
    if (entry.innerCode) item.inner = entry.innerCode;
    if (entry.aliases.length > 0) item.aliases = [...entry.aliases];
    if (empty) item.empty = true;
    else if (writesVerbatim(entry)) item.verbatim = true;
    if (entry.url !== entryPath(entry.id)) item.url = entry.url;
    indexEntries.push(item);

    push(keys, indexKey(entry.code), at);
    if (entry.innerCode) push(keys, indexKey(entry.innerCode), at);
    for (const alias of entry.aliases) push(keys, indexKey(alias), at);
    push(statuses, indexKey(entry.status), at);
    const key = empty ? undefined : messageKey(entry.message);
    if (key) push(messages, key, at);
  }

  return {
    version: 1,
    services: indexServices,
    entries: indexEntries,
    keys,
    statuses,
    hosts,
    messages,
    idHeaders: [...new Set([...idHeaders, ...CONVENTIONAL_ID_HEADERS])],
    families: [...new Set(indexServices.flatMap((s) => s.families ?? []))],
    others: [...others.values()],
    httpStatuses: httpStatusTable(),
    shapes: SHAPES,
  };
}

/** The site path of an indexed entry. */
export function entryUrl(entry: IndexEntry): string {
  return entry.url ?? entryPath(entry.id);
}
