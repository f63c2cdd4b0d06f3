import type { CatalogEntry, CatalogService } from '../model.ts';
import { BODY_FIELDS } from './body-fields.ts';
import { EXCEPTION_ONLY_TEMPLATES, HANDLING_FAMILIES } from './families.ts';
import { LANGUAGES, type LanguageKey, type LanguageSyntax } from './languages.ts';
import { renderTemplate } from './render-template.ts';

/**
 * The template files as text, by name without `.tmpl` (`requests.py`). The `.tmpl` suffix keeps the
 * formatter, linter and type checker away from files that are not valid code until filled in.
 */
const TEMPLATES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('./templates/*.tmpl', { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1, -'.tmpl'.length), text]),
);

/** The names of the template files, for tests that check every family's files exist. */
export const TEMPLATE_NAMES = Object.keys(TEMPLATES);

/** One filled-in snippet. */
export interface Snippet {
  /** The template it came from, e.g. `requests.py`; shown as the code block's title. */
  file: string;
  language: LanguageKey;
  /** Tab label (Python, TypeScript, C#, PowerShell, curl). */
  label: string;
  /** Expressive Code language id. */
  lang: string;
  code: string;
}

/**
 * The test that recognises this entry, in one language: its status (or status class), and its code
 * and inner code where the vendor documents them. Where no code is documented, the status alone —
 * plus "no body" for a success status, since an empty 2XX is the whole signal.
 */
export function matchTest(entry: CatalogEntry, syntax: LanguageSyntax): string {
  const tests: string[] = [];
  if (typeof entry.status === 'number') tests.push(syntax.statusIs(entry.status));
  else {
    const low = Number(entry.status[0]) * 100;
    tests.push(syntax.statusIn(low, low + 99));
  }
  if (entry.codeDocumented) {
    tests.push(syntax.equals('code', entry.code));
    if (entry.innerCode) tests.push(syntax.equals('inner', entry.innerCode));
  } else if (String(entry.status).startsWith('2')) {
    tests.push(syntax.emptyBody);
  }
  return syntax.and(tests);
}

/** A one-line description safe inside any language's comment. */
const labelOf = (entry: CatalogEntry) =>
  `${entry.status} ${entry.code}${entry.innerCode ? ` / ${entry.innerCode}` : ''}`.replace(/[\r\n*]/g, ' ');

/**
 * The "Handle it in code" snippets of an entry: its service's template family, each template filled
 * with this entry's status, code, inner code and body shape. Empty when the service names no family;
 * without the exception-only templates for an entry documented under a 2XX status.
 * Throws, naming the template, when a template is missing or uses an unknown placeholder.
 */
export function snippetsFor(entry: CatalogEntry, service: CatalogService): Snippet[] {
  const handling = service.handling;
  if (!handling) return [];
  const fields = BODY_FIELDS[entry.envelope];
  const success = String(entry.status).startsWith('2');
  return HANDLING_FAMILIES[handling.family]
    .filter((file) => !(success && EXCEPTION_ONLY_TEMPLATES.has(file)))
    .map((file) => {
      const template = TEMPLATES[file];
      if (template === undefined)
        throw new Error(`src/catalog/handling/templates/${file}.tmpl does not exist`);
      const language = file.slice(file.lastIndexOf('.') + 1) as LanguageKey;
      const syntax: LanguageSyntax = LANGUAGES[language];
      const code = renderTemplate(
        file,
        template,
        {
          label: labelOf(entry),
          url: syntax.str(handling.url),
          method: syntax.str(handling.method),
          // The header support asks for: the service's first request id header.
          requestIdHeader: syntax.str(service.requestIdHeaders[0] ?? ''),
          codeOf: syntax.read(fields.code),
          innerOf: fields.inner ? syntax.read(fields.inner) : syntax.none,
          messageOf: syntax.read(fields.message),
          match: matchTest(entry, syntax),
        },
        { retryable: entry.retryable },
      );
      return { file, language, label: syntax.label, lang: syntax.lang, code };
    })
    .sort((a, b) => languageOrder(a.language) - languageOrder(b.language));
}

const languageOrder = (key: LanguageKey) => Object.keys(LANGUAGES).indexOf(key);
