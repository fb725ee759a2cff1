import * as lexicon from './reply-lexicon.ts';
import { applySpacedPhrases } from './reply-phrases.ts';
import { createTypoFixer } from './reply-typos.ts';
import { createRewrite, type Rewrite } from './create-rewrite.ts';
import { foldAccents, isComposedLatin, repairForeignTypos, translateReply } from './reply-foreign.ts';
import { scoreLanguages, type LanguageScores } from './reply-language.ts';
import { spokenStatusCodes } from './spoken-status-codes.ts';

/**
 * Turns a free-text reply into the token stream the segment reader reads: lower case, emoji and
 * Slack shortcodes as yes/no/idk words, identifiers (URLs, request ids, models, versions, times)
 * removed (reply-details.ts reads those from the original text), contractions expanded, typos
 * repaired, multi-word phrases rewritten to marker tokens, and punctuation kept as "." and ","
 * boundary tokens.
 */
export function normalizeReply(text: string): string[] {
  return readReplyText(text).tokens;
}

export interface NormalizedReply {
  tokens: string[];
  /** How much the reply reads as each supported language (reply-language.ts). */
  scores: LanguageScores;
}

/**
 * normalizeReply, and the language scores read on the way: German, Spanish and French are
 * rewritten into English words (reply-foreign.ts) before English contractions are expanded (the
 * German "im" is not "I'm").
 */
