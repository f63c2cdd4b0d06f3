import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Lighthouse's four category scores (0–100) for each page with its desktop preset (simulated
 * dense 4G, no CPU slowdown), driving the same Chromium the tests use over its remote-debugging
 * port, against the built site served on 127.0.0.1.
 */
export async function measureLighthouse(
  dist: string,
  pages: Record<string, string>,
): Promise<Record<string, LighthouseScores>> {
  const port = 4391;
  const debugPort = 9333;
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch(chromiumLaunchOptions([`--remote-debugging-port=${debugPort}`]));
  const scores: Record<string, LighthouseScores> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(
        `http://127.0.0.1:${port}${path}`,
        {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        desktopConfig,
      );
      const categories = result?.lhr.categories ?? {};
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      scores[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return scores;
}
