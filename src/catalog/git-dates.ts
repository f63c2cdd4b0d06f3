import { execFileSync } from 'node:child_process';

/**
 * When each file was last changed, from git: one `git log` over `dir` for the whole build rather
 * than one process per entry. Paths are relative to the repository root, with `/` separators.
 *
 * Returns an empty map — pages then show no date rather than a wrong one — where there is no git,
 * no repository, or a shallow clone (whose oldest commit would date every file it contains).
 */
export function lastChangedDates(dir: string, cwd = process.cwd()): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 << 20,
      });
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return dates;
    const prefix = git('rev-parse', '--show-prefix').trim();
    let date: Date | undefined;
    // Newest commit first; a file's first appearance is its last change.
    for (const line of git('log', '--format=%x00%cI', '--name-only', '--', dir).split('\n')) {
      if (line.startsWith('\u0000')) date = new Date(line.slice(1));
      else if (line && date && line.startsWith(prefix)) {
        const path = line.slice(prefix.length);
        if (!dates.has(path)) dates.set(path, date);
      }
    }
  } catch {
    // No git here: leave the dates out.
  }
  return dates;
}

let cached: Map<string, Date> | undefined;

/** When the content file at `filePath` (relative to the project root) last changed; read once per build. */
export function lastChanged(filePath: string): Date | undefined {
  cached ??= lastChangedDates('content');
  return cached.get(filePath.replaceAll('\\', '/'));
}
