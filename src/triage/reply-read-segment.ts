import * as L from './reply-lexicon.ts';

export type Polarity = 'works' | 'fails' | 'conflict';
export type NetworkToken = 'office' | 'vpn' | 'home' | 'mobiledata' | 'hotspot' | 'altnet' | 'corporate' | 'corp';
export type SymptomToken = 'ssl' | 'challenge' | 'unusual' | 'ratelimit' | 'othererr' | 'othersym' | 'timeout';

/** What one clause of a reply says, before any context is applied. */
export interface SegmentReading {
  /** works / fails from outcome words after negation; `conflict` when both are said. */
  polarity: Polarity | null;
  /** The polarity came only from weak words ("fine", "still"). */
  weak: boolean;
  /** A bare yes / no (or 👍 / 👎). */
  answer: 'yes' | 'no' | 'conflict' | null;
  notTried: boolean;
  unknown: boolean;
  /** "we don't use it": the person does not use the thing asked about. */
  noUse: boolean;

  hedge: boolean;
  intermittent: boolean;
  persistent: boolean;
  retryWord: boolean;
  cleanBrowser: boolean;
  /** "not in incognito (either)": the private window was named under a negation. */
  cleanBrowserNegated: boolean;
  baseline: boolean;
  /** Another fix or test was done ("cleared cookies"): the clause is about that. */
  otherAction: boolean;
  /** Other people are the subject ("my colleague says it works at his home"). */
  otherPeople: boolean;
  /** "I am on the VPN", "we are in the office": where the person is now, not a place tried. */
  selfLocation: boolean;
  /** Says the thing was tried again somewhere ("too", "also", "same"). */
  additive: boolean;
  /** Says the failure went away ("works now", "working again"). */
  recovery: boolean;
  /** Says it was tried ("tried that") without saying how it went. */
  triedOnly: boolean;
  /** Says "both" / "everywhere". */
  several: boolean;
  /** Words besides hedges and filler ("so probably an extension" has some, "maybe" has none). */
  substantive: boolean;
  browser: boolean;
  app: boolean;
  desktopDevice: boolean;
  mobileDevice: boolean;
  desktopWord: boolean;
  /** The word "desktop" itself (the app when answering the surface question). */
  bareDesktop: boolean;
  /** "not in chrome either": a browser named under a negation, with "either"/"too". */
  browserNegatedAdditive: boolean;
  api: boolean;
  apiNegated: boolean;
  networks: NetworkToken[];
  networksNegated: NetworkToken[];
  codes: number[];
  /** The only outcome is a test named under a negation ("not in incognito"): a bare "no", not a result. */
  negatedOnly?: true;
  /** Status codes said under a negation ("not 429", "no es 403"): the error it is not. */
  deniedCodes: number[];
  /** The outcome comes only from a status code said or denied ("a 503 actually", "not 500"): it says which error, not how often. */
  codeOnly: boolean;
  symptoms: SymptomToken[];
}

const STATUS_CODES = new Set([400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 527, 529]);

/**
 * The word classes the clause reader asks about, as one bit mask per word: a token's classes come
 * from one lookup instead of a set lookup per class.
 */
const CLASS_SETS = {
  ACK_OR_FILLER: L.ACK_OR_FILLER,
  ADDITIVE: L.ADDITIVE,
  API: L.API,
  APP: L.APP,
  BASELINE: L.BASELINE,
  BROWSER: L.BROWSER,
  CLEAN_BROWSER: L.CLEAN_BROWSER,
  DESKTOP_DEVICE: L.DESKTOP_DEVICE,
  DESKTOP_WORD: L.DESKTOP_WORD,
  FAILS: L.FAILS,
  HEDGES: L.HEDGES,
  INTERMITTENT: L.INTERMITTENT,
  MOBILE_DEVICE: L.MOBILE_DEVICE,
  NEGATION_FILLER: L.NEGATION_FILLER,
  NO: L.NO,
  NOT_TRIED: L.NOT_TRIED,
  NO_USE: L.NO_USE,
  OTHER_ACTIONS: L.OTHER_ACTIONS,
  OTHER_PEOPLE: L.OTHER_PEOPLE,
  PERSISTENT: L.PERSISTENT,
  RECOVERY: L.RECOVERY,
  RETRY_WORDS: L.RETRY_WORDS,
  SEVERAL: L.SEVERAL,
  TRIED: L.TRIED,
  UNKNOWN: L.UNKNOWN,
  WEAK_FAILS: L.WEAK_FAILS,
  WEAK_WORKS: L.WEAK_WORKS,
  WORKS: L.WORKS,
  YES: L.YES,
} as const;
const W = Object.fromEntries(Object.keys(CLASS_SETS).map((name, k) => [name, 1 << k])) as Record<keyof typeof CLASS_SETS, number>;
const WORD_CLASSES = new Map<string, number>();
for (const [name, words] of Object.entries(CLASS_SETS) as [keyof typeof CLASS_SETS, ReadonlySet<string>][]) {
  for (const word of words) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | W[name]);
}

