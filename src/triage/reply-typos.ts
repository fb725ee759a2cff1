/**
 * Typo repair for single words of a free-text reply ("incognitio", "hotpsot", "privte").
 * A word the parser does not know is replaced by the one keyword within a small
 * Damerau-Levenshtein distance (optimal string alignment: 1 for words of 4–7 letters, 2 from 8
 * letters on). Words that are known — keywords and common words — are never touched, words with
 * anything but a–z are left alone, and an ambiguous repair (two keywords equally close) is not
 * made: the word stays as typed. Only keywords of 5+ letters are repair targets.
 *
 * The vocabulary is fixed, so it is indexed once (a symmetric deletion index): every keyword is
 * filed under a hash of each string left after deleting up to two of its letters. A word within
 * distance k of a keyword shares such a string with it after at most k deletions on each side
 * (each edit costs at most one deletion per side), so hashing the word's own deletion strings —
 * each in constant time from prefix hashes, no substring is built — finds every candidate; the few candidates are then checked
 * with a bounded distance over preallocated rows. A bit set over the hashes answers most lookups
 * (no keyword filed there) before the map is asked. Nothing is allocated per word or per keyword.
 */
export type TypoFixer = (word: string) => string;

const MIN_WORD = 4;
const MIN_KEYWORD = 5;
/** The largest budget (words of 8+ letters), so the deepest deletions the index holds. */
const MAX_BUDGET = 2;

const budgetOf = (length: number): number => (length >= 8 ? 2 : 1);

/** The hash filter: 2^18 bits (32 KiB) in 32-bit words. */
const FILTER_BITS = 1 << 18;
const FILTER_MASK = FILTER_BITS - 1;
const FILTER_WORDS = FILTER_BITS >>> 5;

/** Builds the repair for one vocabulary: `keywords` are the repair targets, `known` the words never repaired. */
export function createTypoFixer(keywords: readonly string[], known: ReadonlySet<string>): TypoFixer {
  const vocabulary = [...new Set(keywords)].filter((k) => k.length >= MIN_KEYWORD);
  const longest = vocabulary.reduce((max, k) => Math.max(max, k.length), 0);
  const prefix = new Int32Array(longest + MAX_BUDGET + 1);
  const index = new Map<number, number[]>();
  // A bit per hash value (its low bits): most hashes of a typed word's deletions file no keyword,
  // and a clear bit says so without a map lookup.
  const filed = new Uint32Array(FILTER_WORDS);
  vocabulary.forEach((keyword, id) => {
    const file = (hash: number): void => {
      filed[(hash & FILTER_MASK) >>> 5] = (filed[(hash & FILTER_MASK) >>> 5] as number) | (1 << (hash & 31));
      const ids = index.get(hash);
      if (ids === undefined) index.set(hash, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    const n = keyword.length;
    prefixHashes(keyword, prefix);
    file(hashWithout(prefix, n, -1, -1));
    for (let i = 0; i < n; i++) {
      file(hashWithout(prefix, n, i, -1));
      for (let j = i + 1; j < n; j++) file(hashWithout(prefix, n, i, j));
    }
  });
  const rows: Rows = [new Int32Array(longest + 1), new Int32Array(longest + 1), new Int32Array(longest + 1)];
  /** Per keyword, the lookup that last checked it: no keyword is checked twice for one word. */
  const seen = new Uint32Array(vocabulary.length);
  let lookup = 0;
  // The word being repaired and the best keyword so far (state of the current lookup).
  let word = '';
  let budget = 0;
  let best = -1;
  let bestDistance = 0;
  let tie = false;

  function consider(hash: number): void {
    if (((filed[(hash & FILTER_MASK) >>> 5] as number) & (1 << (hash & 31))) === 0) return;
    const ids = index.get(hash);
    if (ids === undefined) return;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (seen[id] === lookup) continue;
      seen[id] = lookup;
      const keyword = vocabulary[id] as string;
      if (Math.abs(keyword.length - word.length) > budget) continue;
      const distance = boundedDistance(word, keyword, budget, rows);
      if (distance < bestDistance) {
        best = id;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance) {
        tie = true;
      }
    }
  }

  return (typed: string): string => {
    const n = typed.length;
    if (n < MIN_WORD || n > longest + budgetOf(n) || known.has(typed) || !isLowerAscii(typed)) return typed;
    lookup = lookup === 0xffffffff ? 1 : lookup + 1;
    if (lookup === 1) seen.fill(0);
    word = typed;
    budget = budgetOf(n);
    best = -1;
    bestDistance = budget + 1;
    tie = false;
    prefixHashes(typed, prefix);
    consider(hashWithout(prefix, n, -1, -1));
    for (let i = 0; i < n; i++) {
      consider(hashWithout(prefix, n, i, -1));
      if (budget >= 2) for (let j = i + 1; j < n; j++) consider(hashWithout(prefix, n, i, j));
    }
    return best >= 0 && !tie ? (vocabulary[best] as string) : typed;
  };
}

type Rows = [Int32Array, Int32Array, Int32Array];

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Hashes of a word with up to two letters deleted, each in constant time from the prefix hashes of
 * the word (a polynomial hash modulo 2^32: h(s) = Σ s[k]·B^(|s|-1-k)). Equal strings hash alike,
 * however they were obtained; a collision only adds a candidate the distance check then drops.
 */
const BASE = 0x01000193;
const POWERS = new Int32Array(64);
POWERS[0] = 1;
for (let k = 1; k < POWERS.length; k++) POWERS[k] = Math.imul(POWERS[k - 1] as number, BASE);

/** `into[k]` becomes the hash of the first k letters of `word`. */
function prefixHashes(word: string, into: Int32Array): void {
  into[0] = 0;
  for (let k = 0; k < word.length; k++) into[k + 1] = (Math.imul(into[k] as number, BASE) + word.charCodeAt(k)) | 0;
}

/** The hash of letters [from, to) of the word whose prefix hashes are `p`. */
function slice(p: Int32Array, from: number, to: number): number {
  return ((p[to] as number) - Math.imul(p[from] as number, POWERS[to - from] as number)) | 0;
}

/** The hash of the n-letter word without the letters at `i` and `j` (i < j; -1: none). */
function hashWithout(p: Int32Array, n: number, i: number, j: number): number {
  if (i < 0) return p[n] as number;
  if (j < 0) return (Math.imul(p[i] as number, POWERS[n - 1 - i] as number) + slice(p, i + 1, n)) | 0;
  return (Math.imul(p[i] as number, POWERS[n - 2 - i] as number) + Math.imul(slice(p, i + 1, j), POWERS[n - 1 - j] as number) + slice(p, j + 1, n)) | 0;
}

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions) between
 * `a` and `b`, or `cap + 1` as soon as a whole row exceeds `cap` (the distance then does too).
 * Works in three preallocated rows of at least `b.length + 1` cells.
 */
function boundedDistance(a: string, b: string, cap: number, rows: Rows): number {
  let twoBack = rows[0];
  let previous = rows[1];
  let current = rows[2];
  const cols = b.length;
  for (let j = 0; j <= cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = cap + 1;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = (previous[j - 1] as number) + (ai === bj ? 0 : 1);
      const up = (previous[j] as number) + 1;
      const left = (current[j - 1] as number) + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swap = (twoBack[j - 2] as number) + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return cap + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  return previous[cols] as number;
}
