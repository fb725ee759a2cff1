import { createLiteralScan } from './create-literal-scan.ts';
import { requiredLiteralSets } from './required-literals.ts';

/** The most strings of a rule's second set looked for one by one (a longer set is not looked for). */
const MAX_SECOND = 16;

export type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string) => string)];

/**
 * Applies `rewrites` in order (`text.replace(pattern, replacement)` each) and gives what running
 * them all gives, without running those that cannot match: a pattern runs only when the text holds
 * one of the strings every match of it contains (requiredLiteralSets, read once here), all found in
 * one pass over the text (createLiteralScan), and after each change over the span it changed
 * (LiteralScan.change); and, when the pattern has a small second such set, one of those strings
 * too (looked up then). `afterChange` tidies a text a rewrite changed (e.g. collapses the spaces
 * it left).
 */
export function createRewrite(rewrites: readonly Rewrite[], afterChange: (text: string) => string = (text) => text): (text: string) => string {
  const sets = rewrites.map(([pattern]) => requiredLiteralSets(pattern));
  const scan = createLiteralScan(sets.map(({ first }) => first));
  // A few strings of a second set are looked for (includes) only when a rule passed the scan.
  const seconds = sets.map(({ second }) => (second !== undefined && second.length <= MAX_SECOND ? second : undefined));
  const possible = new Uint8Array(rewrites.length);
  return (text: string): string => {
    let out = text;
    possible.fill(0);
    scan.follow(out, possible);
    for (let k = 0; k < rewrites.length; k++) {
      if (possible[k] === 0) continue;
      const second = seconds[k];
      if (second !== undefined && !holdsAny(out, second)) continue;
      const rule = rewrites[k] as Rewrite;
      const replacement = rule[1];
      const next = typeof replacement === 'string' ? out.replace(rule[0], replacement) : out.replace(rule[0], replacement);
      if (next === out) continue;
      out = afterChange(next);
      scan.change(out, possible);
    }
    return out;
  };
}

function holdsAny(text: string, strings: readonly string[]): boolean {
  for (let i = 0; i < strings.length; i++) if (text.includes(strings[i] as string)) return true;
  return false;
}
