/**
 * Strings of which every match of a regular expression contains at least one ("internal ",
 * "server error" or "http error 500" for `\binternal (?:server )?error\b|\bserver error\b|\bhttp
 * error 500\b`), read from its source; `undefined` when no such strings can be told (an alternative
 * made only of wildcards, repetitions or optional parts). A text containing none of them cannot
 * match, so a rule can be skipped without running it.
 *
 * Conservative by construction. Parts that match one of a few known strings — plain characters,
 * small character classes (`[sz]`), groups of such alternatives, the same made optional (`s?`),
 * and assertions, which match the empty string — are joined into runs whose every combination is
 * a candidate ("am working " and "am work " for `am (?:working|work) `). Repetitions (`+`, `*`,
 * `{n,m}`), wildcards and escapes like `\d` or `\s` end a run; a group of any kind still gives
 * the strings its own alternatives require. Each alternative keeps its most telling candidate.
 * For `i` (ignore case) expressions nothing is told.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  return requiredLiteralSets(pattern).first;
}

/**
 * requiredLiterals (`first`), and a second set of strings every match also contains one of, read
 * from another part of the expression (`second`: "4" or "5" for `([45]\d\d) no`, whose first set is
 * " no"); `undefined` when there is none that the first does not already imply.
 */
export function requiredLiteralSets(pattern: RegExp): { first: readonly string[] | undefined; second: readonly string[] | undefined } {
  if (pattern.flags.includes('i')) return { first: undefined, second: undefined };
  const reader: Reader = { source: pattern.source, at: 0 };
  const { required, second } = alternation(reader);
  if (reader.at !== reader.source.length) throw new Error(`unbalanced /${pattern.source}/`);
  const first = required === undefined || required.includes('') ? undefined : minimal(required);
  const other = first === undefined || second === undefined || second.includes('') ? undefined : minimal(second);
  return { first, second: other === undefined || implies(first as readonly string[], other) ? undefined : other };
}

/** Whether every string of `a` contains one of `b` (then finding one of `a` finds one of `b`). */
function implies(a: readonly string[], b: readonly string[]): boolean {
  return a.every((s) => b.some((t) => s.includes(t)));
}

/** Drops every string that contains another one of the set: finding the shorter one is enough. */
function minimal(strings: readonly string[]): readonly string[] {
  return strings.filter((s, i) => !strings.some((other, j) => j !== i && s.includes(other) && (other !== s || j < i)));
}

/** The most strings a run of combinations may grow to before it is cut. */
const MAX_COMBINATIONS = 256;

interface Reader {
  source: string;
  at: number;
}

/**
 * What a part of the expression says: `exact`, the strings it matches when there are a few of
 * them (the empty string for an assertion or an optional part); `required`, strings one of which
 * every match of it contains.
 */
interface Part {
  exact: readonly string[] | undefined;
  required: readonly string[] | undefined;
  /** Another set every match contains one of (from another part than `required`), if known. */
  second?: readonly string[] | undefined;
  /** A repetition of an exact part (`b+`): a run may take one copy of it and then ends. */
  repeated?: readonly string[];
  /** A positive lookahead's exact strings: they follow the run, which ends there. */
  ahead?: readonly string[];
}

const UNKNOWN: Part = { exact: undefined, required: undefined };
const DIGITS: readonly string[] = [...'0123456789'];
const EMPTY: Part = { exact: [''], required: undefined };

/** alternative ('|' alternative)*. */
function alternation(reader: Reader): Part {
  const parts: Part[] = [];
  for (;;) {
    parts.push(sequence(reader));
    if (reader.source[reader.at] !== '|') break;
    reader.at++;
  }
  const exact = parts.every((p) => p.exact !== undefined) ? unique(parts.flatMap((p) => p.exact as readonly string[])) : undefined;
  const required = parts.every((p) => p.required !== undefined) ? unique(parts.flatMap((p) => p.required as readonly string[])) : undefined;
  // Each alternative contains one of its first set and one of its second (or of its first again):
  // a match contains one of all the first sets and one of all the second sets.
  const second = required !== undefined && parts.some((p) => p.second !== undefined) ? unique(parts.flatMap((p) => p.second ?? (p.required as readonly string[]))) : undefined;
  return { exact: exact !== undefined && exact.length <= MAX_COMBINATIONS ? exact : undefined, required, second };
}

function sequence(reader: Reader): Part {
  const candidates: (readonly string[])[] = [];
  let run: readonly string[] = [''];
  let whole: readonly string[] | undefined = [''];
  const endRun = (): void => {
    if (!run.includes('')) candidates.push(run);
    run = [''];
  };
  while (reader.at < reader.source.length) {
    const c = reader.source[reader.at];
    if (c === '|' || c === ')') break;
    const part = withQuantifier(readAtom(reader, candidates), reader);
    if (part.required !== undefined) candidates.push(part.required);
    if (part.second !== undefined) candidates.push(part.second);
    const follows = part.repeated ?? part.ahead;
    if (follows !== undefined && run.length * follows.length <= MAX_COMBINATIONS) run = combine(run, follows);
    if (part.exact === undefined || part.ahead !== undefined) {
      endRun();
      if (part.exact === undefined) whole = undefined;
      continue;
    }
    if (run.length * part.exact.length > MAX_COMBINATIONS) endRun();
    run = combine(run, part.exact);
    whole = whole !== undefined && whole.length * part.exact.length <= MAX_COMBINATIONS ? combine(whole, part.exact) : undefined;
  }
  endRun();
  let best: readonly string[] | undefined;
  for (const candidate of candidates) if (best === undefined || better(candidate, best)) best = candidate;
  // The next best that finding the best does not already imply.
  let second: readonly string[] | undefined;
  for (const candidate of candidates) {
    if (candidate === best || implies(best as readonly string[], candidate)) continue;
    if (second === undefined || better(candidate, second)) second = candidate;
  }
  return { exact: whole, required: best, second };
}

