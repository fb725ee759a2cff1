import { requiredLiterals } from './required-literals.ts';

export type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string) => string)];

/**
 * Applies `rewrites` in order (`text.replace(pattern, replacement)` each), skipping a rewrite
 * whose pattern cannot match: one of the strings every match contains (requiredLiterals, read
 * once here) must be in the text. Same result as running them all, without most of the scans.
 */
export function createRewrite(rewrites: readonly Rewrite[]): (text: string) => string {
  const guarded = rewrites.map(([pattern, replacement]) => ({ pattern, replacement, needs: requiredLiterals(pattern) }));
  return (text: string): string => {
    let out = text;
    for (const { pattern, replacement, needs } of guarded) {
      if (needs !== undefined && !containsAny(out, needs)) continue;
      out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
    }
    return out;
  };
}

function containsAny(text: string, literals: readonly string[]): boolean {
  for (let i = 0; i < literals.length; i++) if (text.includes(literals[i] as string)) return true;
  return false;
}