/** Reads one clause: negation scope, outcome words, topics, surfaces, places, status codes. */
export function readSegment(tokens: readonly string[]): SegmentReading {
  const negated = new Set<number>();
  const reading: SegmentReading = {
    polarity: null,
    weak: false,
    answer: null,
    notTried: false,
    unknown: false,
    noUse: false,
    hedge: false,
    intermittent: false,
    persistent: false,
    retryWord: false,
    cleanBrowser: false,
    cleanBrowserNegated: false,
    baseline: false,
    otherAction: false,
    otherPeople: false,
    selfLocation: false,
    additive: false,
    several: false,
    recovery: false,
    triedOnly: false,
    substantive: false,
    browser: false,
    app: false,
    desktopDevice: false,
    mobileDevice: false,
    desktopWord: false,
    bareDesktop: false,
    browserNegatedAdditive: false,
    api: false,
    apiNegated: false,
    networks: [],
    networksNegated: [],
    codes: [],
    deniedCodes: [],
    codeOnly: false,
    symptoms: [],
  };
  let strongWorks = 0;
  let strongFails = 0;
  let codeFails = 0;
  let codeWorks = 0;
  let weakWorks = 0;
  let weakFails = 0;
  let yes = 0;
  let no = 0;

  // "it does not not work", "it is not that it does not work": a negator whose scope reaches a
  // second negator before anything it could negate cancels it (the two make a positive).
  const cancelled = new Set<number>();
  tokens.forEach((token, i) => {
    if (cancelled.has(i)) return;
    if (token === 'no' || token === 'nothing') {
      const next = tokens[i + 1];
      // "no es 403" ("no it 403"), "no, it is a 500": a code after "no" and a pronoun is the error denied.
      const spoken = token === 'no' && next !== undefined && NO_CODE_FILLER.has(next) ? topicAfterFiller(tokens, i + 1) : undefined;
      if (spoken !== undefined) {
        negated.add(spoken);
        return;
      }
      // "la API no está caída" ("the api no is down"): "no" before a verb negates what the verb says.
      if (token === 'no' && next !== undefined && L.AUXILIARIES.has(next) && i > 0) {
        const after = tokens[i + 2];
        if (after !== undefined && isContent(after, tokens[i + 3])) {
          negated.add(i + 2);
          return;
        }
      }
      if (next !== undefined && isContent(next, tokens[i + 2])) {
        const target = nounThenOutcome(tokens, i + 1) ? i + 2 : i + 1;
        // "no the site crashes too", "no, same" ("non le site plante aussi", "nein geht auch nicht" → "no failx too"):
        // "no" does not deny a verb or state of failure after a noun, or a failure said by a phrase, as it denies a
        // noun ("no errors"); it is the answer. Right before a verb it is the Spanish "no falla" (does not fail).
        if (token === 'no' && L.FAIL_STATES.has(tokens[target] as string) && (target > i + 1 || SAID_FAILURES.has(tokens[target] as string))) {
          no++;
          return;
        }
        negated.add(target);
        return;
      }
      if (token === 'no') no++;
      else strongFails++;
      return;
    }
    if (L.NEGATORS.has(token)) {
      const inner = innerNegator(tokens, i);
      if (inner !== undefined) {
        cancelled.add(inner);
        return;
      }
      const target = findNegationTarget(tokens, i);
      if (target !== undefined) negated.add(target);
      else if (isElliptical(tokens, i)) strongFails++;
    }
  });

  tokens.forEach((token, i) => {
    const neg = negated.has(i);
    const m = WORD_CLASSES.get(token) ?? 0;
    const code = statusCode(token, tokens[i + 1]);
    if (code !== undefined) {
      if (neg) {
        codeWorks++;
        reading.deniedCodes.push(code);
      } else {
        // A 401 says the key or login is wrong, not whether the service works.
        if (code !== 401) codeFails++;
        reading.codes.push(code);
      }
      return;
    }
    if (token === 'help' && !neg) return;
    if ((m & W.WORKS) !== 0) {
      if (neg) strongFails++;
      else strongWorks++;
    } else if ((m & W.WEAK_WORKS) !== 0) {
      if (neg) strongFails++;
      else weakWorks++;
    } else if ((m & W.FAILS) !== 0) {
      if (neg) strongWorks++;
      else strongFails++;
    } else if ((m & W.WEAK_FAILS) !== 0) weakFails++;
    if ((m & W.YES) !== 0) yes++;
    if ((m & W.NO) !== 0 && token !== 'no') no++;
    const symptom = L.SYMPTOM_TOKENS.get(token);
    if (symptom !== undefined && !neg) reading.symptoms.push(symptom);
    if ((m & W.NOT_TRIED) !== 0) reading.notTried = true;
    if ((m & W.UNKNOWN) !== 0) reading.unknown = true;
    if ((m & W.NO_USE) !== 0) reading.noUse = true;
    if ((m & W.HEDGES) !== 0) reading.hedge = true;
    if ((m & W.INTERMITTENT) !== 0) reading[neg ? 'persistent' : 'intermittent'] = true;
    if ((m & W.PERSISTENT) !== 0) reading[neg ? 'intermittent' : 'persistent'] = true;
    if ((m & W.RETRY_WORDS) !== 0) reading.retryWord = true;
    if ((m & W.CLEAN_BROWSER) !== 0) reading[neg ? 'cleanBrowserNegated' : 'cleanBrowser'] = true;
    if ((m & W.BASELINE) !== 0) reading.baseline = true;
    if ((m & W.OTHER_ACTIONS) !== 0) reading.otherAction = true;
    if ((m & W.OTHER_PEOPLE) !== 0) reading.otherPeople = true;
    // "I am", and the French and German "je suis", "ich bin" the rewrite leaves as "i suis", "i bin".
    if (((token === 'am' || token === 'suis' || token === 'bin') && tokens[i - 1] === 'i') || (token === 'are' && tokens[i - 1] === 'we') || token === 'currently') reading.selfLocation = true;
    if ((m & W.ADDITIVE) !== 0) reading.additive = true;
    if ((m & W.SEVERAL) !== 0) reading.several = true;
    if ((m & W.RECOVERY) !== 0) reading.recovery = true;
    if ((m & W.TRIED) !== 0) reading.triedOnly = true;
    if ((m & (W.HEDGES | W.ACK_OR_FILLER | W.NEGATION_FILLER)) === 0) reading.substantive = true;
    if (!neg) {
      if ((m & W.BROWSER) !== 0) reading.browser = true;
      if ((m & W.APP) !== 0) reading.app = true;
      if ((m & W.DESKTOP_DEVICE) !== 0) reading.desktopDevice = true;
      if ((m & W.MOBILE_DEVICE) !== 0) reading.mobileDevice = true;
      if ((m & W.DESKTOP_WORD) !== 0) reading.desktopWord = true;
      if (token === 'desktop') reading.bareDesktop = true;
    } else if ((m & W.BROWSER) !== 0 && tokens.some((t) => L.ADDITIVE.has(t))) {
      reading.browserNegatedAdditive = true;
    }
    if ((m & W.API) !== 0) reading[neg ? 'apiNegated' : 'api'] = true;
    if (L.NETWORK_TOKENS.has(token)) (neg ? reading.networksNegated : reading.networks).push(token as NetworkToken);
  });

  reading.codeOnly = codeFails + codeWorks > 0 && strongFails === 0 && strongWorks === 0;
  strongFails += codeFails;
  strongWorks += codeWorks;
  const negatedTopic = (reading.cleanBrowserNegated && !reading.cleanBrowser) || reading.browserNegatedAdditive;
  if (negatedTopic && strongWorks === 0 && strongFails === 0) {
    strongFails++;
    reading.negatedOnly = true;
  }
  if (strongWorks > 0 && strongFails > 0) reading.polarity = 'conflict';
  else if (strongWorks > 0) reading.polarity = 'works';
  else if (strongFails > 0) reading.polarity = 'fails';
  else if (weakWorks > 0) [reading.polarity, reading.weak] = ['works', true];
  else if (weakFails > 0) [reading.polarity, reading.weak] = ['fails', true];
  if (reading.polarity !== null) reading.triedOnly = false;
  reading.answer = yes > 0 && no > 0 ? 'conflict' : yes > 0 ? 'yes' : no > 0 ? 'no' : null;
  return reading;
}

