import { describe, expect, it } from 'vitest';
import {
  codeKeysOf,
  KEYS_PER_SHARD,
  looksLikeCode,
  normalizeCodeKey,
  shardCountFor,
  shardOf,
} from '../../../src/catalog/code-keys.ts';

describe('codeKeysOf', () => {
  it('keys the code, the inner code and every alias, lower case', () => {
    expect(
      codeKeysOf({ code: 'BadArgumentError', innerCode: 'SyntaxError', aliases: ['Bad_Arg'] }, []),
    ).toEqual(['badargumenterror', 'syntaxerror', 'bad_arg']);
  });

  it('adds the bare number of a code in one of the service families', () => {
    const keys = codeKeysOf({ code: 'invalid_grant', aliases: ['AADSTS70002', 'AADSTS70008'] }, ['AADSTS']);
    expect(keys).toEqual(['invalid_grant', 'aadsts70002', '70002', 'aadsts70008', '70008']);
  });

  it('takes a number only when the family prefix is followed by digits alone', () => {
    expect(codeKeysOf({ code: 'AADSTSFoo', aliases: ['AADSTS12x'] }, ['AADSTS'])).toEqual([
      'aadstsfoo',
      'aadsts12x',
    ]);
    expect(codeKeysOf({ code: 'XAADSTS1', aliases: [] }, ['AADSTS'])).toEqual(['xaadsts1']);
  });

  it('keys a code that has spaces as written, trimmed', () => {
    expect(codeKeysOf({ code: 'Bad Request', aliases: [] }, [])).toEqual(['bad request']);
    expect(normalizeCodeKey('  Bad Request ')).toBe('bad request');
  });
});

describe('shards', () => {
  it('are a power of two that keeps at most KEYS_PER_SHARD keys on average', () => {
    for (const keys of [0, 1, KEYS_PER_SHARD, KEYS_PER_SHARD + 1, 1000, 10_000, 20_000]) {
      const count = shardCountFor(keys);
      expect(Math.log2(count) % 1).toBe(0);
      expect(keys / count).toBeLessThanOrEqual(KEYS_PER_SHARD);
      if (count > 1) expect(keys / (count / 2)).toBeGreaterThan(KEYS_PER_SHARD);
    }
  });

  it('spread keys evenly: no shard holds more than three times the average', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `syntheticerror${i % 15}x${i}`);
    const count = shardCountFor(keys.length);
    const sizes = new Array<number>(count).fill(0);
    for (const key of keys) sizes[shardOf(key, count)]!++;
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3 * (keys.length / count));
  });

  it('are the same for a key in any case once normalized', () => {
    expect(shardOf(normalizeCodeKey('AADSTS70008'), 64)).toBe(shardOf(normalizeCodeKey('aadsts70008'), 64));
  });
});

describe('looksLikeCode', () => {
  it.each([
    ['AADSTS700082', true],
    ['InvalidTokenHeaderX', true],
    ['invalid_grantt', true],
    ['700082', true],
    ['Forbidden', false],
    ['refresh token expired', false],
    ['403', false],
    ['', false],
  ])('%s → %s', (query, expected) => {
    expect(looksLikeCode(query)).toBe(expected);
  });
});
