/**
 * Makes sure a Chromium exists for the browser tests, installing one if it must:
 * Playwright's own download first (works where its download host is reachable), then, as root
 * with apt-get, Debian's `chromium` package. Never skips: if all fails it exits non-zero with the
 * command to run by hand.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './browser.ts';

function run(command: string, args: string[]): boolean {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

function hasAptAsRoot(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  console.log("ensure-browser: no Chromium found; trying Playwright's own download.");
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
}
if (!found && hasAptAsRoot()) {
  console.log("ensure-browser: installing Debian's chromium package with apt-get.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.env = env;
  if (run('apt-get', ['update', '-qq'])) run('apt-get', ['install', '-y', '-qq', 'chromium']);
  found = findChromium();
}
if (!found) {
  console.error(
    'ensure-browser: no Chromium for the browser tests. Install one, then run npm test again:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium',
  );
  process.exit(1);
}
console.log(`ensure-browser: using ${found}`);
