import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { loadSyntheticCatalog } from '../../support/synthetic-catalog.ts';
import {
  SIDEBAR_ENTRY_LIMIT,
  SIDEBAR_SERVICE_LIMIT,
  sidebarFor,
  type SidebarItem,
} from '../../../src/catalog/sidebar.ts';

const countLinks = (items: SidebarItem[]): number =>
  items.reduce((n, item) => n + ('items' in item ? countLinks(item.items) : 1), 0);

const real = loadCatalog(resolve(import.meta.dirname, '../../..')).catalog;
// 10,000 entries in 17 synthetic services: more services than the sidebar lists.
const big = loadSyntheticCatalog(10_000);

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
    expect(big.services.length).toBeGreaterThan(SIDEBAR_SERVICE_LIMIT);
    // the bounded service and entry lists, the statuses and five fixed links
    expect(links).toBe(SIDEBAR_SERVICE_LIMIT + big.statuses.length + SIDEBAR_ENTRY_LIMIT + 5);
    expect(JSON.stringify(sidebarFor(big, { entry: entries[700]! }))).toContain(entries[700]!.url);
  });

  it('lists the first services in order, and the current one whatever its place', () => {
    const services = (sidebar: SidebarItem[]) => {
      const group = sidebar.find((item) => item.label === 'Services')!;
      return 'items' in group ? group.items.map((item) => item.label) : [];
    };
    const names = big.services.map((s) => s.name);
    const total = `All ${names.length} services`;
    expect(services(sidebarFor(big))).toEqual([total, ...names.slice(0, SIDEBAR_SERVICE_LIMIT)]);
    const last = big.services.at(-1)!;
    expect(services(sidebarFor(big, { service: last.id }))).toEqual([
      total,
      ...names.slice(0, SIDEBAR_SERVICE_LIMIT - 1),
      last.name,
    ]);
    expect(services(sidebarFor(real))).toEqual(['All services', ...real.services.map((s) => s.name)]);
  });
});
