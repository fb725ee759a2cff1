/**
 * `parseReply` latency over the project's reply corpora: `npm run bench:parse`.
 *
 * Parses every reply of test/fixtures/replies/corpus.jsonl and of the per-language tuning sets
 * test/fixtures/replies/tune/*.jsonl (with the question and the facts each gives it) once per pass, timing each call with `process.hrtime.bigint()`; the first
 * passes are warm-up and are not recorded. Prints p50 / p90 / p99 / max in µs per reply over all
 * calls, and the same over each reply's fastest pass (the parser's own cost, with the noise of a
 * shared machine taken out). The fastest-pass figures are also given per corpus file.
 *
 *   --passes=N   recorded passes over the corpus (default 50)
 *   --warmup=N   warm-up passes (default 10)
 *   --slowest=N  also list the N replies with the highest median time
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AskedFactId, Facts } from '../src/triage/fact-values.ts';
import { parseReply } from '../src/triage/parse-reply.ts';

interface CorpusEntry {
  file: string;
  text: string;
  expecting?: AskedFactId;
  facts?: Facts;
}

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = found === undefined ? fallback : Number(found.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};

const passes = Math.max(1, arg('passes', 50));
const warmup = arg('warmup', 10);
const slowest = arg('slowest', 0);

const tuneDir = new URL('../test/fixtures/replies/tune/', import.meta.url);
const files = [
  new URL('../test/fixtures/replies/corpus.jsonl', import.meta.url),
  ...(existsSync(tuneDir) ? readdirSync(tuneDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => new URL(f, tuneDir)) : []),
];
const corpus: CorpusEntry[] = files.flatMap((url) =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => ({ ...(JSON.parse(line) as Omit<CorpusEntry, 'file'>), file: url.pathname.split('/').slice(-2).join('/') })),
);

let sink = 0;
const parse = (entry: CorpusEntry): void => {
  sink += Object.keys(parseReply(entry.text, { expecting: entry.expecting, facts: entry.facts }).facts).length;
};

for (let p = 0; p < warmup; p++) for (const entry of corpus) parse(entry);

const perReply = corpus.map(() => new Float64Array(passes));
const all = new Float64Array(passes * corpus.length);
let k = 0;
const started = process.hrtime.bigint();
for (let p = 0; p < passes; p++) {
  for (let i = 0; i < corpus.length; i++) {
    const t = process.hrtime.bigint();
    parse(corpus[i] as CorpusEntry);
    const us = Number(process.hrtime.bigint() - t) / 1000;
    (perReply[i] as Float64Array)[p] = us;
    all[k++] = us;
  }
}
const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

all.sort();
const at = (samples: Float64Array, q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
const fmt = (us: number): string => (us < 10 ? us.toFixed(2) : us.toFixed(1));
console.log(`parseReply over ${corpus.length} replies (${files.length} corpus files) × ${passes} passes (${warmup} warm-up passes), Node ${process.version}`);
console.log(`p50 ${fmt(at(all, 0.5))} µs | p90 ${fmt(at(all, 0.9))} µs | p99 ${fmt(at(all, 0.99))} µs | max ${fmt(at(all, 1))} µs | ${Math.round((all.length / totalMs) * 1000).toLocaleString('en-US')} replies/s`);
// Each reply's fastest pass: what the parser costs without the machine's noise (preemption, GC of others).
const fastest = Float64Array.from(perReply, (samples) => Math.min(...samples)).sort();
console.log(`each reply's fastest of ${passes} passes: p50 ${fmt(at(fastest, 0.5))} µs | p90 ${fmt(at(fastest, 0.9))} µs | p99 ${fmt(at(fastest, 0.99))} µs | max ${fmt(at(fastest, 1))} µs`);
for (const file of new Set(corpus.map((e) => e.file))) {
  const own = Float64Array.from(
    perReply.flatMap((samples, i) => ((corpus[i] as CorpusEntry).file === file ? [Math.min(...samples)] : [])),
  ).sort();
  console.log(`  ${file.padEnd(20)} ${String(own.length).padStart(5)} replies, fastest pass: p50 ${fmt(at(own, 0.5))} µs | p99 ${fmt(at(own, 0.99))} µs | max ${fmt(at(own, 1))} µs`);
}
if (slowest > 0) {
  const medians = perReply.map((s, i) => ({ i, median: at(s.slice().sort(), 0.5) })).sort((a, b) => b.median - a.median);
  for (const { i, median } of medians.slice(0, slowest)) console.log(`  ${fmt(median)} µs  ${JSON.stringify((corpus[i] as CorpusEntry).text)}`);
}
if (sink < 0) console.log(sink);
