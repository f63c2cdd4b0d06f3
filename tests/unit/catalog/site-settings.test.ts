import { describe, expect, it } from 'vitest';
import { reportProblemUrl, SITE_SETTINGS } from '../../../src/catalog/site-settings.ts';

const page = {
  title: 'InvalidJson (Coveo Usage Analytics Write API)',
  url: 'https://error-atlas.example/errors/coveo-ua-write/invalid-json/',
  filePath: 'content/errors/coveo-ua-write/invalid-json.md',
};

describe('reportProblemUrl', () => {
  it('is off while the repository setting is empty', () => {
    expect(reportProblemUrl('', page)).toBeUndefined();
    expect(reportProblemUrl('  ', page)).toBeUndefined();
    expect(reportProblemUrl(SITE_SETTINGS.repositoryUrl, page)).toBe(
      SITE_SETTINGS.repositoryUrl ? expect.any(String) : undefined,
    );
  });

  it('opens a new issue naming the page and its source file', () => {
    const url = new URL(reportProblemUrl('https://git.example/org/atlas/', page)!);
    expect(url.origin + url.pathname).toBe('https://git.example/org/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem with InvalidJson (Coveo Usage Analytics Write API)');
    expect(url.searchParams.get('body')).toContain(page.url);
    expect(url.searchParams.get('body')).toContain(page.filePath);
  });
});
