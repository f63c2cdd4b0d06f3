import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { describePastes, type PasteRow } from './paste-table.ts';
import { fixture, NOW, realIndex } from './support.ts';

/** One constructed paste per input form the decoder takes, and the matching rules each exercises. */

const LA = 'azure-log-analytics';

const FORMS: PasteRow[] = [
  {
    file: 'azure-core-inner-error-block.txt',
    source: 'azure-core: Code/Message lines, then the innererror object after "Inner error:"',
    verdict: 'identified',
    ids: [`${LA}/bad-argument-error`],
    extracted: { code: 'BadArgumentError', innerCodes: ['SyntaxError', 'SYN0002'] },
  },
  {
    file: 'terraform-box-go-sdk-dump.txt',
    source: "the Azure SDK for Go's response dump inside Terraform's box-drawing frame",
    verdict: 'identified',
    ids: ['defender-endpoint/forbidden'],
    extracted: { status: 403, code: 'Forbidden', host: 'api.securitycenter.microsoft.com' },
  },
  {
    file: 'cli-one-line-code-message.txt',
    source: 'a CLI printing "Code: message" on one line',
    verdict: 'identified',
    ids: [`${LA}/bad-argument-error`],
    extracted: { form: 'sdk-text', code: 'BadArgumentError' },
  },
  {
    file: 'log-record-escaped-body.json',
    source: 'a structured log record carrying the body as an escaped string, status beside it',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-token'],
    extracted: { status: 401, code: 'InvalidToken' },
    note: /differs from the documented 400/,
  },
  {
    file: 'relay-wraps-api-body.json',
    source: "a relay's error carrying the API's body in its message: the innermost body is read",
    verdict: 'ambiguous',
    ids: ['defender-endpoint/resource-not-found', 'threat-protection/resource-not-found'],
    extracted: { code: 'ResourceNotFound' },
    note: /inside a "BadGateway" error/,
  },
  {
    file: 'string-concatenation-java.txt',
    source: 'a body built by string concatenation over lines in a test',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/invalid-request-body', 'threat-protection/invalid-request-body'],
    extracted: { code: 'InvalidRequestBody' },
  },
  {
    file: 'json-pretty-bom-crlf.json',
    source: 'pretty JSON with a byte-order mark and CRLF; Defender/Threat Protection twins, no host',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/resource-not-found', 'threat-protection/resource-not-found'],
    extracted: { form: 'json', target: '43f4cb08-8fac-4b65-9db1-745c2ae65f3a' },
  },
  {
    file: 'json-minified-inner-chain.json',
    source: 'minified JSON with a two-level innererror chain',
    verdict: 'identified',
    ids: [`${LA}/bad-argument-error`],
    extracted: { form: 'json', innerCode: 'SyntaxError', innerCodes: ['SyntaxError', 'SYN0002'] },
  },
  {
    file: 'http10-lowercase-415.txt',
    source: 'HTTP/1.0, lower-case status line and headers; the status picks 415 over 406',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-request-415'],
    extracted: {
      form: 'http',
      status: 415,
      requestIds: [{ name: 'x-request-id', value: '0b7d2c91-5e4f-4a38-b6c1-9d2e8f7a3c50' }],
    },
  },
  {
    // The code is documented at 406 and at 415; with no status, the message is the 415's word for word.
    file: 'coveo-invalid-request-no-status.json',
    source: 'the same code at 406 and 415 with no status: the exact documented message decides',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-request-415'],
  },
  {
    file: 'http2-no-reason-429-retry-after.txt',
    source: 'HTTP/2 without a reason phrase; Retry-After in seconds',
    verdict: 'identified',
    ids: ['coveo-ua-write/too-many-requests-exception'],
    extracted: { status: 429, retryAfter: { seconds: 120, until: '2026-01-01T00:02:00.000Z' } },
  },
  {
    file: 'http3-retry-after-date.txt',
    source: 'HTTP/3; Retry-After as an HTTP date; problem-details body',
    verdict: 'identified',
    ids: ['t-iot-hub/too-many-requests'],
    extracted: {
      envelope: 'problem-details',
      retryAfter: { seconds: 3600, until: '2026-01-01T01:00:00.000Z' },
    },
  },
  {
    file: 'curl-v-defender-host.txt',
    source: 'curl -v: the Host header settles the Defender/Threat Protection twins',
    verdict: 'identified',
    ids: ['defender-endpoint/resource-not-found'],
    extracted: {
      form: 'curl',
      status: 404,
      method: 'GET',
      host: 'api.securitycenter.microsoft.com',
      url: 'https://api.securitycenter.microsoft.com/api/machines/123123123',
    },
  },
  {
    file: 'curl-v-threat-protection-host.txt',
    source: 'curl -v against the Threat Protection host',
    verdict: 'identified',
    ids: ['threat-protection/invalid-request-body'],
    extracted: { method: 'POST', host: 'api.security.microsoft.com' },
  },
  {
    file: 'curl-i-invalid-request-406.txt',
    source: 'curl -i with the command line above it',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-request-406'],
    extracted: { form: 'http', host: 'analytics.cloud.coveo.com' },
  },
  {
    file: 't-iot-hub-curl-wildcard-host.txt',
    source: "a host matched through the service's *.iot.telekom.com",
    verdict: 'identified',
    ids: ['t-iot-hub/missing-or-malformed-parameter'],
    extracted: { host: 'eu.api.iot.telekom.com' },
  },
  {
    file: 'powershell-invoke-restmethod.txt',
    source: 'Windows PowerShell Invoke-RestMethod error dump',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error-unauthorized-client`],
    extracted: { innerCode: 'UnauthorizedClient', host: 'api.loganalytics.io' },
  },
  {
    file: 'python-traceback-then-body.txt',
    source: 'Python requests traceback followed by the printed body',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error`],
    extracted: { status: 403, host: 'api.loganalytics.io' },
  },
  {
    file: 'double-encoded-string.txt',
    source: 'JSON double-encoded inside a string',
    verdict: 'identified',
    ids: [`${LA}/path-not-found-error`],
  },
  {
    file: 'azure-sdk-exception.txt',
    source: 'azure-core HttpResponseError with (Code) and Code:/Message: lines',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error`],
    extracted: { form: 'sdk-text', code: 'InsufficientAccessError' },
  },
  {
    file: 'truncated-body.txt',
    source: 'a body cut off mid-string',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error-unauthorized-client`],
    extracted: { truncated: true, code: 'InsufficientAccessError', innerCode: 'UnauthorizedClient' },
    note: /cut short/,
  },
  {
    file: 'bare-code.txt',
    source: 'a bare code',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-token-header'],
    extracted: { form: 'bare-code' },
  },
  { file: 'bare-alias.txt', source: 'a bare alias', verdict: 'identified', ids: [`${LA}/invalid-grant`] },
  {
    file: 'bare-inner-code.txt',
    source: 'a bare inner code',
    verdict: 'identified',
    ids: [`${LA}/bad-argument-error`],
  },
  {
    file: 'bare-status.txt',
    source: 'a bare status names no API: unknown, with the 429 entries as guesses',
    verdict: 'unknown',
    guess: 'coveo-ua-write/too-many-requests-exception',
    extracted: { form: 'bare-status', status: 429 },
  },
  {
    file: 'status-line-204-headers-only.txt',
    source: 'a 204 with headers and no body',
    verdict: 'identified',
    ids: [`${LA}/no-data-in-workspace`],
    extracted: { emptyBody: true },
  },
  {
    file: 'status-line-200-alone.txt',
    source: 'an empty 200 with no host: two services document one',
    verdict: 'ambiguous',
    ids: [`${LA}/missing-json-or-content-type`, 't-iot-hub/empty-response'],
  },
  {
    file: 'har-four-entries.har',
    source: 'HAR: first of three results (the 200 with a body is skipped, the empty 204 is kept)',
    verdict: 'identified',
    ids: [`${LA}/no-data-in-workspace`],
    extracted: {
      form: 'har',
      url: 'https://api.loganalytics.io/v1/workspaces/EMPTY_WORKSPACE/query',
      method: 'POST',
    },
  },
  {
    file: 'invalid-grant-400-strong-signal.txt',
    source: 'invalid_grant + AADSTS70008 sent with 400: the alias wins over the status',
    verdict: 'identified',
    ids: [`${LA}/invalid-grant`],
    extracted: {
      status: 400,
      traceId: '4e8b1f03-7c2a-4d96-a5e0-b9d3c6f17a28',
      correlationId: 'c61d9e24-8f3b-4a07-9d52-e0a7b4c8f316',
    },
    note: /differs from the documented 403/,
  },
  {
    file: 'markdown-quoted-fence.md',
    source: 'a Markdown quote around a fenced block',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-token-header'],
  },
  {
    file: 'ansi-colored-log.txt',
    source: 'a log line with terminal colours',
    verdict: 'identified',
    ids: ['coveo-ua-write/invalid-token'],
    extracted: { status: 401 },
  },
  {
    file: 'literal-crlf-flattened.txt',
    source: 'a whole response flattened into one string with literal \\r\\n',
    verdict: 'identified',
    ids: ['defender-endpoint/too-many-requests'],
    extracted: { status: 429, retryAfter: { seconds: 60, until: '2026-01-01T00:01:00.000Z' } },
  },
  {
    file: 'coveo-5xx-class.txt',
    source: 'an undocumented type with a 502: the 5XX class entry catches it',
    verdict: 'identified',
    ids: ['coveo-ua-write/server-error-5xx'],
  },
  {
    file: 'aspnet-problem-details-near-miss.json',
    source: 'ASP.NET Core problem details whose title is only a reason phrase',
    verdict: 'unknown',
    guess: 't-iot-hub/not-found',
  },
  {
    file: 'stripe-near-miss.txt',
    source: 'Stripe',
    verdict: 'unknown',
    extracted: { code: 'resource_missing' },
  },
  { file: 'aws-near-miss.txt', source: 'AWS', verdict: 'unknown', extracted: { envelope: 'other' } },
];

