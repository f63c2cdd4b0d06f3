import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { loadSyntheticCatalog } from '../../support/synthetic-catalog.ts';
import { SIDEBAR_ENTRY_LIMIT, sidebarFor, type SidebarItem } from '../../../src/catalog/sidebar.ts';

const countLinks = (items: SidebarItem[]): number =>
  items.reduce((n, item) => n + ('items' in item ? countLinks(item.items) : 1), 0);

const real = loadCatalog(resolve(import.meta.dirname, '../../..')).catalog;
const big = loadSyntheticCatalog(5000);

describe('sidebarFor', () => {
  it('lists every service and status, and the current service’s entries', () => {
    const entry = real.entries.find((e) => e.id === 'coveo-ua-write/invalid-token')!;
    const sidebar = sidebarFor(real, { entry });
    const labels = JSON.stringify(sidebar);
    for (const service of real.services) expect(labels).toContain(service.name);
    expect(labels).toContain('/status/5xx/');
    expect(labels).toContain('/errors/coveo-ua-write/invalid-token-header/');
    expect(labels).not.toContain('/errors/defender-endpoint/');
  });

  it('stays the same size whatever the catalog holds', () => {
    const largest = big.services.reduce((a, b) => (a.entryCount > b.entryCount ? a : b));
    const entries = big.entriesByService.get(largest.id)!;
    expect(entries.length).toBeGreaterThan(1000);
    const links = countLinks(sidebarFor(big, { entry: entries[700]! }));
    // services + statuses + the bounded entry list + the fixed links
    expect(links).toBeLessThanOrEqual(big.services.length + big.statuses.length + SIDEBAR_ENTRY_LIMIT + 5);
    expect(JSON.stringify(sidebarFor(big, { entry: entries[700]! }))).toContain(entries[700]!.url);
  });
});
