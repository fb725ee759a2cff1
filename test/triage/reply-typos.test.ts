import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/triage/reply-lexicon.ts';
import { createTypoFixer } from '../../src/triage/reply-typos.ts';

/**
 * The typo repair as it was before the deletion index (issue 12), kept as the oracle: a full
 * Damerau-Levenshtein (optimal string alignment) table per word × keyword. The index must repair
 * exactly the words this repaired, to exactly the same keyword.
 */
function referenceFixTypo(word: string, keywords: readonly string[], known: ReadonlySet<string>): string {
  if (word.length < 4 || known.has(word) || /[^a-z]/.test(word)) return word;
  const budget = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = budget + 1;
  let tie = false;
  for (const keyword of keywords) {
    if (keyword.length < 5 || Math.abs(keyword.length - word.length) > budget) continue;
    const distance = referenceDistance(word, keyword, budget);
    if (distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && keyword !== best) {
      tie = true;
    }
  }
  return best !== undefined && !tie ? best : word;
}

function referenceDistance(a: string, b: string, cap: number): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
  }
  return at(a.length, b.length);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (deletion, insertion, substitution, adjacent transposition) away from `word`. */
function oneEdit(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.push(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of LETTERS) {
      out.push(word.slice(0, i) + c + word.slice(i));
      if (i < word.length) out.push(word.slice(0, i) + c + word.slice(i + 1));
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so the sample of two-edit typos is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const known: ReadonlySet<string> = new Set([...lexicon.KNOWN_WORDS, ...lexicon.TYPO_KEYWORDS]);

function expectSameAsReference(words: Iterable<string>, keywords: readonly string[], vocabulary: ReadonlySet<string>): number {
  const fix = createTypoFixer(keywords, vocabulary);
  const differences: string[] = [];
  let repaired = 0;
  for (const word of words) {
    const want = referenceFixTypo(word, keywords, vocabulary);
    const got = fix(word);
    if (got !== word) repaired++;
    if (got !== want && differences.length < 20) differences.push(`${word}: ${got}, want ${want}`);
  }
  expect(differences).toEqual([]);
  return repaired;
}

describe('typo repair by the deletion index', () => {
  it('repairs the typos of the brief and leaves known and foreign words alone', () => {
    const fix = createTypoFixer(lexicon.TYPO_KEYWORDS, known);
    expect(['incognitio', 'hotpsot', 'privte', 'firefx', 'intermitent'].map(fix)).toEqual(['incognito', 'hotspot', 'private', 'firefox', 'intermittent']);
    expect(['words', 'filed', 'tested', 'wifi', 'café', 'hotspot2', 'abc'].map(fix)).toEqual(['words', 'filed', 'tested', 'wifi', 'café', 'hotspot2', 'abc']);
  });

  it('leaves a word two keywords are equally close to as typed', () => {
    // "fals" is one edit from both "fails" and "false".
    const fix = createTypoFixer(['fails', 'false', 'hotspot', 'hotspot'], new Set());
    expect(fix('fals')).toBe('fals');
    expect(fix('hotspt')).toBe('hotspot');
  });

  it('repairs every word of the corpus exactly as the table-per-keyword repair did', () => {
    const words = new Set(
      readFileSync(new URL('../fixtures/replies/corpus.jsonl', import.meta.url), 'utf8')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 0),
    );
    expectSameAsReference(words, lexicon.TYPO_KEYWORDS, known);
  });

  // A fixed sample (the same every run): the reference takes ~0.3 ms a word. All 330,000 one-edit
  // typos of every keyword and known word were checked once when the index was written.
  it('repairs one-edit typos of keywords and known words (a fixed sample of 3,000) exactly as before', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const sources = [...lexicon.TYPO_KEYWORDS, ...lexicon.KNOWN_WORDS];
    const words = new Set<string>();
    while (words.size < 3000) words.add(pick(oneEdit(pick(sources))));
    const repaired = expectSameAsReference(words, lexicon.TYPO_KEYWORDS, known);
    expect(repaired).toBeGreaterThan(300);
  });

  it('repairs two-edit typos of keywords (a fixed sample of 1,500) exactly as before', () => {
    const next = random(12);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const words = new Set<string>();
    while (words.size < 1500) words.add(pick(oneEdit(pick(oneEdit(pick(lexicon.TYPO_KEYWORDS))))));
    expectSameAsReference(words, lexicon.TYPO_KEYWORDS, known);
  });

  it('agrees with the reference on a vocabulary of repeated letters, duplicates and near twins', () => {
    const keywords = ['aaaaa', 'aaaab', 'abababab', 'babababa', 'hotspot', 'hotspot', 'hotshot', 'tethering', 'tethered', 'short', 'abc'];
    const next = random(3);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const words = new Set(keywords.flatMap(oneEdit));
    for (let n = 0; n < 2000; n++) words.add(pick(oneEdit(pick(oneEdit(pick(keywords))))));
    expectSameAsReference(words, keywords, new Set(['tether']));
  });
});
