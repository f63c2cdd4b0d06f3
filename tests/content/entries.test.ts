/**
 * One test per content file, for what the schema cannot say. Every assertion says how to fix it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';

const { catalog, entryFiles, serviceFiles } = loadCatalog(resolve(import.meta.dirname, '../..'));

/** The body of every entry has exactly these level-2 headings, in this order. */
const HEADINGS = ['What it means', 'Why it happens', 'How to fix it', 'Related'];

const entryIds = new Set(catalog.entries.map((e) => e.id));

describe.each(entryFiles)('$filePath', (file) => {
  const entry = catalog.entries.find((e) => e.id === file.id)!;

  it('has the four sections, in order', () => {
    const headings = [...file.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(headings, `use exactly these ## headings, in this order: ${HEADINGS.join(', ')}`).toEqual(
      HEADINGS,
    );
    for (const heading of HEADINGS) {
      const section = file.body.split(`## ${heading}`)[1]?.split(/^## /m)[0] ?? '';
      expect(section.trim().length, `write something under "## ${heading}"`).toBeGreaterThan(0);
    }
  });

  it('lives in the folder of its service', () => {
    expect(file.id.split('/')[0], 'move the file to content/errors/<service>/').toBe(entry.service);
  });

  it('shows its own status in every example', () => {
    for (const example of entry.examples) {
      const status = /^HTTP\/[\d.]+ (\d{3})/.exec(example)?.[1];
      const fits =
        typeof entry.status === 'number' ? status === String(entry.status) : status?.[0] === entry.status[0];
      expect(fits, `the example status line says ${status}; the entry's status is ${entry.status}`).toBe(
        true,
      );
    }
  });

  it('has balanced {placeholders} in its message', () => {
    expect(entry.message.split('{').length, 'every { in message needs a matching }').toBe(
      entry.message.split('}').length,
    );
  });

  it('links only to entries that exist', () => {
    for (const [, target] of file.body.matchAll(/\]\((\.\.\/[^)]*)\)/g)) {
      const id = new URL(target!, `https://x/errors/${file.id}/`).pathname
        .replace(/^\/errors\//, '')
        .replace(/\/$/, '');
      expect(
        entryIds.has(id),
        `${target} does not lead to an entry; link with ../<slug>/ to a file that exists`,
      ).toBe(true);
    }
  });
});

describe.each(serviceFiles)('$filePath', (file) => {
  it('has an overview with an example body', () => {
    expect(file.body, 'explain the envelope with a ```json example').toMatch(/```json/);
  });
  it('has at least one entry', () => {
    expect(
      catalog.entriesByService.get(file.id)?.length ?? 0,
      `add entries under content/errors/${file.id}/`,
    ).toBeGreaterThan(0);
  });
});
