import { describe, expect, test } from 'vitest';
import { findJsonCandidates, unescapeOnce } from '../../../src/decoder/read/find-json.ts';
import { parseLooseJson, pythonReprToJson } from '../../../src/decoder/read/parse-loose-json.ts';
import { readEnvelope } from '../../../src/decoder/read/read-envelope.ts';
import { readTruncated } from '../../../src/decoder/read/read-truncated.ts';

/** Finding a body in pasted text and reading its envelope. */

describe('findJsonCandidates', () => {
  test.each([
    ['a body after prose', 'Error: {"error":{"code":"X"}} done', ['{"error":{"code":"X"}}']],
    [
      'two bodies, nested objects not listed again',
      '{"a":{"b":1}} and {"c":2}',
      ['{"a":{"b":1}}', '{"c":2}'],
    ],
    ['braces inside strings', '{"message":"a } b { c"}', ['{"message":"a } b { c"}']],
    [
      'an escaped body',
      'x "{\\"error\\":{\\"code\\":\\"Y\\",\\"message\\":\\"say \\\\\\"hi\\\\\\"\\"}}" y',
      ['{"error":{"code":"Y","message":"say \\"hi\\""}}'],
    ],
    ['a Python dict', "{'code': 'Forbidden'}", ["{'code': 'Forbidden'}"]],
    ['no object: template braces and code blocks', 'Hash value {the invalid hash} and {{x}}', []],
  ])('%s', (_, text, expected) => {
    expect(
      findJsonCandidates(text)
        .filter((c) => c.closed)
        .map((c) => c.text),
    ).toEqual(expected);
  });

  test('marks a body that runs out as not closed', () => {
    const [candidate] = findJsonCandidates('{"error":{"code":"X","message":"cut');
    expect(candidate).toMatchObject({ closed: false, start: 0 });
  });

  test('gives up on nesting deeper than 64 instead of recursing', () => {
    // 100 levels: the outer 36 are too deep to read; the innermost 64 form the first candidate.
    expect(findJsonCandidates(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`).map((c) => c.start)).toEqual([
      36 * 5,
    ]);
  });
});

describe('unescapeOnce', () => {
  test.each([
    ['{\\"a\\":1}', '{"a":1}'],
    ['a\\\\b', 'a\\b'],
    ['\\u0041\\n', 'A\n'],
    ['keeps \\q and a trailing \\', 'keeps \\q and a trailing \\'],
  ])('%s', (input, output) => expect(unescapeOnce(input)).toBe(output));
});

describe('parseLooseJson', () => {
  test.each([
    ['strict JSON', '{"a":[1,true,null]}', { a: [1, true, null] }],
    [
      'a Python dict',
      "{'a': [1, True, None], 'b': \"it's\", 'c': 'say \"x\"'}",
      { a: [1, true, null], b: "it's", c: 'say "x"' },
    ],
    [
      'a terminal-wrapped line',
      '{"message":"Insufficient privileges to comp\nlete the operation."}',
      { message: 'Insufficient privileges to complete the operation.' },
    ],
    ['not JSON', '{nope}', undefined],
  ])('%s', (_, text, value) => expect(parseLooseJson(text)).toEqual(value));

  test('leaves Python words inside strings alone', () =>
    expect(pythonReprToJson("{'x': 'True None'}")).toBe('{"x": "True None"}'));
});

describe('readEnvelope', () => {
  test.each([
    [
      'odata with an inner chain',
      {
        error: { code: 'A', message: 'm', target: 't', innererror: { code: 'B', innererror: { code: 'C' } } },
      },
      { envelope: 'odata', code: 'A', innerCodes: ['B', 'C'], message: 'm', target: 't' },
    ],
    [
      'Microsoft Graph (innerError without a code)',
      { error: { code: 'A', innerError: { 'request-id': 'r', date: 'd' } } },
      {
        envelope: 'odata',
        quirk: expect.stringContaining('Microsoft Graph') as unknown,
        requestIds: [{ name: 'request-id', value: 'r' }],
      },
    ],
    [
      'Azure AD Graph (odata.error, {lang, value})',
      { 'odata.error': { code: 'Authorization_RequestDenied', message: { lang: 'en', value: 'v' } } },
      { envelope: 'odata', message: 'v' },
    ],
    [
      'a bare error object',
      { code: 'Forbidden', message: 'm' },
      { envelope: 'odata', partial: true, code: 'Forbidden' },
    ],
    [
      'oauth',
      {
        error: 'invalid_grant',
        error_description: 'd',
        error_codes: [70002, 70008],
        trace_id: 't',
        correlation_id: 'c',
        timestamp: 'ts',
      },
      {
        envelope: 'oauth',
        code: 'invalid_grant',
        errorNumbers: [70002, 70008],
        traceId: 't',
        correlationId: 'c',
        timestamp: 'ts',
      },
    ],
    ['coveo', { message: 'm', type: 'InvalidToken' }, { envelope: 'coveo', code: 'InvalidToken' }],
    [
      'problem details',
      { title: 'Bad Request', status: 400, detail: 'd' },
      { envelope: 'problem-details', code: 'Bad Request', status: 400, message: 'd' },
    ],
    [
      'Google (numeric code)',
      [{ error: { code: 400, message: 'm', status: 'INVALID_ARGUMENT' } }],
      { envelope: 'other', status: 400 },
    ],
    [
      'GitHub',
      { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      { envelope: 'other', message: 'Not Found' },
    ],
    [
      'case-insensitive keys',
      { Error: { Code: 'X', Message: 'm' } },
      { envelope: 'odata', code: 'X', message: 'm' },
    ],
  ])('%s', (_, body, expected) => expect(readEnvelope(body)).toMatchObject(expected));

  test.each([[null], [42], ['text'], [{ value: [1, 2] }]])('%j carries no error', (body) =>
    expect(readEnvelope(body)).toBeUndefined(),
  );
});

describe('readTruncated', () => {
  test.each([
    [
      'odata cut in the inner message',
      '{"error":{"message":"m","code":"InsufficientAccessError","innererror":{"code":"UnauthorizedClient","message":"The service princ',
      { envelope: 'odata', code: 'InsufficientAccessError', innerCodes: ['UnauthorizedClient'] },
    ],
    [
      'oauth cut in the description',
      '{"error":"invalid_grant","error_description":"AADSTS70000: The provided value',
      { envelope: 'oauth', code: 'invalid_grant', message: 'AADSTS70000: The provided value' },
    ],
    [
      'a Python dict cut off',
      "{'code': 'Forbidden', 'message': 'The application does",
      { envelope: 'odata', code: 'Forbidden' },
    ],
    [
      'problem details',
      '{"title":"Not Found","status":404,"det',
      { envelope: 'problem-details', code: 'Not Found', status: 404 },
    ],
  ])('%s', (_, text, expected) => expect(readTruncated(text)).toMatchObject(expected));

  test('does not take a code that was itself cut off', () => {
    expect(readTruncated('{"message":"m","type":"Inv')).toMatchObject({ envelope: 'other', message: 'm' });
    expect(readTruncated('{"message":"m","type":"Inv')?.code).toBeUndefined();
  });
});
