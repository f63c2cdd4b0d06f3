import type { Catalog, CatalogEntry } from './model.ts';
import { SITE_PATHS, statusPath } from './urls.ts';
import { withZeroWidthBreaks } from './word-breaks.ts';
import { codeLabel } from './entry-label.ts';

/** How many of the current service's entries the sidebar lists around the current page. */
export const SIDEBAR_ENTRY_LIMIT = 30;
/** How many services the sidebar lists; the services page lists them all. */
export const SIDEBAR_SERVICE_LIMIT = 10;

interface SidebarLink {
  label: string;
  link: string;
}
interface SidebarGroup {
  label: string;
  items: (SidebarLink | SidebarGroup)[];
  collapsed?: boolean;
}
export type SidebarItem = SidebarLink | SidebarGroup;

/**
 * The sidebar of one page. Its size is bounded whatever the catalog holds: every status, at most
 * {@link SIDEBAR_SERVICE_LIMIT} services (the current one always among them) and at most
 * {@link SIDEBAR_ENTRY_LIMIT} entries of the current service, those nearest the current entry, so a
 * 10,000-entry catalog of 200 services does not put thousands of links on every page.
 */
export function sidebarFor(
  catalog: Catalog,
  current: { service?: string; entry?: CatalogEntry } = {},
): SidebarItem[] {
  const serviceId = current.entry?.service ?? current.service;
  const services = catalog.services.slice(0, SIDEBAR_SERVICE_LIMIT);
  const service = serviceId ? catalog.serviceById.get(serviceId) : undefined;
  // Past the limit, the current service takes the last place: it comes after the others in order.
  if (service && !services.includes(service)) services[services.length - 1] = service;
  const shownAll = services.length === catalog.services.length;
  const items: SidebarItem[] = [
    { label: 'Decode a response', link: SITE_PATHS.decode },
    { label: 'All errors', link: SITE_PATHS.errors },
    {
      label: 'Services',
      items: [
        {
          label: shownAll ? 'All services' : `All ${catalog.services.length} services`,
          link: SITE_PATHS.services,
        },
        ...services.map((s) => ({ label: s.name, link: s.url })),
      ],
    },
    {
      label: 'By status',
      collapsed: current.service !== undefined,
      items: [
        { label: 'All statuses', link: SITE_PATHS.statuses },
        ...catalog.statuses.map((g) => ({ label: String(g.status), link: statusPath(g.key) })),
      ],
    },
  ];
  if (service) {
    const all = catalog.entriesByService.get(service.id) ?? [];
    const entries = nearest(all, current.entry);
    items.push({
      label: `${service.name} errors`,
      items: [
        // Labels are plain text: zero-width spaces let long codes wrap at word boundaries only.
        ...entries.map((e) => ({ label: `${e.status} ${withZeroWidthBreaks(codeLabel(e))}`, link: e.url })),
        ...(entries.length < all.length ? [{ label: `All ${all.length} errors…`, link: service.url }] : []),
      ],
    });
  }
  return items;
}

/** Up to the limit, the entries nearest the current one in catalog order (it sorts by status). */
function nearest(all: CatalogEntry[], entry: CatalogEntry | undefined): CatalogEntry[] {
  if (all.length <= SIDEBAR_ENTRY_LIMIT) return all;
  const at = entry ? Math.max(0, all.indexOf(entry)) : 0;
  const start = Math.min(
    Math.max(0, at - Math.floor(SIDEBAR_ENTRY_LIMIT / 2)),
    all.length - SIDEBAR_ENTRY_LIMIT,
  );
  return all.slice(start, start + SIDEBAR_ENTRY_LIMIT);
}
