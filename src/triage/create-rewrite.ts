import { createLiteralScan, type LiteralScan } from './create-literal-scan.ts';
import { requiredLiterals } from './required-literals.ts';

export type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string) => string)];

/**
 * Applies `rewrites` in order (`text.replace(pattern, replacement)` each) and gives what running
 * them all gives, without running those that cannot match: a pattern runs only when the text holds
 * one of the strings every match of it contains (requiredLiterals, read once here), all found in
 * one pass over the text (createLiteralScan), and after each change over the span it changed. `afterChange` tidies a text
 * a rewrite changed (e.g. collapses the spaces it left).
 */
export function createRewrite(rewrites: readonly Rewrite[], afterChange: (text: string) => string = (text) => text): (text: string) => string {
  const scan = createLiteralScan(rewrites.map(([pattern]) => requiredLiterals(pattern)));
  const possible = new Uint8Array(rewrites.length);
  return (text: string): string => {
    let out = text;
    possible.fill(0);
    scan(out, possible);
    for (let k = 0; k < rewrites.length; k++) {
      if (possible[k] === 0) continue;
      const [pattern, replacement] = rewrites[k] as Rewrite;
      const next = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
      if (next === out) continue;
      const changed = afterChange(next);
      rescanChange(out, changed, possible, scan);
      out = changed;
    }
    return out;
  };
}

/**
 * After `before` became `after`: marks the rules whose strings `after` may now hold. A string the
 * change created overlaps the span where the two texts differ, so only that span (widened by the
 * longest string, less one, on each side) is scanned. Marks are never cleared: a rule the change
 * made impossible may run and match nothing, which changes nothing.
 */
function rescanChange(before: string, after: string, possible: Uint8Array, scan: LiteralScan): void {
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const reach = Math.max(0, scan.longest - 1);
  scan(after, possible, Math.max(0, head - reach), Math.min(after.length, after.length - tail + reach));
}
