import type { Catalog, CatalogEntry } from './model.ts';

/**
 * The related-entry lists of an entry page, bounded so that a page weighs the same whatever the
 * catalog's size: a service with 2,000 errors of one status would otherwise list 1,999 of them on
 * each of its pages, and the site's size and build time would grow with the square of the service.
 */

/** The most rows a related list shows; a larger list links to where all of them are. */
export const RELATED_LIMIT = 12;

/** A bounded list: the rows shown and how many there are in all. */
export interface Related {
  shown: CatalogEntry[];
  total: number;
}

/**
 * At most `limit` items of `list` around `list[at]`, in list order, without it: the items just
 * before and after it, shifted at either end so that the window stays full. Every item of a list
 * is thereby shown on the pages of its neighbours.
 */
export function around<T>(list: readonly T[], at: number, limit: number): T[] {
  const start = Math.max(0, Math.min(at - Math.floor(limit / 2), list.length - 1 - limit));
  return list.slice(start, start + limit + 1).filter((_, i) => start + i !== at);
}

/** Each service's entries by status, in the service's order, and each entry's place in its group. */
interface StatusGroups {
  groups: Map<string, CatalogEntry[]>;
  places: Map<CatalogEntry, number>;
}

const statusGroups = new WeakMap<Catalog, StatusGroups>();

/**
 * The catalog's entries grouped by service and status, once per catalog: every entry page asks for
 * its group, and filtering the service's entries on each page would cost the square of the
 * service's size (4 million comparisons for a service of 2,000).
 */
function statusGroupsOf(catalog: Catalog): StatusGroups {
  let found = statusGroups.get(catalog);
  if (!found) {
    found = { groups: new Map(), places: new Map() };
    for (const [service, entries] of catalog.entriesByService) {
      for (const e of entries) {
        const key = `${service} ${e.statusKey}`;
        const group = found.groups.get(key) ?? [];
        found.places.set(e, group.length);
        group.push(e);
        found.groups.set(key, group);
      }
    }
    statusGroups.set(catalog, found);
  }
  return found;
}

/** The service's other errors with the entry's status, nearest to it in the service's order. */
export function sameStatusOf(catalog: Catalog, entry: CatalogEntry): Related {
  const { groups, places } = statusGroupsOf(catalog);
  const group = groups.get(`${entry.service} ${entry.statusKey}`) ?? [entry];
  return { shown: around(group, places.get(entry) ?? 0, RELATED_LIMIT), total: group.length - 1 };
}

/** The same code documented by other services, in service order. */
export function twinsShown(catalog: Catalog, entry: CatalogEntry): Related {
  const twins = catalog.twinsOf(entry);
  return { shown: twins.slice(0, RELATED_LIMIT), total: twins.length };
}
