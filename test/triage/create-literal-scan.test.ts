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

  it('after a text followed is changed step by step, has found what a naive search finds in every text it was', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), put: fc.array(fc.oneof(char, fc.constantFrom('x', 'z')), { maxLength: 6 }).map((cs) => cs.join('')) });
    fc.assert(
      fc.property(sets, text, fc.array(edit, { maxLength: 8 }), (given, typed, edits) => {
        const scan = createLiteralScan(given);
        const found = new Uint8Array(given.length);
        scan.follow(typed, found);
        const want = naive(given, typed, 0, typed.length);
        let current = typed;
        for (const { at, length, put } of edits) {
          const from = at % (current.length + 1);
          current = current.slice(0, from) + put + current.slice(Math.min(current.length, from + length));
          scan.change(current, found);
          naive(given, current, 0, current.length).forEach((hit, k) => (want[k] = Math.max(want[k] as number, hit)));
        }
        expect([...found]).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('after a change whose unchanged start and end the caller gives (no more than are), has found what a naive search finds', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), put: fc.array(fc.oneof(char, fc.constantFrom('x', 'z')), { maxLength: 6 }).map((cs) => cs.join('')), less: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(sets, text, fc.array(edit, { maxLength: 8 }), (given, typed, edits) => {
        const scan = createLiteralScan(given);
        const found = new Uint8Array(given.length);
        scan.follow(typed, found);
        const want = naive(given, typed, 0, typed.length);
        let current = typed;
        for (const { at, length, put, less } of edits) {
          const from = at % (current.length + 1);
          const after = current.slice(0, from) + put + current.slice(Math.min(current.length, from + length));
          // What the edit left of the start and of the end, told short by up to `less` characters.
          const kept = current.length - Math.min(current.length, from + length);
          scan.change(after, found, Math.max(0, from - less), Math.max(0, kept - less));
          current = after;
          naive(given, current, 0, current.length).forEach((hit, k) => (want[k] = Math.max(want[k] as number, hit)));
        }
        expect([...found]).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps up with texts longer than any before (the kept states grow)', () => {
    const scan = createLiteralScan([['ab'], ['zz']]);
    const found = new Uint8Array(2);
    const long = 'x'.repeat(1000);
    scan.follow('ab', found);
    scan.change(`${long}ab${long}`, found);
    scan.change(`${long}a${long}zz`, found);
    expect([...found]).toEqual([1, 1]);
  });
});