describePastes(FORMS);

describe('a HAR file', () => {
  test('gives one result per error response, each with its request', () => {
    const { results } = decode(fixture('har-four-entries.har'), realIndex(), { now: NOW });
    expect(results.map((r) => [r.verdict, r.matches[0]?.id, r.extracted.status])).toEqual([
      ['identified', `${LA}/no-data-in-workspace`, 204],
      ['identified', 'coveo-ua-write/invalid-token-header', 400],
      ['identified', 't-iot-hub/internal-server-error', 500],
    ]);
    expect(results[1]!.extracted.url).toBe(
      'https://analytics.cloud.coveo.com/rest/ua/v15/analytics/click?org=demo',
    );
    expect(results[1]!.notes?.[0]).toMatch(/^HAR entry 3 of 4: POST https:/);
  });

  test('with no error response says so', () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://x.example/' },
            response: { status: 200, content: { text: '{}' } },
          },
        ],
      },
    });
    const { results } = decode(har, realIndex());
    expect(results).toHaveLength(1);
    expect(results[0]!.verdict).toBe('unknown');
    expect(results[0]!.notes?.join(' ')).toMatch(/none is an error/);
  });
});

describe('the identified answer', () => {
  test('reports the values that fill the message template', () => {
    const text =
      'HTTP/1.1 400 Bad Request\nHost: api.securitycenter.microsoft.com\n\n{"error":{"code":"InvalidHashValue","message":"Hash value 3395856ce81f2b7382dee72602f798b642f1414Z is invalid.","target":"8d1e"}}';
    const [item] = decode(text, realIndex()).results;
    expect(item!.verdict).toBe('identified');
    expect(item!.extracted.filled).toEqual({
      'the invalid hash': '3395856ce81f2b7382dee72602f798b642f1414Z',
    });
    expect(item!.matches[0]!.why).toContain('the message fits the documented template');
  });

  test('explains every point of its score', () => {
    const [item] = decode(fixture('curl-v-defender-host.txt'), realIndex()).results;
    const top = item!.matches[0]!;
    expect(top.tally.reduce((sum, row) => sum + Number(row.split(' ')[1]), 0)).toBe(top.points);
    expect(top.tally.length).toBe(top.why.length);
    expect(top).toMatchObject({
      innerCode: null,
      url: '/errors/defender-endpoint/resource-not-found/',
    });
    expect(item!.matches[0]!.why).toEqual(
      expect.arrayContaining([
        'code "ResourceNotFound" matches',
        'status 404 matches',
        'host api.securitycenter.microsoft.com belongs to Microsoft Defender for Endpoint API',
      ]),
    );
  });
});

describe('an unknown answer', () => {
  test('says what the status means in general', () => {
    const [item] = decode(fixture('stripe-near-miss.txt'), realIndex()).results;
    expect(item!.statusInfo).toMatchObject({ status: 404, reason: 'Not Found' });
  });

  test('for empty input claims nothing', () => {
    for (const text of ['', '   \n\t ']) {
      const [item] = decode(text, realIndex()).results;
      expect(item).toMatchObject({ verdict: 'unknown', matches: [], extracted: { form: 'empty' } });
    }
  });
});
