import type { OtherApiClue } from '../read/knowledge.ts';
import type { DecodeItem, Explanation, Extracted, Match } from '../types.ts';

/**
 * The answer in plain words, shared by the page and the CLI: a headline that names the code and the
 * service (never the URL), what would tell ambiguous candidates apart, and what an unrecognised paste
 * looks like. No points, no internal names: those stay in the JSON.
 */

/**
 * How each body shape is named to a person, at the start of a sentence. The index carries this
 * table (`shapes`, see build-index.ts), so the page's script does not.
 */
export const SHAPES: Record<string, string> = {
  odata: 'An OData-style error ({"error":{"code","message"}})',
  oauth: 'An OAuth 2.0 token error ({"error","error_description"})',
  'problem-details': 'A problem-details error ({"title","detail"})',
  coveo: 'A {"message","type"} error',
  other: 'An error body',
};

/** An entry's code, with its inner code when it has one: `BadArgumentError / InvalidWorkspace`. */
export const codeOf = (m: Match) => (m.innerCode ? `${m.code} / ${m.innerCode}` : m.code);

/** The status read, with its reason phrase when one was written: `429 Too Many Requests`. */
export const statusText = (x: Extracted) =>
  x.status !== undefined ? `${x.status}${x.reason ? ` ${x.reason}` : ''}` : undefined;

const distinct = <T>(values: T[]) => [...new Set(values)];
const list = (values: string[]) =>
  values.length <= 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** What in a new paste would separate the candidates (naming `services`), most telling first. */
function tellApart(matches: Match[], services: string[]): string | undefined {
  const statuses = distinct(matches.map((m) => String(m.status)));
  const inner = distinct(matches.map((m) => m.innerCode ?? ''));
  if (services.length > 1)
    return `The request URL or its Host header tells them apart: paste it with the response (${list(services)}).`;
  if (statuses.length > 1) return `The status decides: ${list(statuses)}. Paste the status line too.`;
  if (inner.length > 1) return 'The inner error code decides: paste the whole body, with its innererror.';
  return undefined;
}

function looksLike(
  item: DecodeItem,
  other: OtherApiClue | undefined,
  shapes: Record<string, string>,
): string {
  const x = item.extracted;
  const what = (x.envelope && shapes[x.envelope]) || 'A response';
  const from = other ? ` from ${other.name}` : x.host ? ` from ${x.host}` : '';
  return `${what}${from}, which this catalog does not cover.`;
}

/** Writes the explanation of one decoded item, naming body shapes as `shapes` (the index's) does. */
export function explain(
  item: DecodeItem,
  other: OtherApiClue | undefined,
  shapes: Record<string, string>,
): Explanation {
  const [top] = item.matches;
  const x = item.extracted;
  if (item.verdict === 'identified' && top) return { headline: `${codeOf(top)} — ${top.serviceName}` };
  if (item.verdict === 'ambiguous' && top) {
    const codes = distinct(item.matches.map(codeOf));
    const services = distinct(item.matches.map((m) => m.serviceName));
    const headline =
      services.length === 1
        ? `${list(codes)} — ${services[0]}`
        : `${list(codes)} — documented by ${services.length} APIs`;
    const hint = tellApart(item.matches, services);
    return hint ? { headline, tellApart: hint } : { headline };
  }
  if (x.form === 'empty') return { headline: 'Nothing to decode yet' };
  // A code the catalog documents for another API is "not recognised", never "not in the catalog".
  const documented =
    x.code !== undefined && item.guesses?.some((g) => g.code.toLowerCase() === x.code!.toLowerCase());
  const status = statusText(x);
  const headline = x.code
    ? `${x.code} — ${documented ? 'not recognised' : 'not in the catalog'}`
    : status
      ? `${status} — not recognised`
      : 'Not recognised';
  const looks = x.code || x.envelope || other ? looksLike(item, other, shapes) : undefined;
  return looks ? { headline, looksLike: looks } : { headline };
}
