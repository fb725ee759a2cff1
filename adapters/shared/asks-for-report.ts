/**
 * What a person types, alone in a message, to ask for the support report of their conversation
 * in a chat (a Slack thread, a Teams personal chat, `/chatgpt-500 report`), in each language the
 * bot speaks. Lower case, accents folded, spaces and hyphens alike.
 */
const WORDS: readonly string[] = [
  // en
  'report',
  'support report',
  'the support report',
  'a support report',
  // de
  'bericht',
  'supportbericht',
  'support bericht',
  'den bericht',
  'der bericht',
  // es
  'informe',
  'el informe',
  'informe de soporte',
  'informe para soporte',
  'reporte',
  // fr
  'rapport',
  'le rapport',
  'rapport de support',
  'rapport pour le support',
];

const ASKS = new Set(WORDS);

/**
 * The most ASCII letters a text that asks may hold: folding keeps every ASCII letter (lower-cased),
 * so a text with more (any report that says what fails) is not an ask, and is not folded at all.
 */
const MAX_LETTERS = Math.max(...WORDS.map((w) => w.replace(/[^a-z]/g, '').length));

function asciiLetters(text: string, atMost: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= atMost; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) count++;
  }
  return count;
}

/**
 * True when the whole message asks for the support report ("report", "Support-Bericht",
 * "informe para soporte", "rapport !"): only the word or phrase itself, with at most a leading
 * slash and trailing punctuation, so a sentence that merely contains "report" stays a reply.
 */
export function asksForReport(text: string): boolean {
  if (asciiLetters(text, MAX_LETTERS) > MAX_LETTERS) return false;
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/^[\s/]+/, '')
    .replace(/[\s.!?¡¿:;,]+$/u, '')
    .replace(/^[¡¿]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ASKS.has(folded);
}
