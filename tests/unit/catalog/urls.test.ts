import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import {
  contentFileOf,
  entryJsonPath,
  entryMarkdownPath,
  entryPath,
  errorsPagePath,
  servicePath,
  SITE_PATHS,
  statusPath,
} from '../../../src/catalog/urls.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));

describe('site paths', () => {
  it('are built from the one module for every entry and service of the model', () => {
    for (const e of catalog.entries) {
      expect(e.url).toBe(entryPath(e.id));
      expect(e.jsonUrl).toBe(entryJsonPath(e.id));
      expect(e.markdownUrl).toBe(entryMarkdownPath(e.id));
    }
    for (const s of catalog.services) expect(s.url).toBe(servicePath(s.id));
  });

  it('have the shapes of the routes in src/pages/', () => {
    expect(entryPath('svc/not-found')).toBe('/errors/svc/not-found/');
    expect(entryJsonPath('svc/not-found')).toBe('/errors/svc/not-found.json');
    expect(entryMarkdownPath('svc/not-found')).toBe('/errors/svc/not-found.md');
    expect(servicePath('svc')).toBe('/services/svc/');
    expect(statusPath('5xx')).toBe('/status/5xx/');
    expect(errorsPagePath(1)).toBe(SITE_PATHS.errors);
    expect(errorsPagePath(2)).toBe('/errors/page/2/');
    expect(SITE_PATHS.errorRows).toBe('/errors/rows.json');
  });
});

describe('contentFileOf', () => {
  it('maps entry and service pages back to the file to fix', () => {
    expect(contentFileOf(entryPath('svc/not-found'))).toBe('content/errors/svc/not-found.md');
    expect(contentFileOf(servicePath('svc'))).toBe('content/services/svc.md');
  });

  it('knows no file for the other pages', () => {
    for (const path of [
      SITE_PATHS.home,
      SITE_PATHS.errors,
      errorsPagePath(2),
      statusPath('404'),
      SITE_PATHS.services,
    ])
      expect(contentFileOf(path)).toBeUndefined();
  });
});
