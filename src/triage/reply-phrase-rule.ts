/** One rewrite of a reply's text: every match of `pattern` becomes `replacement` (space-padded). */
export type PhraseRule = readonly [pattern: RegExp, replacement: string];

/** A global rule from a pattern's source; the replacement gets a space on each side. */
export function phrase(source: string, to: string): PhraseRule {
  return [new RegExp(source, 'g'), ` ${to} `];
}
