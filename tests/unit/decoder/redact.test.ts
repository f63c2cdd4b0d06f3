import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { REDACTED, redactSecrets } from '../../../src/decoder/redact.ts';
import { fixture, realIndex } from './support.ts';

/** What "Copy link" puts in the URL: no credential survives, everything the decoder reads does. */

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5sb2dhbmFseXRpY3MuaW8ifQ.c2lnbmF0dXJlLXZhbHVl';

const CASES: [string, string, string][] = [
  ['Authorization header', `Authorization: Bearer ${JWT}`, 'Authorization: [REDACTED]'],
  ['curl request header', `> authorization: Basic dXNlcjpwYXNz`, '> authorization: [REDACTED]'],
  ['Cookie', 'Cookie: session=abc123; theme=dark', 'Cookie: [REDACTED]'],
  ['Set-Cookie', 'Set-Cookie: id=a3fWa; Secure; HttpOnly', 'Set-Cookie: [REDACTED]'],
  [
    'x-api-key in curl -H',
    `curl -H "x-api-key: k3y" https://api.example.com`,
    `curl -H "x-api-key: [REDACTED]" https://api.example.com`,
  ],
  [
    'Ocp-Apim-Subscription-Key',
    'Ocp-Apim-Subscription-Key: 0123456789abcdef',
    'Ocp-Apim-Subscription-Key: [REDACTED]',
  ],
  ['header in a Python dict', "'Authorization': 'Bearer abc.def'", "'Authorization': '[REDACTED]'"],
  ['bearer token in prose', 'I sent Bearer abc123def456 and got 401', 'I sent Bearer [REDACTED] and got 401'],
  ['bare JWT', `token=${JWT}`, `token=${REDACTED}`],
  [
    'SAS signature',
    'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=AbC%2Bd%3D&se=2026',
    'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=[REDACTED]&se=2026',
  ],
  [
    'api_key and apikey query values',
    'https://x.example/q?api_key=s1&apikey=s2&page=2',
    'https://x.example/q?api_key=[REDACTED]&apikey=[REDACTED]&page=2',
  ],
  [
    'form body secrets',
    'grant_type=authorization_code&code=OAQABAAIAAA&client_secret=s3cr3t&redirect_uri=https://x',
    'grant_type=authorization_code&code=[REDACTED]&client_secret=[REDACTED]&redirect_uri=https://x',
  ],
  [
    'access_token query value',
    'wss://x.example/hub?access_token=abc',
    'wss://x.example/hub?access_token=[REDACTED]',
  ],
  [
    'access_token JSON member',
    '{"access_token":"abc.def","token_type":"Bearer"}',
    '{"access_token":"[REDACTED]","token_type":"Bearer"}',
  ],
];

describe('redactSecrets removes', () => {
  test.each(CASES)('%s', (_, input, expected) => expect(redactSecrets(input)).toBe(expected));
});

describe('redactSecrets keeps', () => {
  test.each([
    ['error codes written as Code=', 'Code=PathNotFoundError, Message=The requested path does not exist'],
    ['request ids', 'x-ms-request-id: 5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44'],
    ['AADSTS numbers and trace ids', 'AADSTS70008: expired. Trace ID: 7da0f588-0389-4720-a1a4-7858b95b5000'],
    ['a Host header', 'Host: api.securitycenter.microsoft.com'],
  ])('%s', (_, input) => expect(redactSecrets(input)).toBe(input));

  test('everything the decoder needs: a redacted fixture decodes the same', () => {
    for (const name of [
      'curl-v-defender-host.txt',
      'invalid-grant-400-strong-signal.txt',
      'har-four-entries.har',
      'python-traceback-then-body.txt',
    ]) {
      const text = fixture(name);
      const before = decode(text, realIndex(), { now: 0 }).results.map((r) => [
        r.verdict,
        r.matches.map((m) => m.id),
      ]);
      const after = decode(redactSecrets(text), realIndex(), { now: 0 }).results.map((r) => [
        r.verdict,
        r.matches.map((m) => m.id),
      ]);
      expect(after, name).toEqual(before);
    }
  });

  test('is idempotent and never throws', () => {
    const once = redactSecrets(`Authorization: Bearer ${JWT}\n?code=x`);
    expect(redactSecrets(once)).toBe(once);
    expect(redactSecrets(undefined as unknown as string)).toBe('');
  });
});
