/**
 * How well `parseReply` understands replies it was never tuned on: `npm run bench:understanding`.
 *
 * Reads every `test/fixtures/replies/heldout/*.jsonl` (held-out sets written blind, never used to
 * tune the rules; `{ lang, text, expecting, facts?, expect: Facts | "unclear", class }` per line)
 * and prints, per language and per class within it: n, right, wrong (a fact set to a value the
 * reply did not state, or any fact set on an "unclear" reply) and missed, as counts and %.
 * Scoring: bench/score-replies.ts. With the folder missing or empty it says so and exits 0.
 *
 *   --json        one JSON object instead of the table
 *   --dir=PATH    another folder (e.g. test/fixtures/replies/tune, the tuning sets)
 *   --list=wrong  also list the replies judged wrong (or missed, or all)
 */
import { fileURLToPath } from 'node:url';
import { loadReplySets, scoreReply, tally, tallyBy, type ScoredReply, type Tally } from './score-replies.ts';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = process.argv.includes('--json');
const dir = option('dir') ?? fileURLToPath(new URL('../test/fixtures/replies/heldout/', import.meta.url));
const list = option('list');

const entries = loadReplySets(dir);
if (entries.length === 0) {
  const message = `no held-out replies: ${dir} is missing or has no .jsonl file`;
  console.log(json ? JSON.stringify({ dir, n: 0, message, languages: {} }) : message);
  process.exit(0);
}

const scored = entries.map(scoreReply);
const pct = (k: number, n: number): number => (n === 0 ? 0 : Math.round((k / n) * 1000) / 10);
const figures = (t: Tally) => ({ ...t, rightPct: pct(t.right, t.n), wrongPct: pct(t.wrong, t.n), missedPct: pct(t.missed, t.n) });

const languages = tallyBy(scored, (s) => s.entry.lang);
const report = {
  dir,
  n: scored.length,
  all: figures(tally(scored)),
  languages: Object.fromEntries(
    [...languages].map(([lang, t]) => {
      const own = scored.filter((s) => s.entry.lang === lang);
      return [lang, { ...figures(t), classes: Object.fromEntries([...tallyBy(own, (s) => s.entry.class)].map(([c, ct]) => [c, figures(ct)])) }];
    }),
  ),
};

if (json) {
  console.log(JSON.stringify(report));
} else {
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(16)} ${String(t.n).padStart(5)} ${`${t.right} (${pct(t.right, t.n).toFixed(1)} %)`.padStart(15)} ${`${t.wrong} (${pct(t.wrong, t.n).toFixed(1)} %)`.padStart(13)} ${`${t.missed} (${pct(t.missed, t.n).toFixed(1)} %)`.padStart(14)}`;
  console.log(`parseReply on ${scored.length} labelled replies in ${dir}`);
  console.log(`${'language/class'.padEnd(16)} ${'n'.padStart(5)} ${'right'.padStart(15)} ${'wrong'.padStart(13)} ${'missed'.padStart(14)}`);
  for (const [lang, t] of languages) {
    console.log(row(lang, t));
    const own = scored.filter((s) => s.entry.lang === lang);
    for (const [c, ct] of tallyBy(own, (s) => s.entry.class)) console.log(row(`  ${c}`, ct));
  }
  console.log(row('all', tally(scored)));
}

if (list !== undefined) {
  const shown = scored.filter((s: ScoredReply) => list === 'all' || s.verdict === list);
  for (const s of shown) console.log(`${s.verdict.padEnd(6)} ${s.entry.lang} ${s.entry.expecting ?? '-'} ${JSON.stringify(s.entry.text)} -> ${JSON.stringify(s.read)}, want ${JSON.stringify(s.entry.expect)}`);
}
