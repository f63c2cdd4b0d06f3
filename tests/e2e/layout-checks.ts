import type { Page } from '@playwright/test';
import { breakParts } from '../../src/catalog/word-breaks.ts';

/**
 * Layout checks that run in the page. Each returns a list of problems (empty when the page holds),
 * so a failing test says what overflowed and where.
 */

/** The page scrolls sideways, or a table cell sits (partly) outside the viewport or is squeezed to nothing. */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width} px`);
    for (const cell of document.querySelectorAll<HTMLElement>('main td')) {
      const box = cell.getBoundingClientRect();
      const label = `${cell.closest('table')?.className || 'table'} cell "${cell.textContent?.trim().slice(0, 30)}"`;
      if (box.width < 1 || box.height < 1) problems.push(`${label} is hidden`);
      else if (box.left < -0.5 || box.right > width + 0.5)
        problems.push(`${label} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width} px`);
    }
    return problems;
  });
}

/**
 * Where the text of each element matching `selector` wraps onto a new line, as offsets into its
 * text, found from the position of every character.
 */
async function lineBreaks(page: Page, selector: string): Promise<{ text: string; breaks: number[] }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(range.getClientRects()[0]?.top ?? NaN);
        }
        text += value;
      }
      const breaks: number[] = [];
      for (let i = 1; i < tops.length; i++) if (tops[i]! > tops[i - 1]! + 2) breaks.push(i);
      return { text, breaks };
    }),
  );
}

/** Offsets where `text` may wrap: at spaces, and at the word boundaries `breakParts` gives. */
function allowedBreaks(text: string): Set<number> {
  const allowed = new Set<number>();
  for (let i = 1; i < text.length; i++) if (/\s/.test(text[i - 1]!) || /\s/.test(text[i]!)) allowed.add(i);
  for (const word of text.matchAll(/\S+/g)) {
    let offset = word.index;
    for (const part of breakParts(word[0]).slice(0, -1)) allowed.add((offset += part.length));
  }
  return allowed;
}

/** Lines of text under `selector` that wrap in the middle of a word. */
export async function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  const problems: string[] = [];
  for (const { text, breaks } of await lineBreaks(page, selector)) {
    const plain = text.replaceAll('\u200b', '');
    // Offsets in `text` shift by the zero-width spaces before them.
    const toPlain = (i: number) => i - (text.slice(0, i).match(/\u200b/g)?.length ?? 0);
    const allowed = allowedBreaks(plain);
    for (const at of breaks.map(toPlain))
      if (!allowed.has(at)) problems.push(`"${plain}" wraps at "${plain.slice(0, at)}|${plain.slice(at)}"`);
  }
  return problems;
}
