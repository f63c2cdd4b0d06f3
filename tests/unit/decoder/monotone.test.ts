import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import type { DecodeItem } from '../../../src/decoder/types.ts';
import { splitResponse } from './metamorphic.ts';
import { NOW, realCatalog, realIndex } from './support.ts';

/**
 * More true information never makes the answer worse: for every example of every entry, adding a
 * true status line, Host header, request URL or surrounding prose keeps an identified answer on the
 * same entry, and never turns an ambiguous answer into "not recognised".
 */

const catalog = realCatalog();
const index = realIndex();
const RANK = { unknown: 0, ambiguous: 1, identified: 2 } as const;

const decodeOne = (text: string): DecodeItem => decode(text, index, { now: NOW }).results[0]!;

/** `after` is at least as good an answer as `before`. */
function expectNoWorse(before: DecodeItem, after: DecodeItem) {
  const context = `${before.verdict} → ${after.verdict}: ${JSON.stringify(after.explanation)}`;
  expect(RANK[after.verdict], context).toBeGreaterThanOrEqual(RANK[before.verdict]);
  if (before.verdict === 'identified') expect(after.matches[0]?.id, context).toBe(before.matches[0]!.id);
  if (before.verdict === 'ambiguous' && after.verdict === 'ambiguous')
    expect(after.matches.map((m) => m.id).every((id) => before.matches.some((m) => m.id === id))).toBe(true);
}

const cases = catalog.entries.flatMap((entry) => {
  const service = catalog.services.find((s) => s.id === entry.service)!;
  const { host, pathPrefix } = service.hosts[0]!;
  const realHost = host.replace('*.', 'tenant.');
  const url = `https://${realHost}${(pathPrefix ?? '/').replaceAll('*', 'x')}`;
  return entry.examples.map((example, n) => ({ name: `${entry.id} #${n + 1}`, example, url, realHost }));
});

describe.each(cases)('$name', ({ example, url, realHost }) => {
  const parts = splitResponse(example);
  const full = decodeOne(example);
  const head = example.split('\n')[0]!;

  if (parts.body !== '')
    test('adding the status line to the body', () => expectNoWorse(decodeOne(parts.body), full));
  test('adding the Host header', () =>
    expectNoWorse(full, decodeOne(example.replace(head, `${head}\nHost: ${realHost}`))));
  test('adding the request URL', () => expectNoWorse(full, decodeOne(`GET ${url}\n\n${example}`)));
  test('adding prose around it', () =>
    expectNoWorse(full, decodeOne(`Calling the API fails with this:\n\n${example}\n\nThanks for any help.`)));
});
