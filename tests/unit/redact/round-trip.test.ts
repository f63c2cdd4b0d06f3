import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { redact } from '../../../src/redact/redact.ts';
import { fixture, realCatalog, realIndex } from '../decoder/support.ts';

/**
 * Redaction keeps what the decoder reads: every example of every entry, with credentials added the
 * way a paste carries them, decodes after redaction exactly as the clean example does.
 */

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const verdictOf = (text: string) =>
  decode(text, realIndex(), { now: 0 }).results.map((r) => [r.verdict, r.matches.map((m) => m.id)]);

/** The example with a credential header after its status line and a cookie, as `curl -i` would show. */
const withSecrets = (example: string): string => {
  const lines = example.split('\n');
  const at = /^HTTP\/\S+ \d{3}/.test(lines[0] ?? '') ? 1 : 0;
  lines.splice(at, 0, `Authorization: Bearer ${JWT}`, 'Cookie: session=s3ss10nV4lue');
  return lines.join('\n');
};

const examples = realCatalog().entries.flatMap((entry) =>
  entry.examples.map((example, i) => [`${entry.id} example ${i + 1}`, example] as const),
);

describe.each(examples)('%s', (_, example) => {
  test('decodes the same after redaction', () => {
    expect(verdictOf(redact(example).text)).toEqual(verdictOf(example));
  });

  test('with credentials added, decodes the same after redaction and keeps none of them', () => {
    const { text } = redact(withSecrets(example));
    expect(text).not.toContain(JWT);
    expect(text).not.toContain('s3ss10nV4lue');
    expect(verdictOf(text)).toEqual(verdictOf(example));
  });
});

test('real pastes from the fixtures decode the same after redaction', () => {
  for (const name of [
    'curl-v-defender-host.txt',
    'invalid-grant-400-strong-signal.txt',
    'har-four-entries.har',
    'python-traceback-then-body.txt',
  ]) {
    const text = fixture(name);
    expect(verdictOf(redact(text).text), name).toEqual(verdictOf(text));
  }
});
