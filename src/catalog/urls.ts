/**
 * Every site path the catalog publishes, built in one place: pages, components, catalog.json, the
 * sidebar and the link check all read these, so a URL format changes here or nowhere. Paths are
 * without the site's base; {@link withBase} adds it where a page writes a link. The routes in
 * src/pages/ have the same shape.
 */

// The three folders of catalog pages, apart from SITE_PATHS so that a bundle needing only
// `entryPath` (the decoder island) does not carry the whole object.
const ERRORS = '/errors/';
const SERVICES = '/services/';
const STATUSES = '/status/';

/** The fixed pages and files of the site. */
export const SITE_PATHS = {
  home: '/',
  decode: '/decode/',
  errors: ERRORS,
  errorRows: '/errors/rows.json',
  services: SERVICES,
  statuses: STATUSES,
  catalogJson: '/catalog.json',
  catalogSchema: '/catalog.schema.json',
} as const;

/** An entry's page; `id` is `<service>/<slug>`. */
export const entryPath = (id: string): string => `${ERRORS}${id}/`;

/** An entry's catalog record as JSON. */
export const entryJsonPath = (id: string): string => `${ERRORS}${id}.json`;

/** An entry's page content as Markdown. */
export const entryMarkdownPath = (id: string): string => `${ERRORS}${id}.md`;

/** A service's page. */
export const servicePath = (id: string): string => `${SERVICES}${id}/`;

/** A status page; `key` is `404`, or `5xx` for a class. */
export const statusPath = (key: string): string => `${STATUSES}${key}/`;

/** Page `n` (1-based) of the table of every error. */
export const errorsPagePath = (n: number): string => (n === 1 ? ERRORS : `${ERRORS}page/${n}/`);

/**
 * The content file a page is built from, for messages that tell a contributor what to fix:
 * `errors/<service>/<slug>/` → `content/errors/<service>/<slug>.md`. Undefined for other pages.
 * `path` is a site path without the base.
 */
export function contentFileOf(path: string): string | undefined {
  if (path.startsWith(`${ERRORS}page/`)) return undefined;
  const entry = new RegExp(`^${ERRORS}([^/]+/[^/]+)/$`).exec(path);
  if (entry) return `content/errors/${entry[1]}.md`;
  const service = new RegExp(`^${SERVICES}([^/]+)/$`).exec(path);
  if (service) return `content/services/${service[1]}.md`;
  return undefined;
}

/** Prefixes a site path (`/errors/x/`) with the configured base, for sites served from a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
