/**
 * Escaped text in bold. Empty text stays empty: `****` alone on a line is a thematic break in
 * markdown, not an empty bold.
 */
export function bold(escaped: string): string {
  return escaped.trim() === '' ? '' : `**${escaped}**`;
}
