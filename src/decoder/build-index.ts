import type {
  CatalogIndex,
  IndexEntry,
  IndexService,
  IndexSourceEntry,
  IndexSourceService,
} from './types.ts';

/**
 * Builds the decoder's index from the catalog model (at build time for the page, at start-up for the
 * CLI). The result is plain JSON: examples are not kept, only what they show (an empty body).
 */

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
  const position = new Map(services.map((s, i) => [s.id, i]));

  const indexServices: IndexService[] = services.map((service, i) => {
    for (const { host } of service.hosts) push(hosts, host.toLowerCase(), i);
    return {
      id: service.id,
      name: service.name,
      env: service.envelope,
      hosts: service.hosts.map((h) => (h.pathPrefix ? [h.host, h.pathPrefix] : [h.host])),
    };
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
      msg: empty ? '' : entry.message,
      env: entry.envelope,
      retryable: entry.retryable,
    };
    if (entry.innerCode) item.inner = entry.innerCode;
    if (entry.aliases.length > 0) item.aliases = [...entry.aliases];
    if (empty) item.empty = true;
    if (entry.url !== `/errors/${entry.id}/`) item.url = entry.url;
    indexEntries.push(item);

    push(keys, indexKey(entry.code), at);
    if (entry.innerCode) push(keys, indexKey(entry.innerCode), at);
    for (const alias of entry.aliases) push(keys, indexKey(alias), at);
    push(statuses, indexKey(entry.status), at);
  }

  return { version: 1, services: indexServices, entries: indexEntries, keys, statuses, hosts };
}

/** The site path of an indexed entry. */
export function entryUrl(entry: IndexEntry): string {
  return entry.url ?? `/errors/${entry.id}/`;
}
