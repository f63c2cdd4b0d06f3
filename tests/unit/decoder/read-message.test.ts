import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../../src/decoder/read/normalize-text.ts';
import { readHttp } from '../../../src/decoder/read/read-http.ts';
import { readFamilyCodes, readRequestIds } from '../../../src/decoder/read/read-ids.ts';
import { readRequest } from '../../../src/decoder/read/read-request.ts';
import { readSdkText } from '../../../src/decoder/read/read-sdk-text.ts';
import { knowledgeOf } from '../../../src/decoder/read/knowledge.ts';
import {
  readStatusText,
  reasonPhrases,
  statusWithReason,
} from '../../../src/decoder/read/read-status-text.ts';
import { parseRetryAfter } from '../../../src/decoder/read/retry-after.ts';
import { statusInfo } from '../../../src/decoder/status-info.ts';
import { realIndex } from './support.ts';

/** Reading the text around a body: status lines, headers, requests, SDK dumps. */

describe('normalizeText', () => {
  test.each([
    ['byte-order mark and CRLF', '\ufeffa\r\nb\rc', 'a\nb\nc'],
    ['terminal colours', '\x1b[31mERROR\x1b[0m x', 'ERROR x'],
    ['Markdown fences', '```json\n{}\n```', '\n{}\n'],
    ['Markdown quotes', '> line one\n> > line two', 'line one\nline two'],
    [
      'a flattened message',
      'HTTP/1.1 429 Too Many Requests\\r\\nRetry-After: 1\\r\\n',
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 1\n',
    ],
  ])('undoes %s', (_, input, output) => expect(normalizeText(input)).toBe(output));

  test('keeps curl -v request lines, which are not quotes', () => {
    const curl = '> GET / HTTP/1.1\n> Host: x\n< HTTP/1.1 404 Not Found\n';
    expect(normalizeText(curl)).toBe(curl);
  });
});

describe('readHttp', () => {
  test.each([
    [
      'HTTP/1.1 403 Forbidden\nA: b\n\nbody',
      { form: 'http', status: 403, reason: 'Forbidden', headers: [['a', 'b']], body: 'body' },
    ],
    ['http/2 429\nretry-after: 5\n', { status: 429, headers: [['retry-after', '5']], body: '' }],
    ['HTTP/3 500', { status: 500, body: '' }],
    ['HTTP/1.1 100 Continue\n\nHTTP/1.1 400 Bad Request\n\n{}', { status: 400, body: '{}' }],
    [
      '< HTTP/2 404\n< x: y\n<\n{"a":1}* Connection #0 left intact',
      { form: 'curl', status: 404, headers: [['x', 'y']] },
    ],
  ])('%j', (text, expected) => expect(readHttp(text)).toMatchObject(expected));

  test('finds no response without a status line', () =>
    expect(readHttp('GET / HTTP/1.1\nHost: x')).toBeUndefined());
});

describe('readRequest', () => {
  test.each([
    [
      '> POST /api/x HTTP/2\n> Host: api.example.com',
      { method: 'POST', host: 'api.example.com', url: 'https://api.example.com/api/x', path: '/api/x' },
    ],
    [
      'POST https://api.loganalytics.io/v1/workspaces/w/query',
      { method: 'POST', host: 'api.loganalytics.io' },
    ],
    ["msrest.http_logger : Request URL: 'https://graph.windows.net/t/users'", { host: 'graph.windows.net' }],
    [
      'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.x.io/v1',
      { host: 'api.x.io' },
    ],
    [
      'Invoke-RestMethod -Method Get -Uri "https://api.securitycenter.microsoft.com/api/alerts"',
      { host: 'api.securitycenter.microsoft.com' },
    ],
    [
      "HTTPSConnectionPool(host='login.microsoftonline.com', port=443)",
      { host: 'login.microsoftonline.com' },
    ],
    [
      '{"documentation_url":"https://docs.github.com/rest","error_uri":"https://login.microsoftonline.com/e"}',
      {},
    ],
  ])('%s', (text, expected) => expect(readRequest(text)).toEqual(expect.objectContaining(expected)));

  test('a URL inside a body names no request', () =>
    expect(readRequest('{"documentation_url":"https://docs.github.com/rest"}')).toEqual({}));
});

