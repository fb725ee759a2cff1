import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, tidySpaces, type SpaceRun } from '../../src/triage/tidy-spaces.ts';

const collapse: SpaceRun = () => ' ';
const keepingLines: SpaceRun = (run) => (run.includes('\n') ? ' \n ' : ' ');
// White space of every kind `\s` knows (and characters next to it that it does not).
const char = fc.constantFrom('a', 'b', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', '.');
const text = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''));

describe('tidySpaces', () => {
  it("tidies a whole text as text.replace(/\\s{2,}/g, tidy) does, and gives the same string when nothing changes", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(collapse, keepingLines), (typed, tidy) => {
        const want = typed.replace(/\s{2,}/g, tidy);
        const got = tidySpaces(typed, tidy);
        expect(got).toBe(want);
        if (want === typed) expect(Object.is(got, typed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tidies only the span given, when the span cuts no run of white space', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.constantFrom(collapse, keepingLines), (typed, a, b, tidy) => {
        let from = Math.min(a, b) % (typed.length + 1);
        let to = Math.max(from, Math.max(a, b) % (typed.length + 1));
        while (from > 0 && /\s/.test(typed[from - 1] as string)) from--;
        while (to < typed.length && /\s/.test(typed[to] as string)) to++;
        const want = typed.slice(0, from) + typed.slice(from, to).replace(/\s{2,}/g, tidy) + typed.slice(to);
        expect(tidySpaces(typed, tidy, from, to)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('isSpace agrees with \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});
