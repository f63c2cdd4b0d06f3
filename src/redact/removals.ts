/** The mark left where a secret was. */
export const REDACTED = '[REDACTED]';

/** What a redaction removed, in the words the page and the CLI show ("Authorization header", "sig="). */
export class Removals {
  readonly labels: string[] = [];
  add(label: string): void {
    this.labels.push(label);
  }
}

const plural = (label: string, count: number): string => {
  if (count === 1) return label;
  if (/[=:]$/.test(label) || label.includes(' header')) return `${label} ×${count}`;
  return `${count} ${label}s`;
};

/**
 * One line naming what was removed, most frequent first, each label once with its count:
 * `Authorization header, 2 cookies, sig=`; an empty string when nothing was.
 */
export function describeRemovals(labels: readonly string[]): string {
  // Labels differ only in case when a paste writes a header name two ways; the first spelling is shown.
  const counts = new Map<string, { label: string; count: number }>();
  for (const label of labels) {
    const key = label.toLowerCase();
    const seen = counts.get(key) ?? { label, count: 0 };
    counts.set(key, { label: seen.label, count: seen.count + 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ label, count }) => plural(label, count))
    .join(', ');
}
