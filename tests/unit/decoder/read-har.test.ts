import { expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { realIndex } from './support.ts';

/** HAR bodies in base64 (`content.encoding: "base64"`), as browsers export binary-safe responses. */

const harWith = (content: Record<string, unknown>) =>
  JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        {
          request: {
            method: 'GET',
            url: 'https://usageanalytics.coveo.com/rest/ua/v15/analytics/search',
            headers: [],
          },
          response: { status: 401, statusText: 'Unauthorized', headers: [], content },
        },
      ],
    },
  });

const BODY = '{"message":"The provided token is invalid.","type":"InvalidToken"}';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const firstMatch = (har: string) => decode(har, realIndex()).results[0]?.matches[0]?.id;

test('a base64 body is read', () => {
  expect(firstMatch(harWith({ mimeType: 'application/json', text: b64(BODY), encoding: 'base64' }))).toBe(
    'coveo-ua-write/invalid-token',
  );
});

test('a base64 body longer than the body limit is read up to the limit, not dropped', () => {
  // 300 KiB of trailing blanks after the JSON: its base64 runs past 256 KiB and is not a multiple of 4 at the old cut.
  const text = b64(BODY + ' '.repeat(300 * 1024));
  expect(text.length).toBeGreaterThan(((256 * 1024) / 3) * 4);
  expect(firstMatch(harWith({ mimeType: 'application/json', text, encoding: 'base64' }))).toBe(
    'coveo-ua-write/invalid-token',
  );
});

test('a base64 body is read as UTF-8 and may be wrapped across lines', () => {
  const body = '{"message":"Le jeton fourni n’est pas valide — ça.","type":"InvalidToken"}';
  const wrapped = b64(body).replace(/(.{76})/g, '$1\n');
  const result = decode(
    harWith({ mimeType: 'application/json', text: wrapped, encoding: 'base64' }),
    realIndex(),
  );
  expect(result.results[0]?.matches[0]?.id).toBe('coveo-ua-write/invalid-token');
  expect(JSON.stringify(result)).toContain('n’est pas valide — ça');
});