/** Failure markers written by the phrase rules, never a Spanish verb after "no". */
const SAID_FAILURES = new Set(['failx', 'same']);

/** Words between "no" and the thing it denies ("no es 403" → "no it 403", "no en la app" → "no in the app"). */
const NO_CODE_FILLER = new Set(['it', 'is', 'its', 'the', 'a', 'an', 'that', 'this', 'el', 'un', 'una', 'in', 'on', 'at', 'with', 'from', 'via']);

/** Surfaces, places and tests "no" can deny across filler words; outcome words it cannot ("no it works" stays a no). */
const DENIABLE = W.BROWSER | W.APP | W.DESKTOP_DEVICE | W.MOBILE_DEVICE | W.DESKTOP_WORD | W.CLEAN_BROWSER;

/** The index of a status code, a named error, a surface or a place after "no" and up to two filler words, when there is one. */
function topicAfterFiller(tokens: readonly string[], from: number): number | undefined {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    const token = tokens[j] as string;
    if (statusCode(token, tokens[j + 1]) !== undefined || L.SYMPTOM_TOKENS.has(token) || L.NETWORK_TOKENS.has(token) || ((WORD_CLASSES.get(token) ?? 0) & DENIABLE) !== 0) return j;
    if (!NO_CODE_FILLER.has(token)) return undefined;
  }
  return undefined;
}

