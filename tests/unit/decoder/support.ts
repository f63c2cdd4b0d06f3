import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decoderIndexOf } from '../../../src/catalog/decoder-index.ts';
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
/** The index the site embeds, built the way the site builds it. */
export function realIndex(): CatalogIndex {
  return (cachedIndex ??= decoderIndexOf(realCatalog()));
}

export function fixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures/pastes', name), 'utf8');
}

/**
 * A catalog of `size` entries: the real one, then copies of it under new services (own hosts, codes
 * suffixed with the copy number), so lookups must still find the real entries among thousands.
 */
export function syntheticIndex(size: number): CatalogIndex {
  const catalog = realCatalog();
  const services = [...catalog.services];
  const entries = [...catalog.entries];
  for (let copy = 0; entries.length < size; copy++) {
    for (const s of catalog.services) {
      services.push({
        ...s,
        id: `${s.id}-${copy}`,
        hosts: s.hosts.map((h) => ({ ...h, host: h.host.replace(/^(\*\.)?/, `$1copy${copy}.`) })),
      });
    }
    for (const e of catalog.entries.slice(0, size - entries.length)) {
      entries.push({
        ...e,
        id: `${e.service}-${copy}/${e.slug}`,
        service: `${e.service}-${copy}`,
        code: `${e.code}${copy}`,
        innerCode: e.innerCode ? `${e.innerCode}${copy}` : undefined,
        aliases: e.aliases.map((a) => `${a}${copy}`),
        url: `/errors/${e.service}-${copy}/${e.slug}/`,
      });
    }
  }
  return buildDecoderIndex(services, entries);
}
