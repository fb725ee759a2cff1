import { changedSpan } from './changed-span.ts';

/**
 * Which of several sets of strings occur in a text, found in one pass over it (an Aho-Corasick
 * automaton built once). `scan(text, found)` sets `found[k]` to 1 for every set `k` one of whose
 * strings occurs in `text`, and for every set given as `undefined` (nothing known: always
 * possible); it never clears an entry, so the caller zeroes `found` first. Nothing is allocated
 * per scan.
 *
 * A text that is then changed step by step is scanned once: `follow(text, found)` scans it as
 * `scan` does and keeps the automaton's state after each of its characters; `change(after, found)`
 * tells that the followed text became `after` and marks the sets one of whose strings `after` now
 * holds. Only the changed span is walked, from the state kept where it begins, and on until the
 * walk is back in the state kept for the same text after it (from there on all is as before).
 */
export type LiteralScan = ((text: string, found: Uint8Array) => void) & {
  follow(text: string, found: Uint8Array): void;
  /**
   * `head` and `tail`, when the caller knows both (it compared the texts already): how many
   * characters at the start and at the end of `after` are as they were in the followed text (no
   * more than are; fewer only walk more).
   */
  change(after: string, found: Uint8Array, head?: number, tail?: number): void;
};

/**
 * How many transition cells (state × symbol) are written out in full, for the states nearest the
 * root (512 KB in 16-bit cells): a walk over text mostly stays among them, and every other state
 * keeps only its own edges and its failure link. A full table for the English rules' 59,000 states
 * was 5.4 MB, most of it copies of shallower states' rows (16.7 MB with the three other
 * languages'); now 1.1 MB (3.9 MB for all four), and as fast over the reply corpora (bench:parse, alternating runs).
 * A larger automaton's rows and failure links are then narrowed to 16 bits where their numbers fit
 * (below): the English and French automata (68,569 and 75,071 states) keep 0.7 and 0.5 MB less.
 */
const DENSE_CELLS = 1 << 18;

