import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { loadSyntheticCatalog } from '../../support/synthetic-catalog.ts';
import { around, RELATED_LIMIT, sameStatusOf, twinsShown } from '../../../src/catalog/related.ts';

const real = loadCatalog(resolve(import.meta.dirname, '../../..')).catalog;
const big = loadSyntheticCatalog(3000);

describe('around', () => {
  const list = Array.from({ length: 20 }, (_, i) => i);

  it('takes the items on both sides of the current one, without it', () => {
    expect(around(list, 10, 4)).toEqual([8, 9, 11, 12]);
  });

  it('keeps the window full at either end of the list', () => {
    expect(around(list, 0, 4)).toEqual([1, 2, 3, 4]);
    expect(around(list, 19, 4)).toEqual([15, 16, 17, 18]);
    expect(around(list, 1, 4)).toEqual([0, 2, 3, 4]);
  });

  it('returns every other item of a list no longer than the limit', () => {
    expect(around([1, 2, 3], 1, 4)).toEqual([1, 3]);
    expect(around([7], 0, 4)).toEqual([]);
  });

  it('shows every item on some neighbour’s page', () => {
    const seen = new Set(list.flatMap((_, i) => around(list, i, 4)));
    expect([...seen].sort((a, b) => a - b)).toEqual(list);
  });
});

describe('related lists of an entry page', () => {
  it('list every sibling of a real entry, as before the bound', () => {
    for (const entry of real.entries) {
      const siblings = (real.entriesByService.get(entry.service) ?? []).filter(
        (e) => e.statusKey === entry.statusKey && e !== entry,
      );
      const related = sameStatusOf(real, entry);
      expect(related.total).toBe(siblings.length);
      if (siblings.length <= RELATED_LIMIT) expect(related.shown).toEqual(siblings);
      expect(twinsShown(real, entry).shown).toEqual(real.twinsOf(entry).slice(0, RELATED_LIMIT));
    }
  });

  it('stay at the limit in a service with a thousand errors of one status', () => {
    const largest = big.services.reduce((a, b) => (a.entryCount > b.entryCount ? a : b));
    const entries = big.entriesByService.get(largest.id)!;
    const entry = entries[500]!;
    const related = sameStatusOf(big, entry);
    expect(related.total).toBeGreaterThan(100);
    expect(related.shown).toHaveLength(RELATED_LIMIT);
    expect(related.shown).not.toContain(entry);
    for (const e of related.shown) {
      expect(e.service).toBe(entry.service);
      expect(e.statusKey).toBe(entry.statusKey);
    }
  });
});
