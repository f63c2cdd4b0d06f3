import { describe, expect, test } from 'vitest';
import { describeRemovals, REDACTED, redact, redactSecrets } from '../../../src/redact/redact.ts';
import { CASES } from './corpus.ts';
import { HAR_SECRETS, HAR_WITH_SECRETS } from '../../support/har-with-secrets.ts';

describe('the corpus: every seeded secret is removed and the rest is kept', () => {
  test('holds at least 60 secrets', () => {
    expect(CASES.flatMap((c) => c.secrets).length).toBeGreaterThanOrEqual(60);
  });

  test.each(CASES.map((c) => [c.form, c] as const))('%s', (_, { paste, secrets, keep = [] }) => {
    const { text, removed } = redact(paste);
    for (const secret of secrets) expect(text, `"${secret}" survived in:\n${text}`).not.toContain(secret);
    for (const part of keep) expect(text, `"${part}" was lost from:\n${text}`).toContain(part);
    expect(removed.length, 'the page must be able to say what was removed').toBeGreaterThan(0);
    expect(text).toContain(REDACTED);
  });

  test.each(CASES.map((c) => [c.form, c] as const))('%s: a second pass changes nothing', (_, { paste }) => {
    const once = redact(paste).text;
    expect(redact(once)).toEqual({ text: once, removed: [] });
  });
});

describe('a HAR export', () => {
  const { text, removed } = redact(HAR_WITH_SECRETS);

  test('loses every secret: headers, cookies, query pairs, form params, URL, body, base64 body', () => {
    for (const secret of HAR_SECRETS) expect(text).not.toContain(secret);
    const bodies = (JSON.parse(text) as { log: { entries: { response: { content: { text: string } } }[] } })
      .log.entries;
    expect(Buffer.from(bodies[0]!.response.content.text, 'base64').toString()).toContain(
      'InvalidAuthenticationToken',
    );
  });

  test('stays a HAR of the same shape, with the non-secrets in place', () => {
    const har = JSON.parse(text) as { log: { entries: unknown[] } };
    expect(har.log.entries).toHaveLength(2);
    expect(text).toContain('7da0f588-0389-4720-a1a4-7858b95b5000');
    expect(text).toContain('"name":"client_id","value":"abc"');
    expect(text).toContain('$top=1');
  });

  test('says what it removed, counting cookies', () => {
    const summary = describeRemovals(removed);
    expect(summary).toContain('Authorization header');
    expect(summary).toContain('3 cookies');
    expect(summary).toContain('sig=');
    expect(summary).toContain('client_secret=');
  });

  test('a pretty-printed HAR keeps its indentation', () => {
    const pretty = JSON.stringify(JSON.parse(HAR_WITH_SECRETS), null, 2) + '\n';
    const out = redact(pretty).text;
    expect(out.startsWith('{\n  "log": {\n    "version"')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  test('a document the text rules would break (a key cut before its END line) is walked instead', () => {
    const paste = '{"key":"-----BEGIN PRIVATE KEY-----\\nMIIcut","code":"InvalidToken"}';
    const { text, removed } = redact(paste);
    expect(JSON.parse(text)).toEqual({
      key: expect.not.stringContaining('MIIcut') as unknown,
      code: 'InvalidToken',
    });
    expect(removed).toEqual(['private key']);
  });

  test('a HAR fragment that is not a whole document is still redacted pair by pair', () => {
    const fragment = '"headers": [\n  {\n    "name": "Cookie",\n    "value": "fr4gment"\n  },';
    expect(redactSecrets(fragment)).not.toContain('fr4gment');
  });
});

describe('what is not a secret stays word for word', () => {
  test.each([
    ['error codes written as Code=', 'Code=PathNotFoundError, Message=The requested path does not exist'],
    ['request ids', 'x-ms-request-id: 5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44'],
    ['AADSTS numbers and trace ids', 'AADSTS70008: expired. Trace ID: 7da0f588-0389-4720-a1a4-7858b95b5000'],
    ['a Host header', 'Host: api.securitycenter.microsoft.com'],
    ['a challenge', 'WWW-Authenticate: Bearer realm="api", error="invalid_token"'],
    [
      'prose about tokens',
      'The Bearer token is invalid. Basic authentication failed. Invalid token: expired.',
    ],
    ['a JSON error code member', '{"code":"InvalidToken","message":"The provided token is invalid."}'],
    [
      'an e-mail address and a tenant id',
      'user bob@contoso.com in tenant 72f988bf-86f1-41af-91ab-2d7cd011db47',
    ],
    ['a status line', 'HTTP/1.1 403 Forbidden'],
  ])('%s', (_, input) => expect(redact(input)).toEqual({ text: input, removed: [] }));
});

describe('never throws', () => {
  test.each([undefined, null, 42, '', '{', '{"a":', '\u0000'.repeat(10), '"\\'.repeat(1000)])(
    '%s',
    (input) => {
      expect(() => redact(input as unknown as string)).not.toThrow();
    },
  );
});

test('describeRemovals groups and counts', () => {
  expect(describeRemovals(['Authorization header', 'cookie', 'cookie', 'sig='])).toBe(
    '2 cookies, Authorization header, sig=',
  );
  expect(describeRemovals([])).toBe('');
});
