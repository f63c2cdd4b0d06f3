/**
 * Broken content fails the build with a message naming the file, the field and what to do.
 * Each case builds a one-service fixture catalog with one bad file added (an entry, or the
 * service file replaced). Every form of active content the checker refuses is listed in the
 * fast table of tests/unit/catalog/content-html.test.ts; the builds here prove that the site build
 * and the CLI loader both run that check and report each problem at its line.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');

interface Case {
  file: string;
  expected: RegExp[];
  /** Where the bad file goes in the fixture catalog; an entry unless it names the service file. */
  target?: string;
}

const ENTRY = 'errors/demo-api/bad-entry.md';
const SERVICE = 'services/demo-api.md';

const cases: Case[] = [
  { file: 'missing-title.md', expected: [/bad-entry/, /title/, /title is required/] },
  {
    file: 'mistyped-status.md',
    expected: [/bad-entry/, /status/, /status must be a number between 100 and 599/],
  },
  {
    file: 'unknown-service.md',
    expected: [
      /bad-entry/,
      /service/,
      /service must be the id of a file in content\/services\/ \(one of: demo-api\)/,
    ],
  },
  { file: 'status-out-of-range.md', expected: [/bad-entry/, /status/, /between 100 and 599/] },
  { file: 'no-example.md', expected: [/bad-entry/, /examples/, /add at least one example/] },
  {
    file: 'duplicate-identity.md',
    expected: [
      /(bad-entry|not-found)\.md: two entries have the same identity \(service demo-api, status 404, code NotFound\)/,
      /the other is \S*(bad-entry|not-found)\.md/,
      /Merge them/,
    ],
  },
  {
    file: 'active-content.md',
    expected: [
      /bad-entry\.md:21: the event-handler attribute onclick on <kbd> would run code/,
      /bad-entry\.md:23: <script> is not allowed in content/,
      /bad-entry\.md:25: <meta> is not allowed in content/,
      /bad-entry\.md:27: <iframe> is not allowed in content/,
      /bad-entry\.md:31: the style attribute on <abbr> is not allowed/,
      /bad-entry\.md:31: a link to "javascript:alert\(1\)" uses the javascript: scheme/,
      /bad-entry\.md:33: an image from "data:image\/svg\+xml;base64,\S+" uses the data: scheme/,
      /bad-entry\.md:35: a link to "vbscript:msgbox\(1\)" uses the vbscript: scheme/,
    ],
  },
  {
    file: 'source-javascript.md',
    expected: [/bad-entry/, /source/, /source must be the full https:\/\/ URL/],
  },
  {
    file: 'service-script.md',
    target: SERVICE,
    expected: [/demo-api\.md:13: <script> is not allowed in content/],
  },
  {
    file: 'service-docs-data.md',
    target: SERVICE,
    expected: [/demo-api/, /docs/, /docs must be the full https:\/\/ URL/],
  },
];

/** A fixture catalog in a temporary folder with `badFile` placed at `target`; returns the folder. */
function fixtureWith(badFile: string, target = ENTRY): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  cpSync(join(fixtures, 'minimal'), join(dir, 'content'), { recursive: true });
  cpSync(join(fixtures, 'bad', badFile), join(dir, 'content', target));
  return dir;
}

/** Builds the fixture catalog plus one bad file; resolves with the exit code and all output. */
async function buildWith(badFile: string, target?: string): Promise<{ code: number; output: string }> {
  const dir = fixtureWith(badFile, target);
  try {
    const env = { ...process.env, ERROR_ATLAS_CONTENT: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' };
    try {
      const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
        cwd: root,
        env,
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a broken entry fails the build', () => {
  it.each(cases)(
    '$file',
    async ({ file, expected, target }) => {
      const { code, output } = await buildWith(file, target);
      expect(code, `the build should fail for ${file}; it printed:\n${output}`).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    },
    120_000,
  );
});

describe('the CLI loader refuses the same files', () => {
  it.each(cases)('$file', ({ file, expected, target }) => {
    const dir = fixtureWith(file, target);
    try {
      let message = '';
      try {
        loadCatalog(dir);
      } catch (error) {
        message = String(error);
      }
      expect(message, `loading ${file} should fail`).not.toBe('');
      for (const pattern of expected) expect(message).toMatch(pattern);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
