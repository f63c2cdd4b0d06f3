import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/catalog/suggest.ts';

describe('editDistance', () => {
  it.each([
    ['innercode', 'innerCode', 0],
    ['alias', 'aliases', 2],
    ['retryadvise', 'retryAdvice', 1],
    ['', 'code', 4],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});

describe('closest', () => {
  const keys = ['service', 'status', 'code', 'innerCode', 'aliases', 'retryAdvice', 'source'];
  it.each([
    ['innercode', 'innerCode'],
    ['alias', 'aliases'],
    ['retryadvise', 'retryAdvice'],
    ['sourc', 'source'],
    ['Status', 'status'],
  ])('%s → %s', (word, expected) => expect(closest(word, keys)).toBe(expected));

  it('suggests nothing for a word unlike every key', () => {
    expect(closest('colour', keys)).toBeUndefined();
    expect(closest('tags', keys)).toBeUndefined();
  });
});
