import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import type { Extracted, Verdict } from '../../../src/decoder/types.ts';
import { fixture, NOW, realIndex } from './support.ts';

/** One row of a paste table: a file in tests/fixtures/pastes and what the decoder must say about it. */
export interface PasteRow {
  file: string;
  /** Where the paste comes from (a public thread), or the input form it was built to cover. */
  source: string;
  verdict: Verdict;
  /** Identified: the answer. Ambiguous: exactly these entries, in any order. */
  ids?: string[];
  extracted?: Partial<Extracted>;
  /** Unknown: an entry offered as a guess. */
  guess?: string;
  note?: RegExp;
}

/** One `describe` per file, so a failing paste names itself. */
export function describePastes(rows: PasteRow[]): void {
  describe.each(rows)('$file', (row) => {
    const [item] = decode(fixture(row.file), realIndex(), { now: NOW }).results;

    test(`is ${row.verdict}${row.ids ? ` (${row.ids.join(', ')})` : ''}`, () => {
      expect(item!.verdict, JSON.stringify(item, null, 1)).toBe(row.verdict);
      const ids = item!.matches.map((m) => m.id);
      if (row.verdict === 'identified') expect(ids[0]).toBe(row.ids![0]);
      if (row.verdict === 'ambiguous') expect([...ids].sort()).toEqual([...row.ids!].sort());
      if (row.verdict === 'unknown') expect(ids).toEqual([]);
    });

    if (row.extracted)
      test('extracts what it shows', () => expect(item!.extracted).toMatchObject(row.extracted!));
    if (row.guess)
      test(`offers ${row.guess} as a guess`, () =>
        expect(item!.guesses?.map((g) => g.id)).toContain(row.guess));
    if (row.note) test('says so in a note', () => expect(item!.notes?.join(' ')).toMatch(row.note!));
  });
}
