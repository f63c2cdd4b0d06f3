import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import type { CatalogIndex, DecodeResult } from '../../../src/decoder/types.ts';
import { pasteFiles } from '../../support/decoder-margins.ts';
import { fixture, realIndex } from './support.ts';

/**
 * Hostile and absurd input: every case returns a well-formed result within its budget and never
 * throws. Budgets are generous for a loaded CI machine; the bench reports the real figures.
 */

const BUDGET_MS = 500;

const TYPICAL = fixture('curl-v-defender-host.txt');

function timed(text: string, index: CatalogIndex = realIndex()): { result: DecodeResult; ms: number } {
  const start = performance.now();
  const result = decode(text, index);
  return { result, ms: performance.now() - start };
}

function expectWellFormed(result: DecodeResult): void {
  expect(result.results.length).toBeGreaterThan(0);
  for (const item of result.results) {
    expect(['identified', 'ambiguous', 'unknown']).toContain(item.verdict);
    expect(Array.isArray(item.matches)).toBe(true);
    expect(() => JSON.stringify(result)).not.toThrow();
  }
}

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('size', () => {
  test('10 MB of text returns within 500 ms and still finds the response at its end', () => {
    const { result, ms } = timed(`${'lorem ipsum dolor sit amet '.repeat(400_000)}\n${TYPICAL}`);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result.results[0]!.matches[0]?.id).toBe('defender-endpoint/resource-not-found');
    expect(result.results[0]!.notes?.join(' ')).toMatch(/MB paste, around the response/);
  });

  test.each([
    ['10 MB of one letter', 'a'.repeat(10 * 1024 * 1024)],
    ['10 MB of spaces', ' '.repeat(10 * 1024 * 1024)],
    ['10 MB of newlines', '\n'.repeat(10 * 1024 * 1024)],
    [
      'a 5 MB string value',
      `{"error":{"code":"InsufficientAccessError","message":"${'x'.repeat(5 * 1024 * 1024)}"}}`,
    ],
  ])('%s', (_, text) => {
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(BUDGET_MS);
    expectWellFormed(result);
  });
});

describe('nesting 100,000 deep', () => {
  test.each([
    ['objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    [
      'inner errors',
      `${'{"error":{"code":"BadArgumentError","innererror":'.repeat(50_000)}{}${'}}'.repeat(50_000)}`,
    ],
    ['a HAR', `{"log":{"entries":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`],
    ['a status line and an endless body', `HTTP/1.1 400 Bad Request\n\n${'{"error":'.repeat(100_000)}`],
  ])('%s', (_, text) => {
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(BUDGET_MS);
    expectWellFormed(result);
  });
});

describe('bytes that are not text', () => {
  test('random binary, as Latin-1 and as broken UTF-8', () => {
    const next = random(42);
    const bytes = Uint8Array.from({ length: 256 * 1024 }, () => Math.floor(next() * 256));
    for (const text of [Buffer.from(bytes).toString('latin1'), new TextDecoder().decode(bytes)]) {
      const { result, ms } = timed(text);
      expect(ms).toBeLessThan(BUDGET_MS);
      expectWellFormed(result);
    }
  });

  test('NUL bytes and lone surrogates around a real body', () => {
    const { result } = timed(`\u0000\ud800${TYPICAL}\udfff\u0000`);
    expect(result.results[0]!.matches[0]?.id).toBe('defender-endpoint/resource-not-found');
  });

  test('a value that is not a string at all', () => {
    for (const value of [undefined, null, 42, {}, ['x']])
      expectWellFormed(decode(value as unknown as string, realIndex()));
  });
});

describe('prototype keys', () => {
  const hostile = [
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"error":{"code":"constructor","message":"__proto__","innererror":{"__proto__":{"code":"toString"}}}}',
    "{'error': {'code': '__proto__', 'message': 'hasOwnProperty'}}",
    'constructor',
    '__proto__',
    'toString',
    'HTTP/1.1 400 Bad Request\n__proto__: x\nconstructor: y\n\n{"type":"valueOf","message":"x"}',
  ];

  test.each(hostile)('%s claims nothing and pollutes nothing', (text) => {
    for (const index of [realIndex(), JSON.parse(JSON.stringify(realIndex())) as CatalogIndex]) {
      const { result } = timed(text, index);
      expectWellFormed(result);
      expect(result.results[0]!.verdict).toBe('unknown');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('markup in every field', () => {
  const script = '<script>alert(1)</script>';
  const img = '<img src=x onerror=alert(1)>';
  const text = [
    `HTTP/1.1 404 ${img}`,
    `x-ms-request-id: ${script}`,
    `Retry-After: ${img}`,
    '',
    JSON.stringify({
      error: { code: 'ResourceNotFound', message: `Resource ${script} was not found.`, target: img },
    }),
  ].join('\n');

  test('comes back as the same characters, untouched', () => {
    const [item] = decode(text, realIndex()).results;
    expect(item!.extracted.message).toBe(`Resource ${script} was not found.`);
    expect(item!.extracted.target).toBe(img);
    expect(item!.extracted.reason).toBe(img);
    expect(item!.matches[0]?.filled).toEqual({ 'the requested resource': script });
  });
});

describe('patterns built to make a regex backtrack', () => {
  const bait: [string, string][] = [
    ['open braces', '{'.repeat(2_000_000)],
    ['brace-quote pairs', '{"'.repeat(1_000_000)],
    ['escaped keys', '{\\"'.repeat(1_000_000)],
    ['Python keys', "{'".repeat(1_000_000)],
    ['double quotes', '"'.repeat(2_000_000)],
    ['backslashes', '\\'.repeat(2_000_000)],
    ['parentheses', '('.repeat(2_000_000)],
    ['code members', '"code": "'.repeat(200_000)],
    ['status lines', 'HTTP/1.1 400 x\n'.repeat(100_000)],
    ['header lines', `HTTP/1.1 400 Bad\n${'x-ms-request-id: abc\n'.repeat(100_000)}`],
    ['a URL without end', `url: https://${'a'.repeat(2_000_000)}`],
    ['AADSTS digits', `AADSTS${'7'.repeat(2_000_000)}`],
    ['camelCase', 'aB'.repeat(1_000_000)],
    ['literal CRLF', 'HTTP/1.1 200 OK\\r\\n'.repeat(100_000)],
    ['PowerShell gutters', `Line |\n${'  | '.repeat(500_000)}`],
    ['quote marks', '> '.repeat(1_000_000)],
    [
      'placeholders',
      `{"error":{"code":"MaximumBatchSizeExceeded","message":"Maximum batch size exceeded. Received: ${'Received: '.repeat(10_000)}"}}`,
    ],
  ];
  test.each(bait)('%s', (_, text) => {
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(BUDGET_MS);
    expectWellFormed(result);
  });
});

describe('fuzz', () => {
  const pieces = pasteFiles().map(fixture);
  test('500 random splices of real pastes never throw', () => {
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const a = pieces[Math.floor(next() * pieces.length)]!;
      const b = pieces[Math.floor(next() * pieces.length)]!;
      const text = a.slice(0, Math.floor(next() * a.length)) + b.slice(Math.floor(next() * b.length));
      expectWellFormed(decode(text, realIndex()));
    }
  });
});

describe('the index as a page embeds it', () => {
  test('decodes every fixture exactly as the live index does', () => {
    const parsed = JSON.parse(JSON.stringify(realIndex())) as CatalogIndex;
    for (const name of pasteFiles()) {
      const text = fixture(name);
      expect(decode(text, parsed, { now: 0 }), name).toEqual(decode(text, realIndex(), { now: 0 }));
    }
  });
});
