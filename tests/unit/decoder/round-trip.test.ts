import { describe, expect, test } from 'vitest';
import { exampleHasEmptyBody } from '../../../src/decoder/build-index.ts';
import { decode } from '../../../src/decoder/decode.ts';
import { readRequest } from '../../../src/decoder/read/read-request.ts';
import type { CatalogEntry } from '../../../src/catalog/model.ts';
import { realCatalog, realIndex } from './support.ts';

/**
 * Every example of every entry decodes back to its own entry: identified, or ambiguous only where
 * the example cannot honestly be told apart — a twin in another service with the same status and
 * the same code (or, for an empty body, also an empty body), and no host in the example.
 */

const catalog = realCatalog();

function twins(entry: CatalogEntry): CatalogEntry[] {
  const empty = entry.examples.some(exampleHasEmptyBody);
  return catalog.entries.filter(
    (other) =>
      other.service !== entry.service &&
      String(other.status) === String(entry.status) &&
      (other.code === entry.code || (empty && other.examples.some(exampleHasEmptyBody))),
  );
}

describe.each(catalog.entries.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
  test.each(entry.examples.map((example, i) => [i + 1, example] as const))(
    'example %i decodes to this entry',
    (_, example) => {
      const [item] = decode(example, realIndex()).results;
      const ids = item!.matches.map((m) => m.id);
      const hint = `${entry.filePath}: this example decodes to ${item!.verdict} [${ids.join(', ')}]. Check its code, status and body shape against the entry.\n${JSON.stringify(item, null, 1)}`;
      if (item!.verdict === 'identified') {
        expect(ids[0], hint).toBe(id);
        return;
      }
      expect(item!.verdict, hint).toBe('ambiguous');
      expect(ids, hint).toContain(id);
      expect(
        readRequest(example).host,
        `${hint}\nAn example with a host must not be ambiguous.`,
      ).toBeUndefined();
      const allowed = new Set([id, ...twins(entry).map((t) => t.id)]);
      for (const other of ids)
        expect(allowed.has(other), `${hint}\n${other} is not a twin of ${id}.`).toBe(true);
    },
  );
});
