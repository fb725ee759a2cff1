/**
 * Strings of which every match of a regular expression contains at least one ("internal",
 * "server error" or "http error 500" for `\binternal (?:server )?error\b|\bserver error\b|\bhttp
 * error 500\b`), read from its source; `undefined` when no such strings can be told (an alternative
 * made only of classes, wildcards or optional parts). A text containing none of them cannot match,
 * so a rule can be skipped with a few `includes` instead of a regular-expression scan.
 *
 * Conservative by construction: only characters that every match must contain in that order are
 * taken — a run of mandatory plain characters, or a mandatory group whose every alternative has
 * such strings; optional parts (`?`, `*`, `{0,n}`), classes, escapes like `\d`, wildcards,
 * back-references and assertions (`\b`, `^`, `$`, lookarounds) end a run. For `i` (ignore case)
 * expressions nothing is told.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const reader: Reader = { source: pattern.source, at: 0 };
  const literals = alternation(reader);
  if (reader.at !== reader.source.length) return undefined;
  return literals;
}

interface Reader {
  source: string;
  at: number;
}

type Atom = { kind: 'char'; char: string } | { kind: 'group'; literals: readonly string[] | undefined } | { kind: 'other' } | { kind: 'assertion' };

/** alternative ('|' alternative)*: every alternative must give strings. */
function alternation(reader: Reader): readonly string[] | undefined {
  const all: string[] = [];
  let known = true;
  for (;;) {
    const literals = sequence(reader);
    if (literals === undefined) known = false;
    else all.push(...literals);
    if (reader.source[reader.at] !== '|') break;
    reader.at++;
  }
  return known ? [...new Set(all)] : undefined;
}

/** The best strings one sequence of atoms requires: its longest-guaranteed run or group. */
function sequence(reader: Reader): readonly string[] | undefined {
  const candidates: (readonly string[])[] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length > 0) candidates.push([run]);
    run = '';
  };
  while (reader.at < reader.source.length) {
    const c = reader.source[reader.at];
    if (c === '|' || c === ')') break;
    const atom = readAtom(reader);
    const { min, max } = readQuantifier(reader);
    if (atom.kind === 'char' && min >= 1) {
      run += atom.char;
      if (max !== 1) endRun();
      continue;
    }
    endRun();
    if (atom.kind === 'group' && min >= 1 && atom.literals !== undefined) candidates.push(atom.literals);
  }
  endRun();
  let best: readonly string[] | undefined;
  for (const candidate of candidates) if (best === undefined || better(candidate, best)) best = candidate;
  return best;
}

/** Longer shortest string first (fewer texts contain it), then fewer strings to look for. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (x: readonly string[]): number => Math.min(...x.map((s) => s.length));
  return shortest(a) !== shortest(b) ? shortest(a) > shortest(b) : a.length < b.length;
}

function readAtom(reader: Reader): Atom {
  const { source } = reader;
  const c = source[reader.at++] as string;
  switch (c) {
    case '\\':
      return readEscape(reader);
    case '[':
      while (reader.at < source.length && source[reader.at] !== ']') reader.at += source[reader.at] === '\\' ? 2 : 1;
      reader.at++;
      return { kind: 'other' };
    case '(': {
      let lookaround = false;
      if (source[reader.at] === '?') {
        const next = source[reader.at + 1];
        if (next === ':') reader.at += 2;
        else if (next === '=' || next === '!') [reader.at, lookaround] = [reader.at + 2, true];
        else if (next === '<' && (source[reader.at + 2] === '=' || source[reader.at + 2] === '!')) [reader.at, lookaround] = [reader.at + 3, true];
        else if (next === '<') reader.at = source.indexOf('>', reader.at) + 1;
        else throw new Error(`unsupported group in /${source}/`);
      }
      const literals = alternation(reader);
      if (source[reader.at] !== ')') throw new Error(`unbalanced group in /${source}/`);
      reader.at++;
      return lookaround ? { kind: 'assertion' } : { kind: 'group', literals };
    }
    case '.':
      return { kind: 'other' };
    case '^':
    case '$':
      return { kind: 'assertion' };
    default:
      return { kind: 'char', char: c };
  }
}

function readEscape(reader: Reader): Atom {
  const { source } = reader;
  const c = source[reader.at++] as string;
  if (c === 'b' || c === 'B') return { kind: 'assertion' };
  if (c === 'p' || c === 'P' || (c === 'u' && source[reader.at] === '{')) {
    reader.at = source.indexOf('}', reader.at) + 1;
    return { kind: 'other' };
  }
  if (c === 'u') reader.at += 4;
  else if (c === 'x') reader.at += 2;
  else if (c === 'c') reader.at += 1;
  else if (c === 'k') reader.at = source.indexOf('>', reader.at) + 1;
  // Plain punctuation escaped ("\.", "\/", "\-") is itself; letters and digits are classes,
  // control characters and back-references.
  return /[A-Za-z0-9]/.test(c) ? { kind: 'other' } : { kind: 'char', char: c };
}

function readQuantifier(reader: Reader): { min: number; max: number } {
  const { source } = reader;
  const c = source[reader.at];
  let bounds = { min: 1, max: 1 };
  if (c === '?') bounds = { min: 0, max: 1 };
  else if (c === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
  else if (c === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(reader.at));
    if (m === null) return bounds;
    reader.at += m[0].length;
    const min = Number(m[1]);
    bounds = { min, max: m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]) };
    if (source[reader.at] === '?') reader.at++;
    return bounds;
  } else return bounds;
  reader.at++;
  if (source[reader.at] === '?') reader.at++;
  return bounds;
}
