/** Control characters (Cc) other than tab and newline, and the bidi overrides used to spoof text. */
const INVISIBLE = /(?![\t\n])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text as a card may carry it: line ends as `\n`, control and bidi-override characters dropped.
 * They have no place in a card, can reverse what a reader sees, and cost six bytes each as JSON.
 * Used on its own for text shown verbatim (monospace runs, button titles) and by the escaper.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}
