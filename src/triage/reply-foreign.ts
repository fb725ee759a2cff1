import { createRewrite } from './create-rewrite.ts';
import { LEXICON_WORDS, RULES_FROM, type LanguageScores } from './reply-language.ts';
import { createTypoFixer } from './reply-typos.ts';
import { DE_RULES, DE_WORDS } from './reply-phrases-de.ts';
import { ES_RULES, ES_WORDS } from './reply-phrases-es.ts';
import { FR_RULES, FR_WORDS } from './reply-phrases-fr.ts';

/** A run of spaces a rule left becomes one space; one holding a line break keeps it: "✅ navigateur OK\n❌ appli KO" is two lines. */
const collapseKeepingLines = (run: string): string => (run.includes('\n') ? ' \n ' : ' ');

/** One pass that swaps single words by a dictionary (a rule per word would rescan the text per change). */
function wordSwap(words: Readonly<Record<string, string>>): (text: string) => string {
  const map = new Map(Object.entries(words));
  return (text) => mapWords(text, 1, map);
}

/**
 * `text` with each whole word of `min`+ letters a–z (what `\b[a-z]{min,}\b` matches: a run of
 * word characters [A-Za-z0-9_] made only of a–z) replaced by `swap`'s answer (a Map, or a function;
 * undefined keeps the word). The text is copied only when a word changes; no callback per match.
 */
function mapWords(text: string, min: number, swap: ReadonlyMap<string, string> | ((word: string) => string)): string {
  let out: string | undefined;
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let lower = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c < 97 || c > 122) lower = false;
    }
    if (!lower || i - start < min) continue;
    const word = text.slice(start, i);
    const replaced = typeof swap === 'function' ? swap(word) : swap.get(word);
    if (replaced === undefined || replaced === word) continue;
    out = (out ?? '') + text.slice(copied, start) + replaced;
    copied = i;
  }
  return out === undefined ? text : out + text.slice(copied);
}

/** A character `\b` counts as a word character: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `build()` on the first call, its result on every call after. */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * Per language, its rewrite: the phrase rules (only those whose required strings are in the text
 * run), then its single words. Each is built at the first reply in its language: a process that
 * never reads German does not hold (nor build, at start) the German tables.
 */
const REWRITES = [
  ['de', once(() => createRewrite(DE_RULES, collapseKeepingLines)), once(() => wordSwap(DE_WORDS))],
  ['es', once(() => createRewrite(ES_RULES, collapseKeepingLines)), once(() => wordSwap(ES_WORDS))],
  ['fr', once(() => createRewrite(FR_RULES, collapseKeepingLines)), once(() => wordSwap(FR_WORDS))],
] as const;

/**
 * Rewrites the German, Spanish and French of a reply into the English words and markers the
 * parser reads ("ja, geht im Inkognito" → "yes, works in incognito"), for each language whose
 * words the reply holds (a mixed reply gets each rewrite, the strongest language first). An English
 * reply is returned as it is. Input: lower case, accents folded, punctuation in place.
 */
export function translateReply(text: string, scores: LanguageScores): string {
  // An English reply with a word that is also German or Spanish ("I am", "ya") stays English.
  // A word another language shares ("en" in a French reply) does not bring that language's rules.
  const top = Math.max(scores.de, scores.es, scores.fr);
  const order = REWRITES.filter(([language]) => scores[language] >= RULES_FROM && (scores[language] >= scores.en || (scores[language] >= MIXED_FROM && scores[language] * 3 >= scores.en)) && scores[language] * 3 >= top);
  if (order.length === 0) return text;
  if (order.length > 1) order.sort((a, b) => scores[b[0]] - scores[a[0]]);
  // Slack emphasis around a word ("_navegador_", "*oui*"): the rules look for whole words.
  let out = text.includes('*') || text.includes('_') || text.includes('~') ? text.replace(MARKS, ' ') : text;
  for (const [, rewrite, swap] of order) out = swap()(rewrite()(out));
  return out;
}

/** A reply mostly in English with this many points of another language (two of its clear words) is mixed: that language's rules run too. */
const MIXED_FROM = 4;

const MARKS = /(?<=^|\s)[*_~]+|[*_~]+(?=[\s.,!?;:]|$)/g;