export function createLiteralScan(sets: readonly (readonly string[] | undefined)[], denseCells = DENSE_CELLS): LiteralScan {
  const always: number[] = [];
  for (let k = 0; k < sets.length; k++) if (sets[k] === undefined) always.push(k);
  // The alphabet: every character of every string gets a symbol; 0 stands for any other character.
  const symbols = new Map<number, number>();
  for (const set of sets) for (const literal of set ?? []) for (let i = 0; i < literal.length; i++) if (!symbols.has(literal.charCodeAt(i))) symbols.set(literal.charCodeAt(i), symbols.size + 1);
  const width = symbols.size + 1;
  // A symbol is one byte in the edge lists below.
  if (width > 256) throw new RangeError('createLiteralScan: more than 255 distinct characters');
  const ascii = new Int32Array(128);
  for (const [code, symbol] of symbols) if (code < 128) ascii[code] = symbol;

  // The trie's edges, keyed by state * width + symbol, and the sets each state completes.
  const trie = new Map<number, number>();
  let states = 1;
  // States that complete no set (most of them) share one empty list.
  const none: readonly number[] = [];
  const ends: (readonly number[])[] = [none];
  for (let k = 0; k < sets.length; k++) {
    for (const literal of sets[k] ?? []) {
      if (literal.length === 0) {
        always.push(k);
        continue;
      }
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const cell = state * width + (symbols.get(literal.charCodeAt(i)) as number);
        let next = trie.get(cell);
        if (next === undefined) {
          next = states++;
          trie.set(cell, next);
          ends.push(none);
        }
        state = next;
      }
      const own = ends[state] as readonly number[];
      if (!own.includes(k)) ends[state] = [...own, k];
    }
  }
  // The edges in order of their cells (so by state, then by symbol): those of state s are
  // cells[childFrom[s] .. childFrom[s + 1]), each leading to children[i].
  const cells = Float64Array.from(trie.keys()).sort();
  const children = Int32Array.from(cells, (cell) => trie.get(cell) as number);
  trie.clear();
  const childFrom = new Int32Array(states + 1);
  for (const cell of cells) {
    const next = Math.floor(cell / width) + 1;
    childFrom[next] = (childFrom[next] as number) + 1;
  }
  for (let s = 0; s < states; s++) childFrom[s + 1] = (childFrom[s + 1] as number) + (childFrom[s] as number);

  // States renumbered in breadth-first order (nearest the root first), so that the first `dense`
  // of them, whose rows are written out in full, are the shallowest.
  const order = new Int32Array(states);
  const rank = new Int32Array(states);
  let queued = 1;
  for (let head = 0; head < queued; head++) {
    const state = order[head] as number;
    for (let i = childFrom[state] as number; i < (childFrom[state + 1] as number); i++) {
      rank[children[i] as number] = queued;
      order[queued++] = children[i] as number;
    }
  }
  const dense = Math.max(1, Math.min(states, Math.floor(denseCells / width)));
  // Sparse states' own edges (by rank), sorted by symbol: edge e of state r is
  // (edgeSymbol[e], edgeTarget[e]) for firstEdge[r] <= e < firstEdge[r + 1].
  // State numbers in 16 bits when they fit: half the memory a walk goes through.
  const stateArray = (length: number): Uint16Array | Int32Array => (states <= 0xffff ? new Uint16Array(length) : new Int32Array(length));
  const firstEdge = new Int32Array(states + 1);
  const edgeSymbol = new Uint8Array(states);
  let edgeTarget = stateArray(states);
  let rows = stateArray(dense * width);
  let fail = stateArray(states);
  // The sets each state reports (by rank): outSets[outFrom[r] .. outFrom[r + 1]).
  const outFrom = new Int32Array(states + 1);
  const reported: number[] = [];

  /** The state after `symbol` from state `r`: its own edge, else its failure link's, down to a row. */
  const step = (r: number, symbol: number): number => {
    for (;;) {
      if (r < dense) return rows[r * width + symbol] as number;
      for (let e = firstEdge[r] as number, to = firstEdge[r + 1] as number; e < to; e++) if (edgeSymbol[e] === symbol) return edgeTarget[e] as number;
      r = fail[r] as number;
    }
  };

  // Failure links in breadth-first order (a state's link is shallower, so already complete), then
  // each state's row or edges; a state reports its own sets and those of its failure chain.
  let edges = 0;
  for (let r = 0; r < states; r++) {
    const original = order[r] as number;
    outFrom[r] = reported.length;
    for (const k of ends[original] as readonly number[]) reported.push(k);
    if (r > 0) {
      const back = fail[r] as number;
      for (let j = outFrom[back] as number; j < (outFrom[back + 1] as number); j++) {
        const k = reported[j] as number;
        if (!(ends[original] as readonly number[]).includes(k)) reported.push(k);
      }
    }
    const from = childFrom[original] as number;
    const to = childFrom[original + 1] as number;
    for (let i = from; i < to; i++) fail[rank[children[i] as number] as number] = r === 0 ? 0 : step(fail[r] as number, (cells[i] as number) % width);
    if (r < dense) {
      const base = r * width;
      if (r > 0) rows.copyWithin(base, (fail[r] as number) * width, (fail[r] as number) * width + width);
      for (let i = from; i < to; i++) rows[base + ((cells[i] as number) % width)] = rank[children[i] as number] as number;
    }
    firstEdge[r] = edges;
    if (r >= dense) {
      for (let i = from; i < to; i++) {
        edgeSymbol[edges] = (cells[i] as number) % width;
        edgeTarget[edges++] = rank[children[i] as number] as number;
      }
    }
  }
  firstEdge[states] = edges;
  outFrom[states] = reported.length;
  // An automaton of more than 65,535 states (the English rules') still leads its rows and failure
  // links mostly to shallow states, numbered first: each array in 16 bits when its own numbers fit.
  rows = narrowed(rows);
  fail = narrowed(fail);
  edgeTarget = narrowed(edgeTarget);
  const outSets = Int32Array.from(reported);

  // Per state, whether it completes a set: most states do not, and are passed with one lookup.
  const reports = new Uint8Array(states);
  for (let r = 0; r < states; r++) reports[r] = outFrom[r + 1] === outFrom[r] ? 0 : 1;
  const scan = (text: string, found: Uint8Array): void => {
    for (let i = 0; i < always.length; i++) found[always[i] as number] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = step(state, code < 128 ? (ascii[code] as number) : (symbols.get(code) ?? 0));
      if (reports[state] === 0) continue;
      for (let j = outFrom[state] as number, to = outFrom[state + 1] as number; j < to; j++) found[outSets[j] as number] = 1;
    }
  };

  // The followed text, and the state after each of its characters (grown when a text is longer).
  let followed = '';
  let trail = new Int32Array(256);

  const follow = (text: string, found: Uint8Array): void => {
    for (let i = 0; i < always.length; i++) found[always[i] as number] = 1;
    if (trail.length < text.length) trail = new Int32Array(2 * text.length);
    followed = text;
    walk(text, found, 0, text.length);
  };

  const change = (after: string, found: Uint8Array, knownHead?: number, knownTail?: number): void => {
    const before = followed;
    followed = after;
    // The span that changed: what lies before `head` and the last `tail` characters are as they were.
    const { head, tail } = knownHead !== undefined && knownTail !== undefined ? { head: knownHead, tail: knownTail } : changedSpan(before, after);
    if (trail.length < after.length) {
      const grown = new Int32Array(2 * after.length);
      grown.set(trail.subarray(0, before.length));
      trail = grown;
    }
    // The unchanged end's states move with it: after the change they are compared with the walk's.
    trail.copyWithin(after.length - tail, before.length - tail, before.length);
    walk(after, found, head, after.length - tail);
  };

  /**
   * Walks `text` from `from` (in the state kept before it), keeping each state and reporting its
   * sets; from `stable` on, a state equal to the one kept there ends the walk.
   */
  function walk(text: string, found: Uint8Array, from: number, stable: number): void {
    let state = from === 0 ? 0 : (trail[from - 1] as number);
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = step(state, code < 128 ? (ascii[code] as number) : (symbols.get(code) ?? 0));
      if (i >= stable && trail[i] === state) return;
      trail[i] = state;
      if (reports[state] === 0) continue;
      for (let j = outFrom[state] as number, to = outFrom[state + 1] as number; j < to; j++) found[outSets[j] as number] = 1;
    }
  }

  return Object.assign(scan, { follow, change });
}

/** The same state numbers in 16 bits when every one of them fits (half the memory a walk touches). */
function narrowed(numbers: Uint16Array | Int32Array): Uint16Array | Int32Array {
  if (numbers instanceof Uint16Array) return numbers;
  for (let i = 0; i < numbers.length; i++) if ((numbers[i] as number) > 0xffff) return numbers;
  return Uint16Array.from(numbers);
}