function combine(prefixes: readonly string[], suffixes: readonly string[]): readonly string[] {
  return unique(prefixes.flatMap((p) => suffixes.map((s) => p + s)));
}

function unique(strings: readonly string[]): readonly string[] {
  return [...new Set(strings)];
}

/** Longer shortest string first (fewer texts contain it), then fewer strings to look for. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (x: readonly string[]): number => Math.min(...x.map((s) => s.length));
  return shortest(a) !== shortest(b) ? shortest(a) > shortest(b) : a.length < b.length;
}

/** One atom; a positive lookaround adds what its content requires to `candidates` (that text is there too). */
function readAtom(reader: Reader, candidates: (readonly string[])[]): Part {
  const { source } = reader;
  const c = source[reader.at++] as string;
  switch (c) {
    case '\\':
      return readEscape(reader);
    case '[':
      return readClass(reader);
    case '(': {
      let kind: 'group' | 'positive' | 'negative' = 'group';
      let behind = false;
      if (source[reader.at] === '?') {
        const next = source[reader.at + 1];
        behind = next === '<' && (source[reader.at + 2] === '=' || source[reader.at + 2] === '!');
        const sign = behind ? source[reader.at + 2] : next;
        if (next === ':') reader.at += 2;
        else if (sign === '=' || sign === '!') [reader.at, kind] = [reader.at + (behind ? 3 : 2), sign === '=' ? 'positive' : 'negative'];
        else if (next === '<') reader.at = source.indexOf('>', reader.at) + 1;
        else throw new Error(`unsupported group in /${source}/`);
      }
      const inner = alternation(reader);
      if (source[reader.at] !== ')') throw new Error(`unbalanced group in /${source}/`);
      reader.at++;
      if (kind === 'group') return inner;
      if (kind === 'positive' && inner.required !== undefined && !inner.required.includes('')) candidates.push(inner.required);
      if (kind === 'positive' && inner.second !== undefined && !inner.second.includes('')) candidates.push(inner.second);
      // What a lookahead matches follows the run; a lookbehind's overlaps what came before.
      const ahead = kind === 'positive' && !behind && inner.exact !== undefined && !inner.exact.includes('');
      return ahead ? { ...EMPTY, ahead: inner.exact } : EMPTY;
    }
    case '.':
      return UNKNOWN;
    case '^':
    case '$':
      return EMPTY;
    default:
      return { exact: [c], required: [c] };
  }
}

function readEscape(reader: Reader): Part {
  const { source } = reader;
  const c = source[reader.at++] as string;
  if (c === 'b' || c === 'B') return EMPTY;
  // A digit is one of ten: every match holds one, though the run of exact strings ends here.
  if (c === 'd') return { exact: undefined, required: DIGITS };
  if (c === 'p' || c === 'P' || (c === 'u' && source[reader.at] === '{')) {
    reader.at = source.indexOf('}', reader.at) + 1;
    return UNKNOWN;
  }
  if (c === 'u') reader.at += 4;
  else if (c === 'x') reader.at += 2;
  else if (c === 'c') reader.at += 1;
  else if (c === 'k') reader.at = source.indexOf('>', reader.at) + 1;
  // Plain punctuation escaped ("\.", "\/", "\-") is itself; letters and digits are classes,
  // control characters and back-references.
  return /[A-Za-z0-9]/.test(c) ? UNKNOWN : { exact: [c], required: [c] };
}

/** `[sz]`, `[- ]`: a few plain characters are exact; ranges, negations and escapes are not. */
function readClass(reader: Reader): Part {
  const { source } = reader;
  const start = reader.at;
  while (reader.at < source.length && source[reader.at] !== ']') reader.at += source[reader.at] === '\\' ? 2 : 1;
  const body = source.slice(start, reader.at);
  reader.at++;
  const plain = body.length > 0 && body.length <= 8 && !/[\\^]/.test(body) && !/.-./.test(body);
  if (!plain) return UNKNOWN;
  const chars = unique([...body]);
  return { exact: chars, required: chars };
}

function withQuantifier(part: Part, reader: Reader): Part {
  const { source } = reader;
  const c = source[reader.at];
  let min = 1;
  let max = 1;
  if (c === '?' || c === '*' || c === '+') {
    reader.at++;
    [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(reader.at));
    if (m !== null) {
      reader.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    }
  }
  if (min !== 1 || max !== 1) {
    if (source[reader.at] === '?') reader.at++;
  }
  if (min === 1 && max === 1) return part;
  if (min === 0 && max === 1) return { exact: part.exact === undefined ? undefined : unique(['', ...part.exact]), required: undefined };
  if (min === 0) return UNKNOWN;
  return { exact: undefined, required: part.required, second: part.second, ...(part.exact !== undefined ? { repeated: part.exact } : {}) };
}
