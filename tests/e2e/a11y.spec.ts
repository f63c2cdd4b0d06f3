/**
 * Accessibility beyond axe (which walk.spec.ts runs on every page, light and dark): forced colours,
 * reduced motion and 200% zoom on the pages people land on. Reflow at 320 CSS px is layout.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { overflowProblems } from './layout-checks.ts';

const pages = [
  '/',
  '/services/coveo-ua-write/',
  '/status/400/',
  '/errors/azure-log-analytics/bad-argument-error/',
  '/decode/',
  '/errors/',
];

/** Elements that would move: running animations, and any non-zero transition or animation. */
function movingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const moving = document
      .getAnimations()
      .map((a) => `running animation on ${String((a.effect as KeyframeEffect | null)?.target?.nodeName)}`);
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
        if (
          durations.some((d) => parseFloat(d) > 0) &&
          (style.transitionProperty !== 'none' || style.animationName !== 'none')
        )
          moving.push(
            `${element.nodeName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}${pseudo ?? ''}`,
          );
      }
    }
    return moving;
  });
}

for (const path of pages) {
  test(`${path} keeps its states visible in forced colours`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    expect(await overflowProblems(page)).toEqual([]);
    // Where a state was shown by a background, a border or outline now shows it.
    const lost = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[aria-current="page"], [role="tab"][aria-selected="true"], .status-badge',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const s = getComputedStyle(el);
          const edges = [s.outlineStyle, s.borderTopStyle, s.borderBottomStyle].filter((v) => v !== 'none');
          return edges.length === 0;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(lost).toEqual([]);
  });

  test(`${path} does not move with reduced motion`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    expect(await movingParts(page)).toEqual([]);
  });

  test(`${path} works at 200% zoom`, async ({ browser }) => {
    // 200% zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at twice the pixel density.
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(path);
    expect(await overflowProblems(page)).toEqual([]);
    await expect(page.locator('h1')).toBeInViewport();
    await expect(page.getByRole('button', { name: /^Search/ }).first()).toBeVisible();
    await context.close();
  });
}

test('the motion check sees a transition', async ({ page }) => {
  await page.setContent('<p style="transition: opacity 1s">moving</p>');
  expect(await movingParts(page)).not.toEqual([]);
});