const STATUS_TOKEN = /^(?:code)?([45]\d\d)(?:s|er|ing)?$/;

/** The HTTP status a token names ("500", "503s", "code429"), unless it is a quantity ("500 requests"). */
function statusCode(token: string, next: string | undefined): number | undefined {
  // Only a token opening with "4", "5" or "code" can be one (most are words: no pattern run for them).
  const first = token.charCodeAt(0);
  if (first !== 0x34 && first !== 0x35 && first !== 0x63) return undefined;
  const match = STATUS_TOKEN.exec(token);
  if (!match) return undefined;
  if (!token.startsWith('code') && next !== undefined && L.QUANTITY_UNITS.has(next)) return undefined;
  const code = Number(match[1]);
  return STATUS_CODES.has(code) ? code : undefined;
}

/** Word classes a negator can negate. */
const CONTENT = W.WORKS | W.WEAK_WORKS | W.FAILS | W.CLEAN_BROWSER | W.BASELINE | W.BROWSER | W.APP | W.DESKTOP_DEVICE | W.MOBILE_DEVICE | W.DESKTOP_WORD | W.API | W.PERSISTENT | W.INTERMITTENT;

function isContent(token: string, next?: string): boolean {
  return (
    statusCode(token, next) !== undefined ||
    ((WORD_CLASSES.get(token) ?? 0) & CONTENT) !== 0 ||
    L.NETWORK_TOKENS.has(token) ||
    L.SYMPTOM_TOKENS.has(token)
  );
}

/**
 * What a negator negates, within four tokens: the first thing named ("does not really work", "not
 * on VPN", "not in incognito"), or the outcome right after it ("did not hear of API issues").
 */
function findNegationTarget(tokens: readonly string[], at: number): number | undefined {
  for (let j = at + 1; j < Math.min(tokens.length, at + 5); j++) {
    const token = tokens[j] as string;
    if (L.NEGATORS.has(token) || token === 'no') return undefined;
    // "not vpn works" ("sin VPN funciona"): a place after "not" is the thing negated.
    if (isContent(token, tokens[j + 1])) return nounThenOutcome(tokens, j) && !L.NETWORK_TOKENS.has(token) ? j + 1 : j;
  }
  return undefined;
}

/**
 * A second negator within a negator's reach, before anything it could negate ("does not not
 * work", "never said it did not work", "not that it does not work"), when the second one does
 * negate something.
 */
function innerNegator(tokens: readonly string[], at: number): number | undefined {
  for (let j = at + 1; j < Math.min(tokens.length, at + 6); j++) {
    const token = tokens[j] as string;
    if (isContent(token, tokens[j + 1]) || token === 'no' || token === ',' || token === '.') return undefined;
    if (L.NEGATORS.has(token) && token !== 'nor') return findNegationTarget(tokens, j) !== undefined ? j : undefined;
  }
  return undefined;
}

/** "API issues", "hotspot problems": a thing named and the outcome word right after it. */
function nounThenOutcome(tokens: readonly string[], j: number): boolean {
  const token = tokens[j] as string;
  const next = tokens[j + 1];
  return next !== undefined && !isOutcome(token, next) && isOutcome(next, tokens[j + 2]);
}

function isOutcome(token: string, next: string | undefined): boolean {
  return statusCode(token, next) !== undefined || L.WORKS.has(token) || L.WEAK_WORKS.has(token) || L.FAILS.has(token);
}

/** "it doesn't", "no it isn't": an auxiliary, the negator, and nothing of substance after it. */
function isElliptical(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined || !L.AUXILIARIES.has(before)) return false;
  return tokens.slice(at + 1).every((t) => L.NEGATION_FILLER.has(t) || L.ACK_OR_FILLER.has(t));
}
