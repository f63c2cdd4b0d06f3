import { expect, test } from 'vitest';
import { marginRows } from '../../support/decoder-margins.ts';

/**
 * The verdict, winner and runner-up of every paste fixture, kept in a snapshot: a change to the
 * points table or the readers that moves any of them fails here, and `npm run decoder:margins`
 * shows how close each call is. After a deliberate change, review the diff and run `vitest -u`.
 */
test('no fixture changes its verdict, winner or runner-up unnoticed', async () => {
  const lines = marginRows().map((r) => `${r.file}: ${r.verdict} ${r.winner} (runner-up ${r.runnerUp})`);
  await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../../fixtures/decoder-margins.txt');
});
