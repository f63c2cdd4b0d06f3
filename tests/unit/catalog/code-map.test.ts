import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { codeMapOf } from '../../../src/catalog/code-map.ts';
import { codeKeysOf, normalizeCodeKey, shardOf } from '../../../src/catalog/code-keys.ts';

const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));
const map = codeMapOf(catalog);
const answersFor = (text: string) => {
  const key = normalizeCodeKey(text);
  return map.shards[shardOf(key, map.shardCount)]![key] ?? [];
};

describe('the code map', () => {
  it('answers every key of every entry with that entry, from the shard the key hashes to', () => {
    for (const entry of catalog.entries) {
      const families = catalog.serviceById.get(entry.service)!.codeFamilies;
      for (const key of codeKeysOf(entry, families)) {
        expect(
          answersFor(key).map((a) => a.url),
          `${entry.filePath}: key ${key}`,
        ).toContain(entry.url);
      }
    }
  });

  it('holds each key in one shard only, and nothing else', () => {
    const seen = map.shards.flatMap((shard) => Object.keys(shard));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(map.keyCount);
  });

  it('puts an entry whose own code is the key before one that has it as an inner code or alias', () => {
    const syntax = answersFor('SyntaxError');
    expect(syntax[0]!.title).toMatch(/^BadArgumentError \/ SyntaxError · 400 · /);
    const first = answersFor('AADSTS70008')[0]!;
    expect(first.url).toBe('/errors/azure-log-analytics/invalid-grant/');
    expect(answersFor('70008')[0]!.url).toBe(first.url);
  });

  it('titles answers "Code · status · service", with the inner code, so twins of a code differ', () => {
    const titles = answersFor('InsufficientAccessError').map((a) => a.title);
    expect(titles).toHaveLength(2);
    expect(new Set(titles).size).toBe(2);
  });

  it('has no answer for a code that is not a key', () => {
    expect(answersFor('AADSTS700082')).toEqual([]);
    expect(answersFor('constructor')).toEqual([]);
  });
});
