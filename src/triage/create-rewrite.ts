import { changedSpan } from './changed-span.ts';
import { createLiteralScan } from './create-literal-scan.ts';
import { requiredLiteralSets } from './required-literals.ts';
import { isSpace, tidySpaces, type SpaceRun } from './tidy-spaces.ts';

export type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string) => string)];

/**
 * Applies `rewrites` in order (`text.replace(pattern, replacement)` each) and gives what running
 * them all gives, without running those that cannot match: a pattern runs only when the text holds
 * one of the strings every match of it contains (requiredLiteralSets, read once here), all found in
 * one pass over the text (createLiteralScan), and after each change over the span it changed
 * (LiteralScan.change); and, when the pattern has a second such set, one of those strings too
 * (found by the same scan: a set is one more lookup, where looking each string up was a search
 * of the text per string).
 *
 * With `spaces`, a text a rewrite changed is tidied as `text.replace(/\s{2,}/g, spaces)` tidies it
 * (e.g. the double spaces a replacement " x " leaves become one). The whole text is tidied at its
 * first change unless it is tidy already; after that, every run of white space outside the span a
 * change touched is tidy, so only that span is (a run is tidied alone, and a tidy run stays so).
 */
export function createRewrite(rewrites: readonly Rewrite[], spaces?: SpaceRun): (text: string) => string {
  const sets = rewrites.map(([pattern]) => requiredLiteralSets(pattern));
  // Rule k's first set is set k of the scan, its second set (always found when it has none) set n + k.
  const n = rewrites.length;
  const scan = createLiteralScan([...sets.map(({ first }) => first), ...sets.map(({ second }) => second)]);
  const possible = new Uint8Array(2 * n);
  return (text: string): string => {
    let out = text;
    possible.fill(0);
    scan.follow(out, possible);
    // Whether `out` is tidy (as `spaces` leaves it): read at the first change.
    let tidy: boolean | undefined;
    for (let k = 0; k < n; k++) {
      if (possible[k] === 0 || possible[n + k] === 0) continue;
      const rule = rewrites[k] as Rewrite;
      const replacement = rule[1];
      const next = typeof replacement === 'string' ? out.replace(rule[0], replacement) : out.replace(rule[0], replacement);
      if (next === out) continue;
      // The span that changed: the first `head` and the last `tail` characters are as they were.
      const { head, tail } = changedSpan(out, next);
      if (spaces === undefined) {
        out = next;
        scan.change(out, possible, head, tail);
        continue;
      }
      tidy ??= tidySpaces(out, spaces) === out;
      if (!tidy) {
        out = tidySpaces(next, spaces);
        tidy = true;
        scan.change(out, possible);
        continue;
      }
      // The changed span widened to the runs of white space it touches (they may now be too long).
      let from = head;
      while (from > 0 && isSpace(next.charCodeAt(from - 1))) from--;
      let to = next.length - tail;
      while (to < next.length && isSpace(next.charCodeAt(to))) to++;
      out = tidySpaces(next, spaces, from, to);
      scan.change(out, possible, from, next.length - to);
    }
    return out;
  };
}
