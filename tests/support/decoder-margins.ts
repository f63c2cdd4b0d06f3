/**
 * `npm run decoder:margins`: every paste fixture with its verdict, the winner, the runner-up and the
 * points between them, closest calls first, so a change that moves a verdict near the line shows.
 * `tests/unit/decoder/margins.test.ts` keeps the verdicts in a snapshot that fails when one changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decoderIndexOf } from '../../src/catalog/decoder-index.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { decode } from '../../src/decoder/decode.ts';
import { CLAIM, MARGIN } from '../../src/decoder/match/points.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PASTES = join(ROOT, 'tests/fixtures/pastes');

/** One fixture's result. */
export interface MarginRow {
  file: string;
  verdict: string;
  winner: string;
  winnerPoints: number;
  runnerUp: string;
  runnerUpPoints: number;
}

/** Fixture files below tests/fixtures/pastes, sub-folders included, sorted. */
export function pasteFiles(): string[] {
  return readdirSync(PASTES, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(txt|json|har|md)$/.test(name) && !name.endsWith('manifest.json'))
    .sort();
}

/** Decodes every fixture (a HAR's first result) at a fixed clock. */
export function marginRows(): MarginRow[] {
  const index = decoderIndexOf(loadCatalog(ROOT).catalog);
  return pasteFiles().map((file) => {
    const [item] = decode(readFileSync(join(PASTES, file), 'utf8'), index, {
      now: Date.UTC(2026, 0, 1),
    }).results;
    const winner = item!.matches[0] ?? item!.guesses?.[0];
    return {
      file,
      verdict: item!.verdict,
      winner: winner?.id ?? '-',
      winnerPoints: winner?.points ?? 0,
      runnerUp: item!.runnerUp?.id ?? '-',
      runnerUpPoints: item!.runnerUp?.points ?? 0,
    };
  });
}

if (import.meta.main) {
  const rows = marginRows().sort(
    (a, b) => a.winnerPoints - a.runnerUpPoints - (b.winnerPoints - b.runnerUpPoints),
  );
  console.log(
    `A claim needs ${CLAIM} points and a lead of ${MARGIN}; "line" is how far the winner is from ${CLAIM}.`,
  );
  console.log('gap  line  verdict     winner (points)  ·  runner-up (points)  ·  fixture');
  for (const r of rows)
    console.log(
      `${String(r.winnerPoints - r.runnerUpPoints).padStart(3)}  ${String(r.winnerPoints - CLAIM).padStart(4)}  ${r.verdict.padEnd(10)}  ${r.winner} (${r.winnerPoints})  ·  ${r.runnerUp} (${r.runnerUpPoints})  ·  ${r.file}`,
    );
}