/** The German, Spanish and French words typos are repaired towards ("funktionirt", "funciana", "fonctione"), by language. */
const FOREIGN_KEYWORDS = {
  de: 'funktioniert funktionieren funktionierts inkognito klappt probiert ausprobiert getestet versucht fenster privaten netzwerk zuhause daheim fehler',
  es: 'funciona funcionan funciono incognito navegador probado intentado ventana privada oficina moviles celular tampoco tambien todavia',
  fr: 'fonctionne fonctionnent marche marchait navigation privee navigateur fenetre essaye reessaye bureau maison reseau donnees partage connexion toujours',
} as const;

type Foreign = keyof typeof FOREIGN_KEYWORDS;
const FOREIGN: readonly Foreign[] = ['de', 'es', 'fr'];
const keywordsOf = (languages: readonly Foreign[]): string[] => languages.flatMap((l) => FOREIGN_KEYWORDS[l].split(' '));
/** One repair per language, and one towards all three for a reply none of them leads. */
const fixForeignTypo: Readonly<Record<Foreign | 'any', (word: string) => string>> = {
  de: createTypoFixer(keywordsOf(['de']), LEXICON_WORDS),
  es: createTypoFixer(keywordsOf(['es']), LEXICON_WORDS),
  fr: createTypoFixer(keywordsOf(['fr']), LEXICON_WORDS),
  any: createTypoFixer(keywordsOf(FOREIGN), LEXICON_WORDS),
};

/**
 * Repairs typos of German, Spanish and French keywords in words of five letters or more that no
 * lexicon knows; for replies that do not read as English (their English words are repaired later,
 * token by token, towards English keywords). A reply that one of the three languages leads is
 * repaired towards that language's keywords only (a German "manche" is no French "marche"); one
 * none of them leads, towards all three.
 */
export function repairForeignTypos(text: string, scores: LanguageScores): string {
  const top = Math.max(scores.de, scores.es, scores.fr);
  const leading = top > 0 ? FOREIGN.filter((l) => scores[l] === top) : [];
  return mapWords(text, 5, fixForeignTypo[leading.length === 1 ? (leading[0] as Foreign) : 'any']);
}

/**
 * Accents off ("Büro" → "buro", "sí" → "si", "ça" → "ca", "ß" → "ss"), so the rules need one
 * spelling and people who type without accents are read alike. Only texts with a non-ASCII letter
 * pay; one made of ASCII, Latin letters and punctuation (isComposedLatin) is folded letter by
 * letter, any other is decomposed whole (NFD) and its marks dropped.
 */
export function foldAccents(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  if (!isComposedLatin(text)) return foldDecomposed(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded = c >= LATIN_FROM && c <= LATIN_TO ? FOLDED[c - LATIN_FROM] : undefined;
    if (folded === undefined) continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function foldDecomposed(text: string): string {
  let out = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (out.includes('ß')) out = out.replace(/ß/g, 'ss');
  if (out.includes('æ')) out = out.replace(/æ/g, 'ae');
  if (out.includes('œ')) out = out.replace(/œ/g, 'oe');
  return out;
}

/** Latin letters and signs U+00A0–U+024F, and the punctuation U+2010–U+205E („“, –, …). */
const LATIN_FROM = 0xa0;
const LATIN_TO = 0x24f;
const PUNCTUATION_FROM = 0x2010;
const PUNCTUATION_TO = 0x205e;

/**
 * Whether every character is ASCII, a Latin letter or sign, or punctuation of the ranges above.
 * Each of those is its own NFC form, and decomposes (NFD) into a base character and marks, so
 * such a text is in NFC already and is decomposed whole as each character is decomposed alone.
 */
export function isComposedLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= LATIN_FROM && c <= LATIN_TO) || (c >= PUNCTUATION_FROM && c <= PUNCTUATION_TO)) continue;
    return false;
  }
  return true;
}

/** Per Latin character, its folded form when that differs from it (folded as foldDecomposed folds). */
const FOLDED: readonly (string | undefined)[] = Array.from({ length: LATIN_TO - LATIN_FROM + 1 }, (_, k) => {
  const character = String.fromCharCode(LATIN_FROM + k);
  const folded = foldDecomposed(character);
  return folded === character ? undefined : folded;
});
