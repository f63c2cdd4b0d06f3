import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { formatResultText } from '../../../src/decoder/format-result.ts';
import { fixture, NOW, realIndex } from './support.ts';

/** The CLI's human output: verdict, entry and site path, why, and the ids support asks for. */

describe('formatResultText', () => {
  test('an identified response', () => {
    const text = formatResultText(decode(fixture('curl-v-defender-host.txt'), realIndex(), { now: NOW }));
    expect(text).toMatch(/^Identified\n/);
    expect(text).toContain('Resource not found — Microsoft Defender for Endpoint API');
    expect(text).toContain('/errors/defender-endpoint/resource-not-found/');
    expect(text).toContain(
      '- host api.securitycenter.microsoft.com belongs to Microsoft Defender for Endpoint API',
    );
    expect(text).toContain('x-ms-request-id: 6f2a8c1e-4b3d-4e7f-9a05-c1d2e3f4a5b6');
    expect(text).toContain('target: 43f4cb08-8fac-4b65-9db1-745c2ae65f3a');
  });

  test('an unknown response shows the status meaning and the guesses as guesses', () => {
    const text = formatResultText(decode('429', realIndex()));
    expect(text).toMatch(/^Not recognised: no documented error/);
    expect(text).toContain('HTTP 429 Too Many Requests: ');
    expect(text).toContain('Nearest guesses (not a match):');
  });

  test('a HAR numbers its responses', () => {
    const text = formatResultText(decode(fixture('har-four-entries.har'), realIndex(), { now: NOW }));
    expect(text).toContain('Response 1 of 3: Identified');
    expect(text).toContain('Response 3 of 3: Identified');
  });
});
