import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the table of every error costs: the gzipped HTML of `/errors/` (the first page of the table
 * at scale) and of `rows.json`, which its filter fetches once to search every row.
 */
export function errorsIndexSize(dist: string): { html: number; rowsJson: number } {
  const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
  return { html: gz('errors/index.html'), rowsJson: gz('errors/rows.json') };
}
