/**
 * How each snippet language writes the few expressions a template leaves open: a string literal, a
 * field read from the parsed body, "no value", and the test that recognises this entry. The
 * templates name their variables the same way in every language: `status`, `code`, `inner`, and the
 * raw body text (`text`; `$body` in PowerShell, the body file in curl).
 */

export interface LanguageSyntax {
  /** Tab label; tabs sync across the site by this label. */
  label: string;
  /** Expressive Code language id. */
  lang: string;
  /** A string literal. */
  str: (value: string) => string;
  /** Reads a JSON path from the parsed body. */
  read: (path: string[]) => string;
  /** The value of a field the body shape does not have. */
  none: string;
  statusIs: (status: number) => string;
  statusIn: (low: number, high: number) => string;
  /** Case-sensitive equality of a variable (`code`, `inner`) and a literal. */
  equals: (variable: 'code' | 'inner', literal: string) => string;
  /** The response has no body. */
  emptyBody: string;
  and: (tests: string[]) => string;
}

const json = (value: string) => JSON.stringify(value);
const singleQuoted = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
const isIdentifier = (key: string) => /^[A-Za-z_$][\w$]*$/.test(key);

/** Keyed by template file extension. */
export const LANGUAGES = {
  py: {
    label: 'Python',
    lang: 'python',
    str: json,
    read: (path) => `dig(body, ${path.map(json).join(', ')})`,
    none: 'None',
    statusIs: (s) => `status == ${s}`,
    statusIn: (lo, hi) => `${lo} <= status <= ${hi}`,
    equals: (v, lit) => `${v} == ${json(lit)}`,
    emptyBody: 'not text',
    and: (tests) => tests.join(' and '),
  },
  ts: {
    label: 'TypeScript',
    lang: 'ts',
    str: json,
    read: (path) => `body${path.map((k) => (isIdentifier(k) ? `?.${k}` : `?.[${json(k)}]`)).join('')}`,
    none: 'undefined',
    statusIs: (s) => `status === ${s}`,
    statusIn: (lo, hi) => `status >= ${lo} && status <= ${hi}`,
    equals: (v, lit) => `${v} === ${json(lit)}`,
    emptyBody: "text === ''",
    and: (tests) => tests.join(' && '),
  },
  cs: {
    label: 'C#',
    lang: 'csharp',
    str: json,
    read: (path) => `Dig(body, ${path.map(json).join(', ')})`,
    none: 'null',
    statusIs: (s) => `status == ${s}`,
    statusIn: (lo, hi) => `status is >= ${lo} and <= ${hi}`,
    equals: (v, lit) => `${v} == ${json(lit)}`,
    emptyBody: 'text.Length == 0',
    and: (tests) => tests.join(' && '),
  },
  ps1: {
    label: 'PowerShell',
    lang: 'powershell',
    str: (v) => `'${v.replaceAll("'", "''")}'`,
    read: (path) =>
      `$body${path.map((k) => (isIdentifier(k) ? `.${k}` : `.'${k.replaceAll("'", "''")}'`)).join('')}`,
    none: '$null',
    statusIs: (s) => `$status -eq ${s}`,
    statusIn: (lo, hi) => `$status -ge ${lo} -and $status -le ${hi}`,
    equals: (v, lit) => `$${v} -ceq '${lit.replaceAll("'", "''")}'`,
    emptyBody: '-not $body',
    and: (tests) => tests.map((t) => `(${t})`).join(' -and '),
  },
  sh: {
    label: 'curl',
    lang: 'sh',
    str: singleQuoted,
    // A jq filter: the field, or nothing when the body has another shape.
    read: (path) => singleQuoted(`${path.map((k) => `.${json(k)}`).join('')} // empty`),
    none: singleQuoted('empty'),
    statusIs: (s) => `[ "$status" -eq ${s} ]`,
    statusIn: (lo, hi) => `[ "$status" -ge ${lo} ] && [ "$status" -le ${hi} ]`,
    equals: (v, lit) => `[ "$${v}" = ${singleQuoted(lit)} ]`,
    emptyBody: '[ ! -s "$body_file" ]',
    and: (tests) => tests.join(' && '),
  },
} satisfies Record<string, LanguageSyntax>;

export type LanguageKey = keyof typeof LANGUAGES;
