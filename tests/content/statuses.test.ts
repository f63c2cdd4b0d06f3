/**
 * Every status the catalog uses has its own row in the one status table (reason phrase, one-line
 * meaning, paragraph): a new status must not fall back to its class's words unnoticed.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { HTTP_STATUSES, STATUS_MEANINGS, statusKeyOf } from '../../src/decoder/status-info.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../..'));

describe.each(catalog.statuses.map((g) => ({ status: g.status, file: g.entries[0]!.filePath })))(
  'status $status',
  ({ status, file }) => {
    it('has a row with a reason phrase and a meaning', () => {
      const key = statusKeyOf(status);
      expect(
        key,
        `${file} uses status ${status}: add its row to HTTP_STATUSES and STATUS_MEANINGS in src/decoder/status-info.ts`,
      ).toBeDefined();
      expect(HTTP_STATUSES[key!].reason.length).toBeGreaterThan(1);
      expect(STATUS_MEANINGS[key!].length, 'write the paragraph a status page leads with').toBeGreaterThan(
        40,
      );
    });
  },
);

describe('the status table', () => {
  it('has no row for a status it does not describe, so the check above can fail', () => {
    expect(statusKeyOf(418)).toBeUndefined();
    expect(statusKeyOf('6XX')).toBeUndefined();
  });

  it('finds classes whatever their case', () => {
    expect(statusKeyOf('5XX')).toBe('5xx');
  });
});
