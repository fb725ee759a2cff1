/**
 * Which of several sets of strings occur in a text, found in one pass over it (an Aho-Corasick
 * automaton built once). `scan(text, found)` sets `found[k]` to 1 for every set `k` one of whose
 * strings occurs in `text`, and for every set given as `undefined` (nothing known: always
 * possible); it never clears an entry, so the caller zeroes `found` first. Nothing is allocated
 * per scan.
 */
export type LiteralScan = (text: string, found: Uint8Array) => void;

export function createLiteralScan(sets: readonly (readonly string[] | undefined)[]): LiteralScan {
  const always = sets.flatMap((set, k) => (set === undefined ? [k] : []));
  // The alphabet: every character of every string gets a symbol; 0 stands for any other character.
  const symbols = new Map<number, number>();
  for (const set of sets) for (const literal of set ?? []) for (let i = 0; i < literal.length; i++) if (!symbols.has(literal.charCodeAt(i))) symbols.set(literal.charCodeAt(i), symbols.size + 1);
  const width = symbols.size + 1;
  const ascii = new Int32Array(128);
  for (const [code, symbol] of symbols) if (code < 128) ascii[code] = symbol;

  // The trie: goto edges, and the sets a state completes.
  const edges: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  sets.forEach((set, k) => {
    for (const literal of set ?? []) {
      if (literal.length === 0) {
        always.push(k);
        continue;
      }
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const symbol = symbols.get(literal.charCodeAt(i)) as number;
        let next = (edges[state] as Map<number, number>).get(symbol);
        if (next === undefined) {
          next = edges.length;
          edges.push(new Map());
          ends.push([]);
          (edges[state] as Map<number, number>).set(symbol, next);
        }
        state = next;
      }
      (ends[state] as number[]).push(k);
    }
  });

  // Failure links in breadth-first order fill a dense transition table; each state's output is
  // its own sets and those of its failure chain.
  const states = edges.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const outputs: number[][] = ends.map((e) => [...new Set(e)]);
  const queue: number[] = [];
  for (let symbol = 0; symbol < width; symbol++) {
    const next = (edges[0] as Map<number, number>).get(symbol);
    if (next !== undefined) {
      delta[symbol] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const inherited = outputs[fail[state] as number] as number[];
    outputs[state] = [...new Set([...(outputs[state] as number[]), ...inherited])];
    for (let symbol = 0; symbol < width; symbol++) {
      const next = (edges[state] as Map<number, number>).get(symbol);
      const fallback = delta[(fail[state] as number) * width + symbol] as number;
      if (next === undefined) {
        delta[state * width + symbol] = fallback;
      } else {
        delta[state * width + symbol] = next;
        fail[next] = fallback;
        queue.push(next);
      }
    }
  }

  return (text: string, found: Uint8Array): void => {
    for (let i = 0; i < always.length; i++) found[always[i] as number] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 128 ? (ascii[code] as number) : (symbols.get(code) ?? 0);
      state = delta[state * width + symbol] as number;
      const out = outputs[state] as number[];
      for (let j = 0; j < out.length; j++) found[out[j] as number] = 1;
    }
  };
}
