import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { showControls, showControlsKeepingLayout } from '../../../src/cli/terminal-safe.ts';
import { ROOT } from '../decoder/support.ts';

/** Control sequences in a paste reach the terminal as visible escapes, never as commands. */

const ESC = '\u001b';
const BEL = '\u0007';
const PAYLOADS: [string, string][] = [
  ['OSC 52 clipboard write', `${ESC}]52;c;ZWNobyBwd25lZA==${BEL}`],
  ['OSC 0 window title', `${ESC}]0;owned${BEL}`],
  ['OSC 8 hyperlink', `${ESC}]8;;https://attacker.example/${ESC}\\click${ESC}]8;;${ESC}\\`],
  ['CSI clear screen', `${ESC}[2J${ESC}[H`],
  ['C1 CSI and a bidi override', `\u009b2J\u202eevil`],
];

function decodeText(paste: string): { code: number | null; stdout: string } {
  const result = spawnSync(
    resolve(ROOT, 'node_modules/.bin/node'),
    [resolve(ROOT, 'src/cli/error-atlas.ts'), 'decode', '-'],
    {
      cwd: tmpdir(),
      input: paste,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout };
}

describe('error-atlas decode in text mode', () => {
  test.each(PAYLOADS)('shows a %s as escapes', (_, payload) => {
    const body = JSON.stringify({
      message: `The provided token is invalid.${payload}`,
      type: 'InvalidToken',
    });
    const { code, stdout } = decodeText(`HTTP/1.1 400 Bad Request\n\n${body}`);
    expect(code).toBe(0);
    expect(stdout).toContain('InvalidToken');
    // Nothing a terminal would act on: no ESC, no BEL, no C1 control, no bidi override.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  test('keeps the JSON output as it is: JSON escapes controls itself', () => {
    const result = spawnSync(
      resolve(ROOT, 'node_modules/.bin/node'),
      [resolve(ROOT, 'src/cli/error-atlas.ts'), 'decode', '-', '--json'],
      {
        cwd: tmpdir(),
        input: JSON.stringify({ message: `x${ESC}]0;t${BEL}`, type: 'InvalidToken' }),
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toContain('\\u001b]0;t\\u0007');
  });
});

describe('showControls', () => {
  test.each([
    ['\u001b]0;t\u0007', '\\x1b]0;t\\x07'],
    ['a\nb\tc\rd', 'a\\nb\\tc\\rd'],
    ['\u009b2J', '\\x9b2J'],
    ['\u202eabc', '\\u202eabc'],
    ['plain text, ünïcode ✓', 'plain text, ünïcode ✓'],
  ])('%j → %j', (input, shown) => expect(showControls(input)).toBe(shown));
});

describe('showControlsKeepingLayout', () => {
  test('keeps line breaks and tabs, shows escapes and a lone carriage return', () => {
    expect(showControlsKeepingLayout('a\tb\r\nc\n\u001b[2Jd\re')).toBe('a\tb\r\nc\n\\x1b[2Jd\\re');
  });
});
