import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply, type ReplyReading } from '../../src/triage/parse-reply.ts';
import { normalizeReply } from '../../src/triage/reply-normalize.ts';

interface Recorded {
  text: string;
  expecting?: AskedFactId;
  facts?: Facts;
  tokens: string[];
  reading: ReplyReading;
}

/**
 * parse-outputs.jsonl holds what the parser returned, before the typo index and the other speed-ups
 * of issue 12, for every corpus reply and every other reply the test suite gives it
 * (record-parse-outputs.ts wrote it). Speed work must not change a single reading or token.
 * Re-recorded for issue 13 (languages), each diff reviewed. Against the fixture before it, the facts
 * of 8 of the 1,489 readings changed, on purpose: seven pure questions back ("how do I do that?",
 * "what's incognito?") now state nothing (the reading flags `questionBack`, 16 readings have it) and
 * "I think so?" is a yes. 638 readings gained the `language` field; 31 token streams changed by new
 * markers (askhow, request, samenet, softhedge, nouse, altnet for hotels, trains, cafés) and folded
 * accents ("são" -> "sao"). Re-recorded on branch i13-parser3: one token stream changed ("coworking
 * space" is the marker altnet, no longer the typo "working space"), its reading did not.
 * Re-recorded for issue 13's second round (rules from the first held-out set, retired to tuning):
 * four token streams changed and no reading did ("depends" is its own marker, no longer "hedge";
 * "some calls work, some don't" is one marker; "sooo" is "so"); then 19 more token streams and
 * still no reading ("API calls" is the marker api; a shrug is a sentence of its own); then, with
 * the rules from the blind tuning batch of hard cases, 23 token streams and one reading: "works in
 * incognito... no wait, also broken there" is a self-correction, so the private window fails.
 * The fourth and fifth rounds changed 9 more token streams ("the same" and "same problem" are the
 * failure marker, "my own wifi" is no second network) and no reading; the sixth, 2 token streams
 * ("no signal" is not tried, "way under our limits" is no rate limit) and no reading; the seventh,
 * 15 token streams (a 👎 or ❌ is the marker nox, not the word "no"; "the same" at a clause end) and
 * one reading's language ("👎 same on 4G" no longer counts the emoji as an English word). Then one
 * token stream ("not on the hotspot no": the trailing "no" of a place already denied is dropped); then
 * 3 (a shrug is the marker shrug: alone it reads as "I don't know", beside an answer it is dropped).
 * The ninth round (rules from the second held-out set, retired to tuning) changed 7 token streams
 * and no reading: "cloudflare" and "verify you are human" side by side are one cfchallenge marker
 * (6), and "the logs just say request failed" reads "call failed" (the noun, not a request to fix).
 * The tenth round (rules from a blind batch of hedges, questions back and negations) changed 6 token
 * streams and no reading: whole-reply doubt is the marker doubtx ("maybe?", "works-ish", "but I'm not
 * sure"), a question back that asks the bot to decide the marker askback ("should I try incognito?",
 * "where do I find incognito?", "does it matter if …?").
 * The eleventh round (rules from a blind batch of negations and hedges) changed no recorded token
 * stream and no reading.
 */
const recorded: Recorded[] = readFileSync(new URL('../fixtures/replies/parse-outputs.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Recorded);

describe('parseReply returns exactly the recorded readings', () => {
  it('covers the whole corpus and the replies of the other tests', () => {
    expect(recorded.length).toBeGreaterThan(1400);
  });

  it('reads every recorded reply to the same tokens', () => {
    const differences = recorded.filter((r) => JSON.stringify(normalizeReply(r.text)) !== JSON.stringify(r.tokens));
    expect(differences.slice(0, 10).map((r) => `${JSON.stringify(r.text)}: ${JSON.stringify(normalizeReply(r.text))}, recorded ${JSON.stringify(r.tokens)}`)).toEqual([]);
  });

  it('gives every recorded reply the same reading', () => {
    const differences = recorded.filter((r) => JSON.stringify(parseReply(r.text, r)) !== JSON.stringify(r.reading));
    expect(differences.slice(0, 10).map((r) => `${JSON.stringify(r.text)}: ${JSON.stringify(parseReply(r.text, r))}, recorded ${JSON.stringify(r.reading)}`)).toEqual([]);
  });
});
