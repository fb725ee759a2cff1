/**
 * Typo repair for single words of a free-text reply ("incognitio", "hotpsot", "privte").
 * A word the parser does not know is replaced by the one keyword within a small
 * Damerau-Levenshtein distance (1 for short words, 2 from 8 letters on). Words that are known —
 * keywords and common English words — are never touched, and an ambiguous repair (two keywords
 * equally close) is not made: the word stays as typed.
 */
export function fixTypo(word: string, keywords: readonly string[], known: ReadonlySet<string>): string {
  if (word.length < 4 || known.has(word) || /[^a-z]/.test(word)) return word;
  const budget = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = budget + 1;
  let tie = false;
  for (const keyword of keywords) {
    if (keyword.length < 5 || Math.abs(keyword.length - word.length) > budget) continue;
    const distance = editDistance(word, keyword, budget);
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

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(d, i - 1, j) + 1, at(d, i, j - 1) + 1, at(d, i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(d, i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
  }
  return at(d, a.length, b.length);
}

function at(d: number[][], i: number, j: number): number {
  return (d[i] as number[])[j] as number;
}
