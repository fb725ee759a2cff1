import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralScan, type LiteralScan } from '../../src/triage/create-literal-scan.ts';

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
const put = fc.array(fc.oneof(char, fc.constantFrom('x', 'z')), { maxLength: 6 }).map((cs) => cs.join(''));
/**
 * How many transition cells are written out in full (createLiteralScan's second argument): from
 * the root's row alone, through a few rows, to every state's (these alphabets have under 12 symbols).
 */
const denseCells = fc.constantFrom(0, 12, 40, 120, 1 << 16);
/** An edit: `length` characters at `at` (taken modulo the text's length + 1) replaced by `put`. */
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), put });

/** The text after an edit, where the edit began, and how many characters after it were kept. */
function edited(current: string, { at, length, put: inserted }: { at: number; length: number; put: string }): { after: string; from: number; kept: number } {
  const from = at % (current.length + 1);
  const end = Math.min(current.length, from + length);
  return { after: current.slice(0, from) + inserted + current.slice(end), from, kept: current.length - end };
}

/**
 * Follows `typed`, applies each edit with `step` (which tells the scan of the change and returns the
 * new text), and expects the scan to have found every set found in any of the texts along the way.
 */
function expectFollowed<E>(given: readonly (readonly string[] | undefined)[], cells: number, typed: string, edits: readonly E[], step: (scan: LiteralScan, found: Uint8Array, current: string, edit: E) => string): void {
  const scan = createLiteralScan(given, cells);
  const found = new Uint8Array(given.length);
  scan.follow(typed, found);
  const want = naive(given, typed, 0, typed.length);
  let current = typed;
  for (const e of edits) {
    current = step(scan, found, current, e);
    naive(given, current, 0, current.length).forEach((hit, k) => (want[k] = Math.max(want[k] as number, hit)));
  }
  expect([...found]).toEqual(want);
}

describe('createLiteralScan', () => {
  it('finds exactly the sets one of whose strings occurs in the text, as a naive search does', () => {
    fc.assert(
      fc.property(sets, denseCells, text, (given, cells, typed) => {
        const scan = createLiteralScan(given, cells);
        const found = new Uint8Array(given.length);
        scan(typed, found);
        expect([...found]).toEqual(naive(given, typed, 0, typed.length));
      }),
      { numRuns: 500 },
    );
  });

  it('after a text followed is changed step by step, has found what a naive search finds in every text it was', () => {
    fc.assert(
      fc.property(sets, denseCells, text, fc.array(edit, { maxLength: 8 }), (given, cells, typed, edits) => {
        expectFollowed(given, cells, typed, edits, (scan, found, current, e) => {
          const { after } = edited(current, e);
          scan.change(after, found);
          return after;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('after a change whose unchanged start and end the caller gives (no more than are), has found what a naive search finds', () => {
    const shortEdit = fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), put, less: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(sets, denseCells, text, fc.array(shortEdit, { maxLength: 8 }), (given, cells, typed, edits) => {
        expectFollowed(given, cells, typed, edits, (scan, found, current, { less, ...e }) => {
          const { after, from, kept } = edited(current, e);
          // What the edit left of the start and of the end, told short by up to `less` characters.
          scan.change(after, found, Math.max(0, from - less), Math.max(0, kept - less));
          return after;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('finds strings that end inside one another whether the states between are written out in full or not', () => {
    // "she" ends in "he", which ends in "e": found through failure links from a state without a full row.
    for (const cells of [0, 1 << 16]) {
      const scan = createLiteralScan([['she'], ['he'], ['e'], ['hers']], cells);
      const found = new Uint8Array(4);
      scan('ushe', found);
      expect([...found]).toEqual([1, 1, 1, 0]);
      found.fill(0);
      scan('shers', found);
      expect([...found]).toEqual([1, 1, 1, 1]);
    }
  });

  it('finds as a naive search does in an automaton of more than 65,535 states (state numbers past 16 bits, rows and links narrowed where theirs fit)', () => {
    // 20,000 strings of 8 letters from a 10-letter alphabet, nearly all with a path of their own: ~100,000 states.
    const letters = 'abcdefghij';
    // xorshift32: the same strings every run.
    let seed = 7;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const words = Array.from({ length: 20_000 }, () => Array.from({ length: 8 }, () => letters[next() % letters.length]).join(''));
    const given = Array.from({ length: 2000 }, (_, k) => words.slice(k * 10, k * 10 + 10));
    for (const cells of [12, 1 << 18]) {
      const scan = createLiteralScan(given, cells);
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('a', 'x', ' ', 'abc')), { maxLength: 12 }), (parts) => {
          const typed = parts.join('');
          const found = new Uint8Array(given.length);
          scan(typed, found);
          expect([...found]).toEqual(naive(given, typed, 0, typed.length));
        }),
        { numRuns: 100 },
      );
    }
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
