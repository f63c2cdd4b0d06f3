/** Shared steps for the search tests: open the dialog, type, read the hits. */
import { expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';

/** Opens the search dialog from the header and returns its search box. */
export async function openSearch(page: Page) {
  await page.locator('atlas-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('searchbox');
  await expect(input).toBeFocused();
  return input;
}

/** The hits in the dialog, in reading order (code answers first). */
export const hits = (page: Page) => page.locator('atlas-search a[data-hit]');

/** The catalog as the content folder holds it. */
export function catalog() {
  return loadCatalog(resolve(import.meta.dirname, '../..')).catalog;
}

/**
 * Every key a reader can type for a code, derived here from the catalog (not from the site's own
 * key function): code, inner code, aliases, and the number of a code in one of the service's
 * families (AADSTS70008 → 70008). Each lower-case key maps to how it is written and the URLs
 * (without the site's base) of the entries that answer to it.
 */
export function keysOfCatalog(): Map<string, { typed: string; urls: Set<string> }> {
  const { entries, serviceById } = catalog();
  const keys = new Map<string, { typed: string; urls: Set<string> }>();
  const add = (typed: string, url: string) => {
    const key = keys.get(typed.toLowerCase()) ?? { typed, urls: new Set<string>() };
    keys.set(typed.toLowerCase(), key);
    key.urls.add(url);
  };
  for (const entry of entries) {
    const families = serviceById.get(entry.service)?.codeFamilies ?? [];
    for (const name of [entry.code, entry.innerCode, ...entry.aliases].filter((n) => n !== undefined)) {
      add(name, entry.url);
      for (const family of families) {
        const number = new RegExp(`^${family}(\\d+)$`).exec(name)?.[1];
        if (number) add(number, entry.url);
      }
    }
  }
  return keys;
}
