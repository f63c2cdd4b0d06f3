import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.ts';

// `E2E_PORT` lets two checkouts on one machine run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4322);
/** A second build, served from a sub-path as a project page host would (`npm run build:subpath`). */
const subpathPort = port + 1;
export const SUBPATH_DIST = 'node_modules/.cache/error-atlas/subpath-dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: { launchOptions: chromiumLaunchOptions() },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subpathPort}/atlas/` },
    },
  ],
  webServer: [
    {
      cwd: '..',
      command: `node tests/support/serve.ts ${port}`,
      port,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      cwd: '..',
      command: `node tests/support/serve.ts ${subpathPort} /atlas/ ${SUBPATH_DIST}`,
      port: subpathPort,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
