import type { CatalogEntry, CatalogService } from './model.ts';
import { SITE_PATHS, statusPath } from './urls.ts';

/** One step of a breadcrumb trail; `path` is a site path without the base. */
export interface Crumb {
  name: string;
  path: string;
}

/** Errors › Service › Status › Code: the trail above an entry page. */
export function entryBreadcrumbs(entry: CatalogEntry, service: CatalogService): Crumb[] {
  return [
    { name: 'Errors', path: SITE_PATHS.errors },
    { name: service.name, path: service.url },
    { name: String(entry.status), path: statusPath(entry.statusKey) },
    { name: entry.code, path: entry.url },
  ];
}

/**
 * schema.org `BreadcrumbList` for a trail. `absolute` turns a site path into a full URL (structured
 * data wants absolute ones).
 * @see https://schema.org/BreadcrumbList
 */
export function breadcrumbListLd(crumbs: Crumb[], absolute: (path: string) => string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absolute(crumb.path),
    })),
  };
}
