import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralScan } from '../../src/triage/create-literal-scan.ts';

/** What the scan must find: a set is found when it is unknown, holds "", or one of its strings lies within text[from, to). */
function naive(sets: readonly (readonly string[] | undefined)[], text: string, from: number, to: number): number[] {
  const span = text.slice(from, to);
  return sets.map((set) => (set === undefined || set.some((literal) => span.includes(literal)) ? 1 : 0));
}

// A small alphabet (with characters beyond ASCII) so that strings overlap, share prefixes and end inside one another.
const char = fc.constantFrom('a', 'b', 'c', ' ', 'é', '🙂', 'ß');
const literal = fc.array(char, { minLength: 0, maxLength: 5 }).map((cs) => cs.join(''));
const sets = fc.array(fc.option(fc.array(literal, { minLength: 0, maxLength: 6 }), { nil: undefined, freq: 8 }), { minLength: 1, maxLength: 12 });
const text = fc.array(fc.oneof(char, fc.constantFrom('x', 'z')), { maxLength: 40 }).map((cs) => cs.join(''));

describe('createLiteralScan', () => {
  it('finds exactly the sets one of whose strings occurs in the text, as a naive search does', () => {
    fc.assert(
      fc.property(sets, text, (given, typed) => {
        const scan = createLiteralScan(given);
        const found = new Uint8Array(given.length);
        scan(typed, found);
        expect([...found]).toEqual(naive(given, typed, 0, typed.length));
      }),
      { numRuns: 500 },
    );
  });

  it('within [from, to) finds only the strings lying there', () => {
    fc.assert(
      fc.property(sets, text, fc.nat(), fc.nat(), (given, typed, a, b) => {
        const from = typed.length === 0 ? 0 : a % (typed.length + 1);
        const to = from + (typed.length === 0 ? 0 : b % (typed.length - from + 1));
        const scan = createLiteralScan(given);
        const found = new Uint8Array(given.length);
        scan(typed, found, from, to);
        expect([...found]).toEqual(naive(given, typed, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('tells the longest string', () => {
    expect(createLiteralScan([['ab', 'abcd'], undefined, ['x']]).longest).toBe(4);
  });
});
