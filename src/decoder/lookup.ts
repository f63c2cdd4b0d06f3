import { indexKey, messageKey } from './build-index.ts';
import type { CatalogIndex, IndexService } from './types.ts';

/**
 * Constant-time questions to the index. Maps are read with `Object.hasOwn`, so a key such as
 * `constructor` finds nothing, whether the index came from {@link buildDecoderIndex} or from JSON.
 */

const NONE: readonly number[] = [];

function read(map: Record<string, number[]>, key: string): readonly number[] {
  return Object.hasOwn(map, key) ? (map[key] ?? NONE) : NONE;
}

/** Entries whose code, inner code or alias is `value` (any case). */
export function entriesForKey(index: CatalogIndex, value: string): readonly number[] {
  return read(index.keys, indexKey(value));
}

/** Entries whose documented message starts with the same five words as `message`. */
export function entriesForMessage(index: CatalogIndex, message: string): readonly number[] {
  const key = messageKey(message);
  return key ? read(index.messages, key) : NONE;
}

/** Entries documented with this exact status, or with its class (`5xx`). */
export function entriesForStatus(
  index: CatalogIndex,
  status: number,
  kind: 'exact' | 'class',
): readonly number[] {
  return read(index.statuses, kind === 'exact' ? String(status) : `${String(status)[0]}xx`);
}

/** Services that list this host, directly or through a `*.` wildcard on one of its parent domains. */
export function servicesForHost(index: CatalogIndex, host: string): readonly number[] {
  const name = host.toLowerCase();
  const exact = read(index.hosts, name);
  if (exact.length > 0) return exact;
  const labels = name.split('.');
  for (let i = 1; i < labels.length - 1 && i < 12; i++) {
    const wildcard = read(index.hosts, `*.${labels.slice(i).join('.')}`);
    if (wildcard.length > 0) return wildcard;
  }
  return NONE;
}

/**
 * The host and path are the service's; the host is, but the path belongs to another API on it; the
 * host is shared and no path was seen, so it says nothing; or the host is not the service's.
 */
export type HostFit = 'match' | 'other-path' | 'shared' | 'no';

/**
 * A listed host name (lower case: the catalog schema's rule for hosts) matches `name`: exactly, or
 * any subdomain for `*.example.com`.
 */
export function hostMatches(listed: string, name: string): boolean {
  return listed.startsWith('*.') ? name.endsWith(listed.slice(1)) : name === listed;
}

/**
 * A path prefix matches a path segment by segment, ignoring case; a `*` segment matches any one
 * segment (`/subscriptions/*\/resourceGroups` matches every subscription id).
 */
export function pathMatches(prefix: string, path: string): boolean {
  const want = prefix.toLowerCase().split('/').filter(Boolean);
  const have = path.toLowerCase().split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (have.length < want.length) return false;
  return want.every((segment, i) => segment === '*' || segment === have[i]);
}

/** Whether a host (and path, when known) belongs to a service, honouring `*.` and path prefixes. */
export function hostFit(service: IndexService, host: string, path: string | undefined): HostFit {
  const name = host.toLowerCase();
  let fit: HostFit = 'no';
  for (const [listed, prefix] of service.hosts) {
    if (!hostMatches(listed, name)) continue;
    if (!prefix) return 'match';
    if (path === undefined) fit = 'shared';
    else if (pathMatches(prefix, path)) return 'match';
    else if (fit === 'no') fit = 'other-path';
  }
  return fit;
}
