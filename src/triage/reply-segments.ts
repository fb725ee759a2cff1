import { ACK_OR_FILLER } from './reply-lexicon.ts';

/** How a segment joins the one before it: list-like joins let a bare topic borrow an outcome. */
export type Joiner = 'start' | 'and' | 'comma' | 'contrast' | 'sentence';

export interface Segment {
  tokens: string[];
  joiner: Joiner;
  /** A question back ("is the API down?", "should I try incognito?"): it answers nothing. */
  question: boolean;
  /** A statement ending in "?" ("it worked on hotspot?"): said without confidence. */
  tentative: boolean;
  /** The conjunction that joins it to the segment before ("and", "so", "but"), when a word does. */
  by?: string;
}

const INTERROGATIVES = new Set(
  'is are am was were does do did should shall can could would will what why when where who which whats has have'.split(' '),
);

/** Question words anywhere in a clause ending in "?". */
const WH = new Set(['what', 'how', 'which', 'why', 'where', 'who', 'whom', 'whats']);

const AND = new Set(['and', '&', 'plus']);
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'whereas', 'while', 'except', 'so', 'then', 'whilst', 'tho', 'because', 'since']);

/**
 * Splits a normalised token stream into clauses at sentence ends, commas and conjunctions, so
 * that each clause carries one outcome ("works in incognito" | "but not in my normal window").
 */
export function splitSegments(tokens: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  let joiner: Joiner = 'start';
  let pending: Joiner = 'start';
  let word: string | undefined;
  let pendingWord: string | undefined;
  for (const token of tokens) {
    const boundary = boundaryOf(token);
    if (boundary !== undefined) {
      // "is the API down?", "so what should I do now?": a question back, not a tentative answer.
      // "wait, is the vpn the lock icon?", "ok so does that count?": fillers before the question word.
      const question = token === '?' && (INTERROGATIVES.has(current.find((t) => !ACK_OR_FILLER.has(t)) ?? '') || current.some((t) => WH.has(t)));
      if (current.length > 0) segments.push({ tokens: current, joiner, question, tentative: token === '?' && !question, ...(word === undefined ? {} : { by: word }) });
      current = [];
      pending = strongest(pending, boundary);
      if (boundary === 'and' || boundary === 'contrast') pendingWord = token;
      continue;
    }
    if (current.length === 0) {
      joiner = segments.length === 0 ? 'start' : pending;
      word = segments.length === 0 ? undefined : pendingWord;
      pending = 'start';
      pendingWord = undefined;
    }
    current.push(token);
  }
  if (current.length > 0) segments.push({ tokens: current, joiner, question: false, tentative: false, ...(word === undefined ? {} : { by: word }) });
  return segments;
}

function boundaryOf(token: string): Joiner | undefined {
  if (token === '.' || token === '?') return 'sentence';
  if (token === ',') return 'comma';
  if (CONTRAST.has(token)) return 'contrast';
  if (AND.has(token)) return 'and';
  return undefined;
}

const RANK: Record<Joiner, number> = { start: 0, and: 1, comma: 2, contrast: 3, sentence: 4 };

function strongest(a: Joiner, b: Joiner): Joiner {
  return RANK[a] >= RANK[b] ? a : b;
}
