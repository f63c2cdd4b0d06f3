import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import type { Catalog } from '../../src/catalog/model.ts';
import { writeSyntheticCatalog } from '../bench/synthetic-catalog.ts';

/**
 * The bench's synthetic catalog of `total` entries, read by the one loader, from a temporary folder
 * that is removed after the calling test file's tests.
 */
export function loadSyntheticCatalog(total: number): Catalog {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeSyntheticCatalog(join(dir, 'content'), total);
  return loadCatalog(dir).catalog;
}