describe('readStatusText', () => {
  test.each([
    ['Log Analytics query failed: 403 Forbidden - {', 403],
    ['com.microsoft.azure.CloudException: Status code 401, {', 401],
    ['The remote server returned an error: (404) Not Found.', 404],
    ['Response status code does not indicate success: 400 (Bad Request).', 400],
    ['requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url', 429],
    ['msrest.http_logger : Response status: 403', 403],
    ["{ status: 403, statusText: 'Forbidden'", 403],
    ['it took 404 seconds', undefined],
    ['400 Not Found', undefined],
  ])('%s', (text, status) => expect(readStatusText(text, knowledgeOf(realIndex()))).toBe(status));

  test('reason phrases come from the index and only plain words become part of the pattern', () => {
    const pattern = statusWithReason(reasonPhrases(['Not Found', 'Bad (Request', 'Too Many Requests']));
    expect(pattern.exec('got 429 Too Many Requests')?.[2]).toBe('Too Many Requests');
    expect(pattern.source).not.toContain('Bad (Request');
  });
});

describe('readSdkText', () => {
  test.each([
    [
      'azure.core.exceptions.HttpResponseError: (PathNotFoundError) The requested path does not exist',
      'PathNotFoundError',
    ],
    ['Code: InsufficientAccessError\nMessage: The provided credentials', 'InsufficientAccessError'],
    ['ServiceError: code: PathNotFoundError - , The requested path does not exist', 'PathNotFoundError'],
    ['Code=PathNotFoundError, Message=The requested path does not exist', 'PathNotFoundError'],
    ['error_code: invalid_grant, error_description: AADSTS70000: x', 'invalid_grant'],
    ['The remote server returned an error: (404) Not Found.', undefined],
  ])('%s', (text, code) => expect(readSdkText(text)?.code).toBe(code));
});

describe('ids', () => {
  test('request ids from headers, log lines and dicts, without repeats', () => {
    const text =
      'x-ms-request-id: a1\n\'request-id\': \'b2\'\n"client-request-id":"c3"\nx-ms-request-id: a1\nmy-request-id: no';
    const names = ['x-ms-request-id', 'request-id', 'client-request-id', 'x-request-id'];
    expect(readRequestIds([['x-request-id', 'd4']], text, [], names)).toEqual([
      { name: 'x-request-id', value: 'd4' },
      { name: 'x-ms-request-id', value: 'a1' },
      { name: 'request-id', value: 'b2' },
      { name: 'client-request-id', value: 'c3' },
    ]);
  });

  test('AADSTS numbers end where their digits end', () => {
    expect(readFamilyCodes('AADSTS700082 and AADSTS70008: x', [70002], ['AADSTS'])).toEqual([
      'AADSTS700082',
      'AADSTS70008',
      'AADSTS70002',
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  test.each([
    ['120', { seconds: 120, until: '2026-01-01T00:02:00.000Z' }],
    ['Thu, 01 Jan 2026 01:00:00 GMT', { seconds: 3600, until: '2026-01-01T01:00:00.000Z' }],
    ['Wed, 31 Dec 2025 23:00:00 GMT', { seconds: 0, until: '2025-12-31T23:00:00.000Z' }],
    ['soon', undefined],
    ['-5', undefined],
  ])('%s', (value, expected) => expect(parseRetryAfter(value, now)).toEqual(expected));
});

describe('statusInfo', () => {
  test.each([
    [429, 'Too Many Requests'],
    [418, '4xx'],
    [599, '5xx'],
  ])('%i', (status, reason) => expect(statusInfo(status)).toMatchObject({ status, reason }));
});
