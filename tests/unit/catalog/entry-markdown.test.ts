import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { entryMarkdown } from '../../../src/catalog/entry-markdown.ts';
import { snippetsFor } from '../../../src/catalog/handling/snippets.ts';

const { catalog, entryFiles } = loadCatalog(resolve(import.meta.dirname, '../../..'));

describe('entryMarkdown', () => {
  const entry = catalog.entries.find(
    (e) => e.id === 'azure-log-analytics/insufficient-access-error-unauthorized-client',
  )!;
  const service = catalog.serviceById.get(entry.service)!;
  const body = entryFiles.find((f) => f.id === entry.id)!.body;
  const markdown = entryMarkdown(entry, service, body, snippetsFor(entry, service), '/atlas/');

  it('has the page headings in the page order', () => {
    const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
    const headings = [...prose.matchAll(/^(#{1,2}) (.+)$/gm)].map((m) => m[2]);
    expect(headings).toEqual([
      'InsufficientAccessError',
      'Documented message',
      'Example response',
      'What it means',
      'Why it happens',
      'How to fix it',
      'Related',
      'Handle it in code',
      'Retrying',
      'Source',
    ]);
  });

  it('turns relative links into site paths under the base', () => {
    expect(body).toContain('](../insufficient-access-error/)');
    expect(markdown).toContain('](/atlas/errors/azure-log-analytics/insufficient-access-error/)');
    expect(markdown).not.toMatch(/\]\(\.\.?\//);
  });

  it('fences examples and snippets so their backticks cannot close the fence', () => {
    const withTicks = entryMarkdown(
      { ...entry, examples: ['HTTP/1.1 400 Bad Request\n\n```x```'] },
      service,
      '',
      [],
    );
    expect(withTicks).toContain('````http\nHTTP/1.1 400 Bad Request\n\n```x```\n````');
    expect(markdown).toContain('```csharp\n');
  });
});
