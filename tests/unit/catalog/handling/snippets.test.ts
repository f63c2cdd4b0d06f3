import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/catalog/load-catalog.ts';
import { EXCEPTION_ONLY_TEMPLATES, HANDLING_FAMILIES } from '../../../../src/catalog/handling/families.ts';
import { LANGUAGES, type LanguageKey } from '../../../../src/catalog/handling/languages.ts';
import { snippetsFor, TEMPLATE_NAMES, type Snippet } from '../../../../src/catalog/handling/snippets.ts';
import { syntaxErrors } from '../../../support/syntax-check.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../../..'));
const all = catalog.entries.map((entry) => ({
  entry,
  snippets: snippetsFor(entry, catalog.serviceById.get(entry.service)!),
}));

describe('template families', () => {
  it('name only templates that exist, and every template belongs to a family', () => {
    const named = new Set<string>(Object.values(HANDLING_FAMILIES).flat());
    expect(
      [...named].filter((f) => !TEMPLATE_NAMES.includes(f)),
      'missing src/catalog/handling/templates/*.tmpl',
    ).toEqual([]);
    expect(
      TEMPLATE_NAMES.filter((f) => !named.has(f)),
      'templates no family uses',
    ).toEqual([]);
    for (const file of TEMPLATE_NAMES) expect(Object.keys(LANGUAGES), file).toContain(file.split('.').pop());
  });

  it('cover every service of the catalog', () => {
    for (const service of catalog.services)
      expect(service.handling, `content/services/${service.id}.md: add a handling: block`).toBeDefined();
  });
});

describe.each(all)('$entry.id', ({ entry, snippets }) => {
  const family = HANDLING_FAMILIES[catalog.serviceById.get(entry.service)!.handling!.family];

  it('has one snippet per client of its family that can see this response', () => {
    // An SDK exception never carries a 2XX response, so an empty 200 gets no exception snippet.
    const seen = String(entry.status).startsWith('2')
      ? family.filter((file) => !EXCEPTION_ONLY_TEMPLATES.has(file))
      : family;
    expect(snippets.map((s) => s.file).sort()).toEqual([...seen].sort());
  });

  it('branches on this entry and retries only when it is retryable', () => {
    for (const snippet of snippets) {
      const syntax = LANGUAGES[snippet.language];
      const status =
        typeof entry.status === 'number' ? String(entry.status) : String(Number(entry.status[0]) * 100);
      expect(snippet.code, `${snippet.file}: tests the status`).toContain(status);
      if (entry.codeDocumented)
        expect(snippet.code, `${snippet.file}: tests the code`).toContain(syntax.equals('code', entry.code));
      if (entry.codeDocumented && entry.innerCode)
        expect(snippet.code, `${snippet.file}: tests the inner code`).toContain(
          syntax.equals('inner', entry.innerCode),
        );
      expect(snippet.code.includes('Retry-After'), `${snippet.file}: Retry-After only where retryable`).toBe(
        entry.retryable,
      );
      expect(snippet.code, `${snippet.file}: no placeholder left`).not.toMatch(/\{\{/);
    }
  });
});

describe('every snippet parses', () => {
  const snippets: (Snippet & { id: string })[] = all.flatMap(({ entry, snippets }) =>
    snippets.map((s) => ({ ...s, id: entry.id })),
  );

  it('in its own language', async () => {
    expect(snippets.length).toBeGreaterThan(catalog.entries.length * 3);
    const errors = await syntaxErrors(snippets);
    const failures = snippets.flatMap((s, i) => (errors[i] ? [`${s.id} ${s.file}: ${errors[i]}`] : []));
    expect(failures).toEqual([]);
  }, 60_000);

  it('and each check rejects a broken snippet', async () => {
    const broken: { language: LanguageKey; code: string }[] = [
      { language: 'py', code: 'if status == 400\n    pass\n' },
      { language: 'ts', code: 'if (status === 400 { }' },
      { language: 'cs', code: 'class A { void F() { if (status == 400 { } } }' },
      { language: 'ps1', code: 'if (($status -eq 400) { }' },
      { language: 'sh', code: 'if [ "$status" -eq 400 ]; then echo x\n' },
    ];
    const errors = await syntaxErrors(broken);
    for (const [i, error] of errors.entries()) expect(error, broken[i]!.language).not.toBe('');
  });
});
