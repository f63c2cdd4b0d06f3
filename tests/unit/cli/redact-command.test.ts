import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../decoder/support.ts';
import { HAR_SECRETS, HAR_WITH_SECRETS } from '../../support/har-with-secrets.ts';

/** `error-atlas redact [FILE|-]`, run as a user runs it: a separate Node process. */

const NODE = resolve(ROOT, 'node_modules/.bin/node');
const CLI = resolve(ROOT, 'src/cli/error-atlas.ts');

function run(args: string[], input = '') {
  const result = spawnSync(NODE, [CLI, ...args], { cwd: tmpdir(), input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('error-atlas redact', () => {
  test('prints a HAR without its secrets, still valid HAR, and says what it removed on stderr', () => {
    const { code, stdout, stderr } = run(['redact', '-'], HAR_WITH_SECRETS);
    expect(code).toBe(0);
    for (const secret of HAR_SECRETS) expect(stdout).not.toContain(secret);
    expect((JSON.parse(stdout) as { log: { entries: unknown[] } }).log.entries).toHaveLength(2);
    expect(stderr).toMatch(/^error-atlas: removed /);
    expect(stderr).toContain('Authorization header');
    expect(stderr).toContain('3 cookies');
  });

  test('reads a file, keeps everything that is not a secret', () => {
    const file = resolve(ROOT, 'tests/fixtures/pastes/curl-v-defender-host.txt');
    const { code, stdout } = run(['redact', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('x-ms-request-id: 6f2a8c1e-4b3d-4e7f-9a05-c1d2e3f4a5b6');
    expect(stdout).toMatch(/authorization: \[REDACTED\]/i);
  });

  test('says "removed nothing" when there was nothing to remove, and prints the text unchanged', () => {
    const { code, stdout, stderr } = run(['redact'], 'HTTP/1.1 404 Not Found\n');
    expect(code).toBe(0);
    expect(stdout).toBe('HTTP/1.1 404 Not Found\n');
    expect(stderr).toBe('error-atlas: removed nothing\n');
  });

  test('into a pipe the text is written exactly, control characters included', () => {
    const { stdout } = run(['redact'], 'a\u001b]0;title\u0007b\n');
    expect(stdout).toBe('a\u001b]0;title\u0007b\n');
  });

  test('exit 2 with a message when the file cannot be read', () => {
    const { code, stdout, stderr } = run(['redact', 'no-such-file.har']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read no-such-file\.har/);
  });

  test.each([[['redact', '--json']], [['redact', 'a', 'b']]])('exit 2 and usage for %j', (args) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain('error-atlas redact [FILE|-]');
  });
});
