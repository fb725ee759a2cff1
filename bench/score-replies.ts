/**
 * Scores `parseReply` on labelled reply sets (JSON lines of `{ lang, text, expecting, facts?,
 * expect: Facts | "unclear", class }`): per reply right, wrong or missed, as issue 13 defines them.
 *
 * - right: the facts read are exactly the ones the label states (a labelled fact equal to one
 *   already known is not expected back: the parser returns only changes); for "unclear", nothing
 *   was understood.
 * - wrong: a fact was set to a value the reply did not state, or any fact was set on an
 *   "unclear" reply.
 * - missed: everything else (a stated fact not read, nothing wrong set).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFactId, isFactValue, type AskedFactId, type Facts } from '../src/triage/fact-values.ts';
import { parseReply } from '../src/triage/parse-reply.ts';

export interface LabelledReply {
  lang: string;
  text: string;
  expecting?: AskedFactId;
  facts?: Facts;
  expect: Facts | 'unclear';
  class: string;
  /** The file it came from. */
  file: string;
}

export type Verdict = 'right' | 'wrong' | 'missed';

export interface Tally {
  n: number;
  right: number;
  wrong: number;
  missed: number;
}

export interface ScoredReply {
  entry: LabelledReply;
  verdict: Verdict;
  read: Facts;
}

/** Every labelled reply of the `.jsonl` files in `dir`; none when the folder is missing or empty. */
export function loadReplySets(dir: string): LabelledReply[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line, i) => toEntry(JSON.parse(line) as unknown, `${file}:${i + 1}`, file)),
  );
}

function toEntry(value: unknown, where: string, file: string): LabelledReply {
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || typeof o.lang !== 'string') throw new Error(`${where}: "text" and "lang" must be strings`);
  const expecting = o.expecting === undefined || o.expecting === null ? undefined : o.expecting;
  if (expecting !== undefined && (typeof expecting !== 'string' || !isFactId(expecting) || expecting === 'status' || expecting === 'crowd')) {
    throw new Error(`${where}: unknown "expecting" ${JSON.stringify(expecting)}`);
  }
  const facts = o.facts === undefined || o.facts === null ? undefined : toFacts(o.facts, where);
  const expect = o.expect === 'unclear' ? 'unclear' : toFacts(o.expect, where);
  return { lang: o.lang, text: o.text, ...(expecting ? { expecting } : {}), ...(facts ? { facts } : {}), expect, class: typeof o.class === 'string' ? o.class : 'unlabelled', file };
}

function toFacts(value: unknown, where: string): Facts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: facts must be an object`);
  const facts: Record<string, string> = {};
  for (const [fact, v] of Object.entries(value)) {
    if (!isFactId(fact) || !isFactValue(fact, v)) throw new Error(`${where}: ${fact}=${String(v)} is not a fact value`);
    facts[fact] = v;
  }
  return facts as Facts;
}

export function scoreReply(entry: LabelledReply): ScoredReply {
  const reading = parseReply(entry.text, { expecting: entry.expecting, facts: entry.facts });
  const read = reading.facts as Record<string, string>;
  if (entry.expect === 'unclear') return { entry, read: reading.facts, verdict: reading.understood ? 'wrong' : 'right' };
  const known = (entry.facts ?? {}) as Record<string, string>;
  const want = Object.fromEntries(Object.entries(entry.expect as Record<string, string>).filter(([f, v]) => known[f] !== v));
  if (Object.entries(read).some(([fact, value]) => want[fact] !== value && (entry.expect as Record<string, string>)[fact] !== value)) {
    return { entry, read: reading.facts, verdict: 'wrong' };
  }
  const same = Object.keys(want).length === Object.keys(read).length && Object.entries(want).every(([f, v]) => read[f] === v);
  return { entry, read: reading.facts, verdict: same ? 'right' : 'missed' };
}

export function tally(scored: readonly ScoredReply[]): Tally {
  const t: Tally = { n: 0, right: 0, wrong: 0, missed: 0 };
  for (const s of scored) {
    t.n++;
    t[s.verdict]++;
  }
  return t;
}

/** Tallies by a key (language, class...), keys in first-seen order. */
export function tallyBy(scored: readonly ScoredReply[], key: (s: ScoredReply) => string): Map<string, Tally> {
  const groups = new Map<string, ScoredReply[]>();
  for (const s of scored) {
    const k = key(s);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [s]);
    else group.push(s);
  }
  return new Map([...groups].map(([k, group]) => [k, tally(group)]));
}
