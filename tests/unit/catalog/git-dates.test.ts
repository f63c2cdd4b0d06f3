import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastChangedDates } from '../../../src/catalog/git-dates.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-git-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });

function commit(repo: string, file: string, date: string) {
  writeFileSync(join(repo, file), date);
  git(repo, 'add', file);
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', file], {
    cwd: repo,
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

describe('lastChangedDates', () => {
  it('gives each file the date of the last commit that changed it', () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'content'), { recursive: true });
    git(repo, 'init', '-q');
    commit(repo, 'content/a.md', '2024-01-02T03:04:05Z');
    commit(repo, 'content/b.md', '2024-02-03T04:05:06Z');
    commit(repo, 'content/a.md', '2024-03-04T05:06:07Z');
    const dates = lastChangedDates('content', repo);
    expect(dates.get('content/a.md')?.toISOString()).toBe('2024-03-04T05:06:07.000Z');
    expect(dates.get('content/b.md')?.toISOString()).toBe('2024-02-03T04:05:06.000Z');
  });

  it('is empty outside a repository, so pages show no date rather than a wrong one', () => {
    const plain = join(dir, 'plain');
    mkdirSync(join(plain, 'content'), { recursive: true });
    expect(lastChangedDates('content', plain).size).toBe(0);
  });

  it('is empty in a shallow clone', () => {
    const shallow = join(dir, 'shallow');
    git(dir, 'clone', '-q', '--depth', '1', `file://${join(dir, 'repo')}`, shallow);
    expect(lastChangedDates('content', shallow).size).toBe(0);
  });
});
