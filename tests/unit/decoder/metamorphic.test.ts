import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { statusForReason } from '../../../src/decoder/status-info.ts';
import type { DecodeItem } from '../../../src/decoder/types.ts';
import { splitResponse, WRAPPERS } from './metamorphic.ts';
import { NOW, realCatalog, realIndex } from './support.ts';

/**
 * Every example of every entry, in every form a tool prints a response in, decodes to the same entry.
 * Forms that drop the status (code building the body) may leave twins that only the status separates
 * ambiguous; they must still list the entry. An example with no body is identified by its status
 * line, so only the forms that keep the status line apply to it.
 */

const catalog = realCatalog();
const index = realIndex();

/** A URL on the entry's service, for the forms that carry one (a HAR always has a request URL). */
function serviceUrl(serviceId: string): string {
  const service = catalog.services.find((s) => s.id === serviceId)!;
  const { host, pathPrefix } = service.hosts[0]!;
  const path = (pathPrefix ?? '/').replaceAll('*', 'x');
  return `https://${host.replace('*.', 'tenant.')}${path}`;
}

const cases = catalog.entries.flatMap((entry) =>
  entry.examples.map((example, n) => ({ name: `${entry.id} #${n + 1}`, entry, example })),
);

function verdictOf(text: string): DecodeItem {
  return decode(text, index, { now: NOW }).results[0]!;
}

describe.each(cases)('$name', ({ entry, example }) => {
  const parts = splitResponse(example);
  const plain = verdictOf(example);
  const forms = WRAPPERS.filter((w) => parts.body !== '' || (w.keepsStatus && !w.bodyOnly));

  test.each(forms)('$name', (wrapper) => {
    const item = verdictOf(wrapper.wrap(parts, example, { url: serviceUrl(entry.service) }));
    const ids = item.matches.map((m) => m.id);
    if (plain.verdict === 'identified' && wrapper.keepsStatus) {
      expect(item.verdict, JSON.stringify(item.explanation)).toBe('identified');
      expect(ids[0]).toBe(entry.id);
    } else expect(ids, `${item.verdict}: ${JSON.stringify(item.explanation)}`).toContain(entry.id);
  });

  // A neighbouring status that no entry with this code documents: the entry stays, with a note. A
  // problem-details title that is only a reason phrase ("Not Found") names the status, not an error:
  // there the status is the identity, and another status is another error.
  const titleIsStatus = entry.envelope === 'problem-details' && statusForReason(entry.code) !== undefined;
  const sameCode = catalog.entries.filter((e) => e.code === entry.code).map((e) => e.status);
  const neighbour = [parts.status + 1, parts.status - 1].find((s) => !sameCode.includes(s));
  const applies =
    parts.body !== '' && typeof entry.status === 'number' && neighbour !== undefined && !titleIsStatus;
  if (applies)
    test('with a neighbouring status', () => {
      const moved = example.replace(/^(HTTP\/\S+) \d{3}/, `$1 ${neighbour}`);
      const item = verdictOf(moved);
      expect(item.matches.map((m) => m.id)).toContain(entry.id);
      expect(item.notes?.join(' ')).toContain(`differs from the documented ${entry.status}`);
    });
});
