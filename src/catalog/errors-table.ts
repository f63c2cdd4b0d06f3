import type { Catalog, CatalogEntry } from './model.ts';

/**
 * The one table of every error (`/errors/`). Without JavaScript it is the whole table, split into
 * static pages of {@link ERRORS_PAGE_SIZE} rows so each page's HTML stays small at 10,000 entries;
 * the filter and sort read every row at once from `/errors/rows.json` when there is more than one page.
 */

/** Rows per static page of /errors/. */
export const ERRORS_PAGE_SIZE = 1000;

/** A row as the filter script reads it. */
export interface ErrorRow {
  code: string;
  innerCode: string;
  status: string;
  service: string;
  title: string;
  retryable: boolean;
  /** Site path with the base, ready for `href`. */
  url: string;
}

/**
 * `/errors/rows.json`, compact: the service names once, each row an array in {@link ROW_FIELDS} order
 * with the service as an index and `retryable` as 0 or 1.
 */
export interface ErrorRowsJson {
  services: string[];
  rows: [
    code: string,
    innerCode: string,
    status: string,
    service: number,
    title: string,
    retryable: 0 | 1,
    url: string,
  ][];
}

export function toErrorRow(entry: CatalogEntry, catalog: Catalog, base: string): ErrorRow {
  return {
    code: entry.code,
    innerCode: entry.innerCode ?? '',
    status: String(entry.status),
    service: catalog.serviceById.get(entry.service)?.name ?? entry.service,
    title: entry.title,
    retryable: entry.retryable,
    url: base.replace(/\/$/, '') + entry.url,
  };
}

/** Every entry, in catalog order (service, status, code), as rows. */
export function errorRows(catalog: Catalog, base = '/'): ErrorRow[] {
  return catalog.entries.map((e) => toErrorRow(e, catalog, base));
}

export function toErrorRowsJson(rows: ErrorRow[]): ErrorRowsJson {
  const services = [...new Set(rows.map((r) => r.service))];
  return {
    services,
    rows: rows.map((r) => [
      r.code,
      r.innerCode,
      r.status,
      services.indexOf(r.service),
      r.title,
      r.retryable ? 1 : 0,
      r.url,
    ]),
  };
}

/** The inverse of {@link toErrorRowsJson}, for the browser. */
export function fromErrorRowsJson(json: ErrorRowsJson): ErrorRow[] {
  return json.rows.map(([code, innerCode, status, service, title, retryable, url]) => ({
    code,
    innerCode,
    status,
    service: json.services[service] ?? '',
    title,
    retryable: retryable === 1,
    url,
  }));
}

/** Site path of page `n` (1-based) of the table; built with every other URL in ./urls.ts. */
export { errorsPagePath } from './urls.ts';

/** How many static pages the table needs. */
export function errorsPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ERRORS_PAGE_SIZE));
}
