import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The system Chromium from Debian's `chromium` package. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests use: Playwright's own when it is installed, else the system one.
 * Undefined when neither is there (`ensure-browser.ts` then installs one).
 */
export function findChromium(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return own;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}

/** Flags for a headless Chromium on a machine without a sandbox or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for the Chromium {@link findChromium} finds, headless and offline. */
export function chromiumLaunchOptions(extraArgs: string[] = []): { executablePath?: string; args: string[] } {
  const executablePath = findChromium();
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