export function readReplyText(text: string): NormalizedReply {
  let s = ` ${stripSlackMarkup(text)} `.toLowerCase();
  // An ASCII text is in NFC already and holds no curly quote; so is one of Latin letters and punctuation.
  if (!isAscii(s)) s = (isComposedLatin(s) ? s : s.normalize('NFC')).replace(/[\u2018\u2019\u02bc´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  if (s.includes('`')) s = s.replace(/`/g, "'");
  s = replaceSymbolsAndIdentifiers(s);
  // Emphasis marks around a word ("geht *nicht*", "_never_"): the word, before any rule reads it.
  if (s.includes('*') || s.includes('_')) s = s.replace(EMPHASIS, '$1$2');
  s = foldAccents(s);
  // Letters drawn out ("jaaa", "siiii", "nooo", "yesss"): one of them.
  if (hasDrawnOutLetter(s)) s = s.replace(DRAWN_OUT_ALL, '$1');
  // "five oh three", "fünfhundert", "cinq cent trois": a status code said in words, as digits; and the words
  // a dictation splits or spells as it hears them ("in kognito", "hot spott", "h t t p", "schätt gpt").
  s = dictatedWords(spokenStatusCodes(s));
  let scores = scoreLanguages(s);
  // Not English (no more than one English word): foreign keywords' typos are repaired, and it is scored again.
  if (scores.en < 3) {
    const repaired = repairForeignTypos(s, scores);
    if (repaired !== s) {
      s = repaired;
      scores = scoreLanguages(repaired);
    }
  }
  // The language told leaves a quoted message out ("nur 'Something went wrong'" is the product's
  // text), though the rules read it ("dice 'la conexión no es segura'").
  const unquoted = s.includes("'") || s.includes('"') || s.includes('`') ? s.replace(QUOTED, ' ') : s;
  const told = unquoted === s ? scores : scoreLanguages(unquoted);
  s = translateReply(s, scores);
  s = expandContractions(s);
  // Punctuation as boundary tokens; each pass only when its characters are there.
  // A line break ends a clause ("**Inkognito:** geht\n**Hotspot:** geht nicht" is two), unless a colon opens the lines after it
  // or the next line is an attempt of a log ("try 2: 500", read whole by the retry rules).
  if (s.includes('..') || s.includes('…')) s = s.replace(/\.{2,}|…/g, ' . ');
  if (s.includes('?')) s = s.replace(/\?+(?=[\s.!]|$)/g, ' ? ');
  s = s.replace(/[.!;\n\r]+(?=\s|$)|(?<!:[ \t]{0,2})[.!;]*[\n\r][.!;\n\r]*(?![a-z]+ ?#?\d{1,2} ?[:=-])/g, ' . ').replace(/[,()[\]{}|<>]/g, ' , ');
  // "4G: ok / wifi boîte: ko": a slash between spaces separates two clauses ("500/503", "and/or" stay one).
  if (s.includes(' /')) s = s.replace(/\s\/+(?=\s)/g, ' , ');
  if (s.includes('-') || s.includes('–') || s.includes('—')) s = s.replace(/\s-+\s|[–—]+/g, ' , ');
  if (!onlyKeptCharacters(s)) s = s.replace(/[^\p{L}\p{N}_%\s.,?'*~-]/gu, ' ');
  if (s.includes("'")) s = s.replace(/'/g, ' ');
  const tokens = s
    .split(/\s+/)
    .map((t) => (t === '.' || t === ',' || t === '?' ? t : trimMarks(t)))
    .filter((t) => t.length > 0);
  const repaired = (tokens.length === 1 ? tokens.map(singleLetter) : tokens).map(fixTypo);
  return {
    // The words joined by single spaces: nothing for applyPhrases to collapse first.
    tokens: applySpacedPhrases(` ${repaired.join(' ')} `)
      .split(/\s+/)
      .filter((t) => t.length > 0),
    scores: told,
  };
}

/**
 * Slack markup that says the opposite of the words in it: a quoted question ("> Does ChatGPT work in
 * a private window?") is the bot's text, and ~struck~ words were taken back. A quoted line that asks
 * nothing ("> HTTP ERROR 500") is what the person saw, and is read.
 */
function stripSlackMarkup(text: string): string {
  // Without a quote mark, a strike mark or a carriage return there is nothing to take out.
  if (!text.includes('>') && !text.includes('&gt;') && !text.includes('~') && !text.includes('\r')) return text;
  return text
    .split(/\r?\n/)
    .filter((line) => !/^\s*(?:>|&gt;).*\?\s*$/.test(line) && !QUOTED_QUESTION.test(line))
    .map((line) => line.replace(/^\s*(?:>|&gt;)/, ' '))
    .join('\n')
    .replace(/(^|[\s(])~{1,2}(?=[^\s~])[^~\n]*[^\s~]~{1,2}(?=$|[\s.,!?;:)])/g, '$1 ');
}

/** Emphasis marks at the edges of a word (not inside one, as in "rate_limit_exceeded"). */
const EMPHASIS = /(^|[\s("'„“«])[*_]+(?=[^\s*_])|([^\s*_])[*_]+(?=[\s.,!?;:)"'“”»]|$)/g;

/** A letter three times or more in a row. */
const DRAWN_OUT_ALL = /([a-z])\1{2,}/g;

function hasDrawnOutLetter(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && text.charCodeAt(i - 1) === c && text.charCodeAt(i - 2) === c) return true;
  }
  return false;
}

/** A quoted line that asks, even without its "?" ("> Which network are you on"): the bot's question. */
const QUOTED_QUESTION = /^\s*(?:>|&gt;)\s*(?:which|what|does|do|is|are|where|how|did|can|welche[rsn]?|was|wo|wie|funktioniert|geht|klappt|quel(?:le)?s?|est-ce|ou|comment|fonctionne|marche|cual(?:es)?|que|donde|como|funciona)\b/i;

/** A quoted span: "…", `…`, or '…' opened after a space (so "j'ai … l'API" is no quote). */
const QUOTED = /"[^"]*"|`[^`]*`|(?<=^|\s)'[^']{2,}'(?=[\s.,!?;:)]|$)/g;

/** Marks around a word ("*incognito*", "~works~", "--vpn", "ok..."): trimmed from both ends. */
const MARKS = new Set(['-', '.', '?', '_', '*', '~']);

function trimMarks(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && MARKS.has(token[start] as string)) start++;
  while (end > start && MARKS.has(token[end - 1] as string)) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

/** A one-letter reply is a yes or a no ("y", "n"); inside a sentence single letters are left alone. */
function singleLetter(token: string): string {
  return token === 'y' ? 'yes' : token === 'n' ? 'no' : token;
}

/** Every word and marker the English lexicon knows (what the rewrites and typo repair leave for the reader). */
export const KNOWN: ReadonlySet<string> = new Set([
  ...lexicon.KNOWN_WORDS,
  ...lexicon.TYPO_KEYWORDS,
  ...Object.values(lexicon).flatMap((value) => (value instanceof Set ? [...(value as Set<string>)] : [])),
  ...[...lexicon.NETWORK_TOKENS.keys(), ...lexicon.SYMPTOM_TOKENS.keys()],
]);

/** Typo repair towards the lexicon's keywords, indexed once. */
const fixTypo = createTypoFixer(lexicon.TYPO_KEYWORDS, KNOWN);

const EMOJI: readonly (readonly [RegExp, string])[] = [
  [/👍|👌|✅|✔️?|☑️?|🆗|🙆|💯|:\+1:|:thumbsup:|:white_check_mark:|:heavy_check_mark:|:ok_hand:|:ballot_box_with_check:/g, ' yes . '],
  [/👎|❌|✖️?|🚫|⛔|🙅|:-1:|:thumbsdown:|:x:|:no_entry:|:no_entry_sign:|:heavy_multiplication_x:/g, ' nox . '],
  [/🤷(?:\u200d|\u2640|\u2642|\ufe0f|[\u{1f3fb}-\u{1f3ff}])*|:shrug:|¯\\_\(ツ\)_\/¯/gu, ' . shrug . '],
  [/🤔|:thinking_face:/g, ' hedge . '],
  [/📱|:iphone:|:calling:/g, ' phone '],
  [/:[a-z0-9_+-]+:/g, ' '],
];
/** Any other emoji, skin tone or joiner: characters beyond ASCII only. */
const PICTOGRAPHS = [/\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u200d/gu, ' '] as const;

const NOT_APPLICABLE = [/\bn\/a\b/g, ' idk '] as const;

/**
 * Whether every character is ASCII and one the punctuation pass keeps (a–z, A–Z, 0–9, _ % . , ? ' * ~ -
 * and white space): then that pass changes nothing.
 */
function onlyKeptCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) continue;
    if (c > 0x7f || !KEPT_ASCII.has(c)) return false;
  }
  return true;
}

const KEPT_ASCII: ReadonlySet<number> = new Set([...'_%.,?\'*~- \t\n\v\f\r'].map((ch) => ch.charCodeAt(0)));

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Identifiers (URLs, request ids, models, versions, times): reply-details.ts reads them from the original text. */
const IDENTIFIERS: readonly Rewrite[] = [
  [/challenges\.cloudflare\.com/g, ' cloudflare '],
  [/<(https?:[^|>\s]+)\|[^>]*>/g, ' $1 '],
  [/\bhttps?:\/\/\S+/g, ' '],
  [/\b(?:www\.)?(?:chatgpt\.com|chat\.openai\.com)\/\S*/g, ' '],
  [/\b(?:www\.)?(?:chatgpt\.com|chat\.openai\.com)\b/g, ' website '],
  [/\b(?:api|platform)\.openai\.com\b\S*/g, ' api '],
  [/(^|\s)\/?v1\/[\w/{}.-]*/g, ' api '],
  [/\bx-(?:client-)?request-id\b\s*[:=]?\s*["']?[\w-]*/g, ' '],
  [/\brequest[ _-]?ids?\s*[:=]?\s*["']?[a-z0-9_-]{8,}/g, ' '],
  [/\b(?:req|proj|org|sess|chatcmpl|resp|run|thread|asst|file)[_-][a-z0-9_-]{6,}/g, ' '],
  [/\b(?:gpt-?\d[\w.-]*|gpt-image-[\w.-]+|chatgpt-4o-latest|o(?:1|2|3|4|5|6|7|8|9)(?:-(?:mini|pro|preview|high|low))*|text-embedding-[\w-]+|whisper-1|dall-e-[23]|tts-1(?:-hd)?|4o(?:-mini)?)(?![\w-])/g, ' '],
  [/\b\d{4}-\d{2}-\d{2}(?:t[\d:.z+-]*)?/g, ' '],
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\b/g, ' '],
  [/\b(?:utc|gmt)\s*[+-−]\s*\d{1,2}(?::?\d{2})?/g, ' '],
  [/\bv?\d+(?:\.\d+)+\b/g, ' '],
];

/**
 * Emoji and shortcodes as words, then identifiers out: one rewrite (one scan of the text). A reply
 * without a character the pictograph rule matches (accented letters, „quotes“ and dashes are none)
 * skips that rule.
 */
const withPictographs = createRewrite([...EMOJI, PICTOGRAPHS, NOT_APPLICABLE, ...IDENTIFIERS]);
const withoutPictographs = createRewrite([...EMOJI, NOT_APPLICABLE, ...IDENTIFIERS]);

function replaceSymbolsAndIdentifiers(text: string): string {
  return mayHoldPictographs(text) ? withPictographs(text) : withoutPictographs(text);
}

/**
 * Whether the text holds a character PICTOGRAPHS may match: below U+203C only ©, ® and the
 * zero-width joiner are pictographs (the emoji rules before it put only ASCII words in).
 */
function mayHoldPictographs(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x203c || c === 0xa9 || c === 0xae || c === 0x200d) return true;
  }
  return false;
}

/** Words a dictation splits, spells or hears wrong, in the four languages (accents folded). */
const dictatedWords = createRewrite([
  [/\bh t t p(?: s)?\b/g, 'http'],
  [/\bin (?:c|k)ognito\b/g, 'incognito'],
  [/\bhot (?:spot|spott|spots)\b/g, 'hotspot'],
  [/\b(?:chat|schatt|schat|tschat|chad) (?:g p t|gpt|gbt|g p d|gpd)\b/g, 'chatgpt'],
  [/\b(chatgpt|openai) (?:punkt|point|dot|punto) com\b/g, '$1.com'],
  [/\b(?:four|vier|cuatro|quatre) g\b/g, '4g'],
  [/\b(?:five|funf|fuenf|cinco|cinq) g\b/g, '5g'],
  [/\bve pe aine\b/g, 'vpn'],
  [/\bwie pen\b/g, 'vpn'],
  [/\bbrauser\b/g, 'browser'],
  [/\bkrom\b/g, 'chrome'],
  [/\bwe ?lan\b|\bwehlan\b/g, 'wlan'],
]);

const NOT_CONTRACTIONS: Record<string, string> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wont: 'will not',
  cant: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  aint: 'is not',
  cannot: 'can not',
  dosnt: 'does not',
  dosent: 'does not',
  doesent: 'does not',
  doesnot: 'does not',
  didint: 'did not',
  didnot: 'did not',
  havnt: 'have not',
  hasent: 'has not',
  isnot: 'is not',
};

const NOT_CONTRACTION = new RegExp(`\\b(?:${Object.keys(NOT_CONTRACTIONS).join('|')})\\b`, 'g');

const expandContractions = createRewrite([
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [NOT_CONTRACTION, (w) => NOT_CONTRACTIONS[w] ?? w],
  [/\bi'm\b|\bim\b/g, 'i am'],
  [/\b(it|that|what|there|here|who|how|where|he|she)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
]);
