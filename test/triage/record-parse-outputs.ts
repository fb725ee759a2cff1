/**
 * Writes test/fixtures/replies/parse-outputs.jsonl: what `parseReply` returns (and the token
 * stream `normalizeReply` reads it from) for every reply of the corpus, under the question and
 * facts the corpus gives it, plus every other input the test suite passed to `parseReply`
 * (`--inputs=FILE`: JSON lines of `{ text, expecting, facts }` recorded during a full test run;
 * the inputs already in the fixture are kept).
 * parse-reply-outputs.test.ts checks that the parser still returns exactly these.
 *
 * The committed fixture was generated from the parser as it was before the typo index (issue 12),
 * so a faster parser is held to the old one's every output:
 *   node --import tsx test/triage/record-parse-outputs.ts --inputs=/tmp/recorded.jsonl
 * Regenerate it only for a change that means to change readings, and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';
import { normalizeReply } from '../../src/triage/reply-normalize.ts';

interface Input {
  text: string;
  expecting?: AskedFactId;
  facts?: Facts;
}

const readLines = (url: URL | string): Input[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Input);

const corpus = readLines(new URL('../fixtures/replies/corpus.jsonl', import.meta.url));
const out = new URL('../fixtures/replies/parse-outputs.jsonl', import.meta.url);
// The inputs of the fixture as it stands are kept, so a regeneration keeps the recorded ones.
const previous = existsSync(out) ? readLines(out) : [];
const recordedArg = process.argv.find((a) => a.startsWith('--inputs='));
const recorded = recordedArg === undefined ? [] : readLines(recordedArg.slice('--inputs='.length));

const inputs: Input[] = [];
const keys = new Set<string>();
const add = (input: Input): void => {
  const key = JSON.stringify([input.text, input.expecting ?? null, input.facts ?? null]);
  if (keys.has(key)) return;
  keys.add(key);
  inputs.push({ text: input.text, ...(input.expecting ? { expecting: input.expecting } : {}), ...(input.facts ? { facts: input.facts } : {}) });
};
for (const entry of corpus) add(entry);
for (const entry of [...previous, ...recorded]) add(entry);

writeFileSync(out, inputs.map((input) => JSON.stringify({ ...input, tokens: normalizeReply(input.text), reading: parseReply(input.text, input) })).join('\n') + '\n');
console.log(`${inputs.length} readings written to ${out.pathname}`);
