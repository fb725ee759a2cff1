import { createRewrite } from './create-rewrite.ts';
import { LEXICON_WORDS, RULES_FROM, type LanguageScores } from './reply-language.ts';
import { createTypoFixer } from './reply-typos.ts';
import { DE_RULES, DE_WORDS } from './reply-phrases-de.ts';
import { ES_RULES, ES_WORDS } from './reply-phrases-es.ts';
import { FR_RULES, FR_WORDS } from './reply-phrases-fr.ts';

const collapse = (text: string): string => text.replace(/\s{2,}/g, ' ');

/** One pass that swaps single words by a dictionary (a rule per word would rescan the text per change). */
function wordSwap(words: Readonly<Record<string, string>>): (text: string) => string {
  const map = new Map(Object.entries(words));
  return (text) => text.replace(WORD, (w) => map.get(w) ?? w);
}

const WORD = /\b[a-z]+\b/g;

/**
 * Per language, its rewrite: the phrase rules (only those whose required strings are in the text
 * run), then its single words.
 */
const REWRITES = [
  ['de', createRewrite(DE_RULES, collapse), wordSwap(DE_WORDS)],
  ['es', createRewrite(ES_RULES, collapse), wordSwap(ES_WORDS)],
  ['fr', createRewrite(FR_RULES, collapse), wordSwap(FR_WORDS)],
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
  const order = REWRITES.filter(([language]) => scores[language] >= RULES_FROM && scores[language] >= scores.en && scores[language] * 3 >= top);
  if (order.length === 0) return text;
  if (order.length > 1) order.sort((a, b) => scores[b[0]] - scores[a[0]]);
  // Slack emphasis around a word ("_navegador_", "*oui*"): the rules look for whole words.
  let out = text.replace(MARKS, ' ');
  for (const [, rewrite, swap] of order) out = swap(rewrite(out));
  return out;
}

const MARKS = /(?<=^|\s)[*_~]+|[*_~]+(?=[\s.,!?;:]|$)/g;

/** The German, Spanish and French words typos are repaired towards ("funktionirt", "funciana", "fonctione"). */
const FOREIGN_KEYWORDS = `funktioniert funktionieren funktionierts inkognito klappt probiert ausprobiert getestet versucht fenster privaten
  netzwerk zuhause daheim fehler funciona funcionan funciono incognito navegador probado intentado ventana privada oficina
  moviles celular tampoco tambien todavia fonctionne fonctionnent marche marchait navigation privee navigateur fenetre
  essaye bureau maison reseau donnees partage connexion toujours`.split(/\s+/);

const fixForeignTypo = createTypoFixer(FOREIGN_KEYWORDS, LEXICON_WORDS);

/**
 * Repairs typos of German, Spanish and French keywords in words of five letters or more that no
 * lexicon knows; for replies that do not read as English (their English words are repaired later,
 * token by token, towards English keywords).
 */
export function repairForeignTypos(text: string): string {
  return text.replace(LONG_WORD, (word) => fixForeignTypo(word));
}

const LONG_WORD = /\b[a-z]{5,}\b/g;

/**
 * Accents off ("Büro" → "buro", "sí" → "si", "ça" → "ca", "ß" → "ss"), so the rules need one
 * spelling and people who type without accents are read alike. Only texts with a non-ASCII letter pay.
 */
export function foldAccents(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe');
}
