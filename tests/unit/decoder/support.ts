import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { buildDecoderIndex } from '../../../src/decoder/build-index.ts';
import type { CatalogIndex } from '../../../src/decoder/types.ts';

/** Shared by the decoder tests: the real catalog's index, fixtures, a fixed clock. */

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Every Retry-After in the tests counts from this moment. */
export const NOW = new Date('2026-01-01T00:00:00Z');

let cached: ReturnType<typeof loadCatalog>['catalog'] | undefined;
export function realCatalog() {
  return (cached ??= loadCatalog(ROOT).catalog);
}

let cachedIndex: CatalogIndex | undefined;
export function realIndex(): CatalogIndex {
  const catalog = realCatalog();
  return (cachedIndex ??= buildDecoderIndex(catalog.services, catalog.entries));
}

export function fixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures/pastes', name), 'utf8');
}
