import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../decoder/support.ts';

/** tests/support/check-node.sh: the pinned Node binary is the one whose SHA-256 is committed. */

const SCRIPT = resolve(ROOT, 'tests/support/check-node.sh');
const run = (...args: string[]) => spawnSync('sh', [SCRIPT, ...args], { encoding: 'utf8' });

describe('check-node.sh', () => {
  test('passes for the installed binary on this machine', () => {
    const { status, stdout, stderr } = run();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^check-node: Node [\d.]+ for [\w-]+ matches its recorded SHA-256\.\n$/);
  });

  test('fails, naming both hashes, for a binary that differs from the record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-node-'));
    const fake = join(dir, 'node');
    writeFileSync(fake, 'not node');
    const { status, stderr } = run(fake, resolve(ROOT, '.config/node-binaries.sha256'), 'linux-x64');
    expect(status).toBe(1);
    expect(stderr).toContain('has SHA-256 ');
    expect(stderr).toContain('Do not run it');
  });

  test('fails and says how to record one for a platform with no checksum', () => {
    const { status, stderr } = run(
      resolve(ROOT, 'node_modules/node/bin/node'),
      resolve(ROOT, '.config/node-binaries.sha256'),
      'sunos-sparc',
    );
    expect(status).toBe(1);
    expect(stderr).toContain('no checksum is recorded for sunos-sparc');
  });

  test('the record covers the version the lock file installs', () => {
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const sums = readFileSync(resolve(ROOT, '.config/node-binaries.sha256'), 'utf8');
    expect(sums).toContain(`# version ${lock.packages['node_modules/node']!.version}\n`);
  });
});
