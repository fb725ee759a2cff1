import { describe, expect, it } from 'vitest';
import { someString } from '../src/some-string.ts';

const illFormed = (text: string) => !text.isWellFormed();

describe('someString', () => {
  it('finds a string deep in arrays and plain objects, keys included', () => {
    expect(someString(['ok', { a: [{ b: 'x\ud800' }] }], illFormed)).toBe(true);
    expect(someString({ ['k\udc00']: 1 }, illFormed)).toBe(true);
    expect(someString('\ud83d', illFormed)).toBe(true);
  });

  it('is false when no string matches, and does not look into class instances', () => {
    expect(someString([{ a: 'fine 😀', n: 1, none: null, list: ['ok'] }], illFormed)).toBe(false);
    class Holder {
      text = 'x\ud800';
    }
    expect(someString({ holder: new Holder(), at: new Date() }, illFormed)).toBe(false);
  });
});
