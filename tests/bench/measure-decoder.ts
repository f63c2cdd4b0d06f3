import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { decoderIndexOf } from '../../src/catalog/decoder-index.ts';
import { decode } from '../../src/decoder/decode.ts';
import type { CatalogIndex } from '../../src/decoder/types.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

/** A typical paste: a full response of about 1.5 KB with headers and an OData body. */
export const TYPICAL = [
  'HTTP/1.1 403 Forbidden',
  'Cache-Control: no-cache',
  'Content-Type: application/json; charset=utf-8',
  'Date: Sun, 22 Nov 2026 04:12:09 GMT',
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
  'x-ms-request-id: 5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44',
  'x-ms-correlation-request-id: 8d1e4f2a-7b3c-4e5d-9a6f-0c1b2d3e4f5a',
  'Via: 1.1 gateway',
  '',
  JSON.stringify(
    {
      error: {
        message: 'The provided credentials have insufficient access to perform the requested operation',
        code: 'InsufficientAccessError',
        innererror: {
          code: 'UnauthorizedClient',
          message:
            'The service principal does not have sufficient permissions to access this resource: 997631f8-3a55-4bb2-81b2-c0972b222260',
        },
      },
    },
    null,
    2,
  ),
  '',
].join('\r\n');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median microseconds of `decode(text)` over `runs` runs, after a warm-up. */
export function medianDecodeMicros(text: string, index: CatalogIndex, runs = 5000): number {
  for (let i = 0; i < 500; i++) decode(text, index);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    decode(text, index);
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return median(times);
}

function millis(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A HAR of about `bytes` bytes: many successful entries and a few errors from the catalog. */
export function makeHar(bytes: number): string {
  const entries: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const failed = i % 50 === 7;
    const text = failed
      ? '{"message":"The provided token is invalid.","type":"InvalidToken"}'
      : JSON.stringify({
          value: Array.from({ length: 20 }, (_, k) => ({ id: `${i}-${k}`, name: 'machine' })),
        });
    entries.push({
      request: {
        method: 'POST',
        url: `https://analytics.cloud.coveo.com/rest/ua/v15/analytics/search?i=${i}`,
        headers: [],
      },
      response: {
        status: failed ? 400 : 200,
        statusText: failed ? 'Bad Request' : 'OK',
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        content: { size: text.length, mimeType: 'application/json', text },
      },
    });
    size += text.length + 300;
  }
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries } });
}

export interface DecoderFigures {
  typical_median_us: number;
  har_1mb_ms: number;
  paste_10mb_ms: number;
  catalog_72_median_us: number;
  catalog_10k_median_us: number;
  index_gzip_72: number;
  index_gzip_10k: number;
}

export function measureDecoder(root: string): DecoderFigures {
  const index = decoderIndexOf(loadCatalog(root).catalog);
  const typical = medianDecodeMicros(TYPICAL, index);
  const har = makeHar(1024 * 1024);
  const paste = `${'lorem ipsum dolor sit amet '.repeat(400_000)}\n${TYPICAL}`;

  // 10,000 entries: the real 72 plus synthetic ones, so the same paste is decoded against both.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-10k-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeSyntheticCatalog(join(dir, 'content'), 10_000 - index.entries.length);
    const big = decoderIndexOf(loadCatalog(dir).catalog);
    return {
      typical_median_us: round(typical),
      har_1mb_ms: round(millis(() => decode(har, index))),
      paste_10mb_ms: round(millis(() => decode(paste, index), 3)),
      catalog_72_median_us: round(typical),
      catalog_10k_median_us: round(medianDecodeMicros(TYPICAL, big)),
      index_gzip_72: gzipSync(JSON.stringify(index)).length,
      index_gzip_10k: gzipSync(JSON.stringify(big)).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
