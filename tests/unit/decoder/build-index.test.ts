import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { CatalogEntry, CatalogService } from '../../../src/catalog/model.ts';
import { buildDecoderIndex, exampleHasEmptyBody } from '../../../src/decoder/build-index.ts';
import { decode } from '../../../src/decoder/decode.ts';
import type { IndexSourceEntry, IndexSourceService } from '../../../src/decoder/types.ts';
import { fixture, realCatalog, realIndex, syntheticIndex } from './support.ts';

// The catalog model is what the index is built from: this only compiles while they stay assignable.
const assignable: [IndexSourceService, IndexSourceEntry] = [{} as CatalogService, {} as CatalogEntry];
void assignable;

const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('the decoder index', () => {
  const index = realIndex();

  test('holds every entry, and none of their examples', () => {
    expect(index.entries).toHaveLength(realCatalog().entries.length);
    expect(JSON.stringify(index)).not.toContain('HTTP/1.1');
  });

  test('knows which entries document an empty body (from their examples)', () => {
    const empty = index.entries
      .filter((e) => e.empty)
      .map((e) => e.id)
      .sort();
    expect(empty).toEqual([
      'azure-log-analytics/missing-json-or-content-type',
      'azure-log-analytics/no-data-in-workspace',
      't-iot-hub/empty-response',
    ]);
    expect(exampleHasEmptyBody('HTTP/1.1 200 OK\nContent-Length: 0\n\n')).toBe(true);
    expect(exampleHasEmptyBody('HTTP/1.1 204 No Content\r\nx: y')).toBe(true);
    expect(exampleHasEmptyBody('HTTP/1.1 400 Bad\n\n{"a":1}')).toBe(false);
  });

  test('maps lower-cased codes, inner codes and aliases to entries', () => {
    const at = (key: string) => (index.keys[key] ?? []).map((i) => index.entries[i]!.id);
    expect(at('invalidtokenheader')).toEqual(['coveo-ua-write/invalid-token-header']);
    expect(at('aadsts70008')).toEqual(['azure-log-analytics/invalid-grant']);
    expect(at('syntaxerror')).toEqual(['azure-log-analytics/bad-argument-error']);
    expect(at('invalidrequest').sort()).toEqual([
      'coveo-ua-write/invalid-request-406',
      'coveo-ua-write/invalid-request-415',
    ]);
    expect(index.statuses['5xx']?.map((i) => index.entries[i]!.id)).toEqual([
      'coveo-ua-write/server-error-5xx',
    ]);
    expect(index.hosts['*.iot.telekom.com']).toHaveLength(1);
  });

  test('stores its maps without a prototype, so contributor keys cannot reach Object.prototype', () => {
    expect(Object.getPrototypeOf(index.keys)).toBeNull();
    const hostile = buildDecoderIndex(
      [{ id: 's', name: 'S', hosts: [{ host: '__proto__' }], envelope: 'odata' }],
      [
        {
          id: 's/x',
          service: 's',
          status: 400,
          code: '__proto__',
          title: 'x',
          message: 'x',
          aliases: ['constructor'],
          envelope: 'odata',
          retryable: false,
          url: '/errors/s/x/',
          examples: [],
        },
      ],
    );
    expect(hostile.keys['__proto__']).toEqual([0]);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
  });

  test('is at most 6 KB gzipped at 72 entries and grows linearly', () => {
    expect(gzip(index)).toBeLessThanOrEqual(6 * 1024);
    const perEntry = gzip(index) / index.entries.length;
    const big = syntheticIndex(2000);
    expect(gzip(big) / big.entries.length).toBeLessThan(perEntry * 1.5);
  });
});

describe('a 10,000-entry catalog', () => {
  const big = syntheticIndex(10_000);
  const typical = fixture('curl-v-defender-host.txt');

  test('decodes the same paste to the same entry', () => {
    expect(decode(typical, big).results[0]!.matches[0]!.id).toBe('defender-endpoint/resource-not-found');
    expect(decode('InvalidTokenHeader17', big).results[0]!.matches[0]!.id).toBe(
      'coveo-ua-write-17/invalid-token-header',
    );
  });

  test('decodes at most 2× slower than the real catalog (index lookups, no scan)', () => {
    const median = (index: typeof big) => {
      const times: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const start = performance.now();
        decode(typical, index);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[times.length >> 1]!;
    };
    median(realIndex());
    median(big);
    expect(median(big)).toBeLessThan(2 * median(realIndex()));
  });
});
