import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { CLAIM, MARGIN, POINTS, type Signal } from '../../../src/decoder/match/points.ts';
import { fixture, NOW, realIndex } from './support.ts';

/**
 * Every row of the points table decides at least one paste: with the row's points set to zero, the
 * answer for that paste changes (the verdict, the entries named, or the guesses offered). A row that
 * could be removed without any visible change would be a row nobody can reason about.
 */

const COVEO_BODY = '{"message":"The provided token is invalid.","type":"InvalidToken"}';

/** The paste each row decides: a fixture file, or the text itself. */
const DECIDES: Record<Signal, { file: string } | { text: string }> = {
  code: { file: 'azure-sdk-exception.txt' },
  codeIgnoringCase: { text: '{"message":"The provided token is invalid.","type":"invalidtoken"}' },
  alias: { file: 'real-aad-django-70008-prose.txt' },
  bare: { file: 'bare-code.txt' },
  reasonPhraseTitle: { file: 'http3-retry-after-date.txt' },
  token: { text: 'Request failed: InvalidTokenHeader was returned by the server.' },
  emptyBody: { file: 'status-line-200-alone.txt' },
  statusClass: { file: 'coveo-5xx-class.txt' },
  onlyEntryOfHost: {
    text: 'POST https://analytics.cloud.coveo.com/rest/ua/v15/analytics/search failed with 429 Too Many Requests',
  },
  message: { text: 'The request had some invalid properties' },
  aliasToo: { file: 'invalid-grant-400-strong-signal.txt' },
  inner: { file: 'powershell-invoke-restmethod.txt' },
  status: { file: 'http3-retry-after-date.txt' },
  statusInClass: { file: 'coveo-5xx-class.txt' },
  template: { file: 'coveo-invalid-request-no-status.json' },
  envelope: { file: 'real-token-audience-daemon-sample.txt' },
  host: {
    text: 'GET https://api.securitycenter.microsoft.com/api/machines failed: MaximumBatchSizeExceeded',
  },
  statusDiffers: { file: 'real-arm-token-audience-java-near-miss.txt' },
  messageDiffers: { file: 'real-arm-token-audience-java-near-miss.txt' },
  innerUndocumented: {
    text: '{"error":{"code":"InsufficientAccessError","message":"x","innererror":{"code":"Other"}}}',
  },
  innerAbsent: { file: 'python-traceback-then-body.txt' },
  innerDiffers: { file: 'real2/la-semantic-error-sem0003.txt' },
  codeDiffers: {
    text: '{"error":"invalid_client","error_description":"AADSTS70008: The provided authorization code or refresh token is expired.","error_codes":[70008]}',
  },
  aliasDiffers: { file: 'real-aad-invalid-grant-70000-near-miss.txt' },
  envelopeDiffers: { file: 'real-graph-intune-resourcenotfound-near-miss.txt' },
  bodyDiffers: {
    text: 'POST https://analytics.cloud.coveo.com/rest/ua/v15/analytics/search\n\nHTTP/1.1 429 Too Many Requests\nContent-Length: 0\n\n',
  },
  otherApi: {
    text: 'Get-MgUser : Forbidden\n{"error":{"code":"Forbidden","message":"Insufficient privileges to complete the operation."}}',
  },
  hostOtherPath: {
    text: `POST https://platform.cloud.coveo.com/rest/search/v2\n\nHTTP/1.1 400 Bad Request\n\n${COVEO_BODY}`,
  },
  hostForeign: {
    text: `POST https://api.example.com/v1/events\n\nHTTP/1.1 400 Bad Request\n\n${COVEO_BODY}`,
  },
};

/** The answer in one line: verdict, entries named, guesses. */
function answerOf(text: string, points?: Partial<Record<Signal, number>>): string {
  const [item] = decode(text, realIndex(), { now: NOW, ...(points ? { points } : {}) }).results;
  const ids = (list: { id: string }[] | undefined) => (list ?? []).map((m) => m.id).join(',');
  return `${item!.verdict} [${ids(item!.matches)}] guesses [${ids(item!.guesses)}]`;
}

describe('each row of the points table decides a paste', () => {
  test.each(Object.keys(POINTS) as Signal[])('%s', (signal) => {
    const source = DECIDES[signal];
    const text = 'file' in source ? fixture(source.file) : source.text;
    expect(answerOf(text, { [signal]: 0 })).not.toBe(answerOf(text));
  });
});

describe('the table and the rule', () => {
  test('points are whole numbers', () => {
    for (const value of Object.values(POINTS)) expect(Number.isInteger(value)).toBe(true);
  });
  test('a naming signal alone reaches the claim line; a weak one does not', () => {
    expect(POINTS.code).toBeGreaterThanOrEqual(CLAIM);
    expect(POINTS.token).toBeLessThan(CLAIM);
    expect(POINTS.reasonPhraseTitle).toBeLessThan(CLAIM);
  });
  test('the body shape and a differing status cancel; a matching status beats a differing one by the margin', () => {
    expect(POINTS.envelope + POINTS.statusDiffers).toBe(0);
    expect(POINTS.status - POINTS.statusDiffers).toBeGreaterThanOrEqual(MARGIN);
  });
  test('equal points are ambiguous, never settled by order', () => {
    const [item] = decode('Forbidden', realIndex(), { now: NOW }).results;
    expect(item!.verdict).toBe('ambiguous');
    expect(new Set(item!.matches.map((m) => m.points)).size).toBe(1);
  });
});
