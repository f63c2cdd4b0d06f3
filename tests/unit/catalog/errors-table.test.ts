import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import {
  ERRORS_PAGE_SIZE,
  errorRows,
  errorsPageCount,
  errorsPagePath,
  fromErrorRowsJson,
  toErrorRowsJson,
} from '../../../src/catalog/errors-table.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));

describe('the rows of /errors/', () => {
  it('cover every entry, with base-prefixed links', () => {
    const rows = errorRows(catalog, '/atlas/');
    expect(rows).toHaveLength(catalog.entries.length);
    expect(rows.map((r) => r.url)).toEqual(catalog.entries.map((e) => `/atlas${e.url}`));
  });

  it('survive the compact rows.json and back', () => {
    const rows = errorRows(catalog);
    const json = toErrorRowsJson(rows);
    expect(json.services).toHaveLength(catalog.services.length);
    expect(fromErrorRowsJson(JSON.parse(JSON.stringify(json)))).toEqual(rows);
  });

  it('split into static pages only past one page', () => {
    expect(errorsPageCount(catalog.entries.length)).toBe(1);
    expect(errorsPageCount(ERRORS_PAGE_SIZE + 1)).toBe(2);
    expect(errorsPageCount(10_000)).toBe(Math.ceil(10_000 / ERRORS_PAGE_SIZE));
    expect(errorsPagePath(1)).toBe('/errors/');
    expect(errorsPagePath(3)).toBe('/errors/page/3/');
  });
});
