import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/browser.ts';

const port = 4322;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    cwd: '..',
    command: `node tests/support/serve.ts ${port}`,
    port,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
