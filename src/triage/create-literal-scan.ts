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

export function createLiteralScan(sets: readonly (readonly string[] | undefined)[]): LiteralScan {
  const always: number[] = [];
  for (let k = 0; k < sets.length; k++) if (sets[k] === undefined) always.push(k);
  // The alphabet: every character of every string gets a symbol; 0 stands for any other character.
  const symbols = new Map<number, number>();
  for (const set of sets) for (const literal of set ?? []) for (let i = 0; i < literal.length; i++) if (!symbols.has(literal.charCodeAt(i))) symbols.set(literal.charCodeAt(i), symbols.size + 1);
  const width = symbols.size + 1;
  const ascii = new Int32Array(128);
  for (const [code, symbol] of symbols) if (code < 128) ascii[code] = symbol;

  // The trie's edges, keyed by state * width + symbol, and the sets each state completes.
  const edges = new Map<number, number>();
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
        let next = edges.get(cell);
        if (next === undefined) {
          next = states++;
          edges.set(cell, next);
          ends.push(none);
        }
        state = next;
      }
      const own = ends[state] as readonly number[];
      if (!own.includes(k)) ends[state] = [...own, k];
    }
  }

  // The trie written into its final array (16-bit cells when the states fit: half the memory a
  // scan walks through), 0 standing for "no edge" (no edge leads back to the root). Failure links
  // in breadth-first order then fill every empty cell of a state, which turns the trie into a full
  // transition table; a state reports its own sets and those of its failure chain.
  const transitions = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
  for (const [cell, next] of edges) transitions[cell] = next;
  edges.clear();
  const fail = new Int32Array(states);
  const outputs = ends;
  const queue = new Int32Array(states);
  let tail = 0;
  for (let symbol = 0; symbol < width; symbol++) {
    const next = transitions[symbol] as number;
    if (next !== 0) queue[tail++] = next;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    const back = fail[state] as number;
    const own = outputs[state] as readonly number[];
    const inherited = outputs[back] as readonly number[];
    if (inherited.length > 0) outputs[state] = own.length === 0 ? inherited : [...new Set([...own, ...inherited])];
    for (let symbol = 0; symbol < width; symbol++) {
      const cell = state * width + symbol;
      const fallback = transitions[back * width + symbol] as number;
      const next = transitions[cell] as number;
      if (next === 0) {
        transitions[cell] = fallback;
      } else {
        fail[next] = fallback;
        queue[tail++] = next;
      }
    }
  }

  // Per state, whether it completes a set: most states do not, and are passed with one lookup.
  const reports = Uint8Array.from(outputs, (out) => (out.length > 0 ? 1 : 0));
  const scan = (text: string, found: Uint8Array): void => {
    for (let i = 0; i < always.length; i++) found[always[i] as number] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 128 ? (ascii[code] as number) : (symbols.get(code) ?? 0);
      state = transitions[state * width + symbol] as number;
      if (reports[state] === 0) continue;
      const out = outputs[state] as readonly number[];
      for (let j = 0; j < out.length; j++) found[out[j] as number] = 1;
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
      const symbol = code < 128 ? (ascii[code] as number) : (symbols.get(code) ?? 0);
      state = transitions[state * width + symbol] as number;
      if (i >= stable && trail[i] === state) return;
      trail[i] = state;
      if (reports[state] === 0) continue;
      const out = outputs[state] as readonly number[];
      for (let j = 0; j < out.length; j++) found[out[j] as number] = 1;
    }
  }

  return Object.assign(scan, { follow, change });
}
