import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { familyNumber, looseIdHeader } from '../../../src/decoder/read/read-ids.ts';
import { statusWithReason } from '../../../src/decoder/read/read-status-text.ts';
import { httpStatusTable } from '../../../src/decoder/status-info.ts';
import { redact } from '../../../src/redact/redact.ts';
import { ROOT } from './support.ts';

/**
 * Every regular expression a decoder or redaction module exports (a pattern, or a list of them) runs over strings
 * built to make a backtracking engine explode, and must finish well inside a frame budget. A new
 * pattern is picked up by being exported; see path-to-regexp's `redos.spec.ts` for the idea.
 */

// Far above a linear scan (a few ms) and far below a backtracking blow-up (seconds or more).
const BUDGET_MS = 250;
const LENGTH = 50_000;

/** Runs of one unit, each also with a character that makes a match fail at the very end. */
const UNITS = [
  'a',
  'A',
  'aB',
  '0',
  ' ',
  '\t',
  '\n',
  '{',
  '}',
  '[',
  '"',
  "'",
  '\\',
  '\\"',
  ':',
  '=',
  '-',
  '.',
  '(',
  '/',
  '<',
  '|',
  '>',
  '*',
  '{"',
  '"code": "',
  'HTTP/1.1 ',
  'https://',
  'AADSTS',
  'Code: ',
  'x-ms-request-id: ',
  '\\r\\n',
  '{x}',
  '│ ',
  '" +\n',
  '"a" + ',
  'ERROR CODE: ',
  'AbCd: ',
  'Inner error: ',
  'eyJ-',
  'eyJa.',
  'Bearer ',
  'Digest a=',
  '"password":"',
  '\\"token\\":\\"',
  'Authorization: ',
  '-----BEGIN PRIVATE KEY-----',
  '?sig=',
  'https://a:',
  '-u a:',
  'SharedAccessSignature ',
];

const attacks = UNITS.flatMap((unit) => {
  const run = unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  return [run, `${run}!`, `${run}\u0000`];
});

// The decoder and the redaction engine both run their patterns over whatever was pasted.
const modules = ['src/decoder', 'src/redact'].flatMap((dir) =>
  readdirSync(resolve(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name}`),
);
// Patterns built from data (the services' id headers and code families, the status table), built here as the index builds them.
const patterns: [string, RegExp][] = [
  [
    'read-ids.ts looseIdHeader',
    looseIdHeader(['x-ms-request-id', 'request-id', 'client-request-id', 'x-request-id']),
  ],
  ['read-ids.ts familyNumber', familyNumber('AADSTS')],
  ['read-status-text.ts statusWithReason', statusWithReason(httpStatusTable().phrases)],
];
for (const name of modules) {
  const exported = (await import(resolve(ROOT, name))) as Record<string, unknown>;
  for (const [key, value] of Object.entries(exported)) {
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    list.forEach((item, i) => {
      // A rule table holds its patterns as `{ pattern }` rows.
      const pattern = item instanceof RegExp ? item : (item as { pattern?: unknown } | null)?.pattern;
      if (pattern instanceof RegExp)
        patterns.push([`${name} ${key}${list.length > 1 ? `[${i}]` : ''}`, pattern]);
    });
  }
}

function run(pattern: RegExp, text: string): void {
  const copy = new RegExp(pattern.source, pattern.flags);
  if (!copy.global) {
    copy.exec(text);
    return;
  }
  for (let n = 0, m = copy.exec(text); m && n < 100_000; n++, m = copy.exec(text)) {
    if (m[0] === '') copy.lastIndex++;
  }
}

test('the decoder and the redaction engine export their patterns (so this test sees them)', () => {
  expect(patterns.length).toBeGreaterThan(30);
  expect(patterns.filter(([name]) => name.startsWith('src/redact')).length).toBeGreaterThan(15);
});

test(`redacting any pathological input stays under ${BUDGET_MS * 2} ms`, () => {
  for (const text of attacks) {
    const start = performance.now();
    redact(text);
    const ms = performance.now() - start;
    expect(ms, `redact took ${ms.toFixed(1)} ms on ${JSON.stringify(text.slice(0, 24))}…`).toBeLessThan(
      BUDGET_MS * 2,
    );
  }
});

describe.each(patterns)('%s', (_, pattern) => {
  test(`stays under ${BUDGET_MS} ms on every pathological input`, () => {
    for (const text of attacks) {
      const start = performance.now();
      run(pattern, text);
      const ms = performance.now() - start;
      expect(ms, `${pattern} took ${ms.toFixed(1)} ms on ${JSON.stringify(text.slice(0, 24))}…`).toBeLessThan(
        BUDGET_MS,
      );
    }
  });
});
