import { createLiteralScan } from './create-literal-scan.ts';
import { requiredLiterals } from './required-literals.ts';

export type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string) => string)];

/**
 * Applies `rewrites` in order (`text.replace(pattern, replacement)` each) and gives what running
 * them all gives, without running those that cannot match: a pattern runs only when the text holds
 * one of the strings every match of it contains (requiredLiterals, read once here), all found in
 * one pass over the text (createLiteralScan), and after each change over the span it changed
 * (LiteralScan.change). `afterChange` tidies a text a rewrite changed (e.g. collapses the spaces
 * it left).
 */
export function createRewrite(rewrites: readonly Rewrite[], afterChange: (text: string) => string = (text) => text): (text: string) => string {
  const scan = createLiteralScan(rewrites.map(([pattern]) => requiredLiterals(pattern)));
  const possible = new Uint8Array(rewrites.length);
  return (text: string): string => {
    let out = text;
    possible.fill(0);
    scan.follow(out, possible);
    for (let k = 0; k < rewrites.length; k++) {
      if (possible[k] === 0) continue;
      const [pattern, replacement] = rewrites[k] as Rewrite;
      const next = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
      if (next === out) continue;
      out = afterChange(next);
      scan.change(out, possible);
    }
    return out;
  };
}
