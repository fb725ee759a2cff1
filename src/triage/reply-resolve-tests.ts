import type { Facts } from './fact-values.ts';
import type { ReplyContext } from './reply-context.ts';
import type { Outcome } from './reply-resolve-network.ts';
import type { SegmentReading } from './reply-read-segment.ts';
import type { Segment } from './reply-segments.ts';
import { OTHER_ACTIONS as OTHER_ACTION_WORDS } from './reply-lexicon.ts';

export type TestFact = 'clean_browser' | 'other_network' | 'api_health' | 'web_works';
export const TEST_FACTS: readonly TestFact[] = ['clean_browser', 'other_network', 'api_health', 'web_works'];

interface Reading {
  value: Outcome;
  /** Only a test named under a negation ("not in incognito"): weaker than a test that could not be run. */
  negatedOnly?: boolean;
  /** Said in words ("works", "same error") rather than by a bare yes / no. */
  strong: boolean;
  /** A hedge next to other words ("so probably an extension"): it only blocks a reply with no clear answer. */
  aside?: boolean;
}

export interface TestInputs {
  segments: readonly Segment[];
  readings: readonly SegmentReading[];
  /** Per fact, per segment: the segment is about that test. */
  topics: Record<TestFact, readonly boolean[]>;
  /** Per fact, per segment: an outcome decided elsewhere (e.g. by the place named). */
  forced: Partial<Record<TestFact, readonly (Outcome | undefined)[]>>;
  /** Segments about something else (a surface, a place, the normal window): never an answer. */
  foreign: readonly boolean[];
}

/**
 * The isolating tests (clean_browser, other_network, api_health, web_works). A clause naming a
 * test gives its outcome; a clause naming the test but no outcome borrows one from a clause
 * joined by "and" or a comma ("tethered to my phone and it loads"). Clauses about nothing in
 * particular ("nope still broken", "yes", "no, it works") answer the question asked: words beat a
 * bare yes / no, and a hedge, a contradiction or "idk" (except for api_health) leaves it unclear.
 */
export function resolveTests(inputs: TestInputs, ctx: ReplyContext): Facts {
  const { readings, topics, forced } = inputs;
  const consumed = new Set<number>();
  const explicit = new Map<TestFact, Reading[]>();
  for (const fact of TEST_FACTS) {
    const stated: Reading[] = [];
    topics[fact].forEach((isTopic, i) => {
      if (!isTopic) return;
      const decided = forced[fact]?.[i];
      const r = readings[i] as SegmentReading;
      const own = readingOf(r);
      // "yes I tried a private window, same page": the yes says it was tried; the outcome is in the next clause.
      const reading = decided !== undefined ? { value: decided, strong: true } : own !== undefined && !(r.triedOnly && !own.strong) ? own : (borrow(inputs, consumed, i) ?? (r.triedOnly ? undefined : own));
      if (reading !== undefined) stated.push(reading);
    });
    explicit.set(fact, stated);
  }
  const facts: Facts = {};
  for (const fact of TEST_FACTS) {
    const asked = ctx.expecting === fact;
    // "it works now" on its own says the failure went away, not how the test went.
    // Asked about the organisation's calls, "retrying mine sometimes succeeds" is about the retries, not their calls.
    const loose = asked ? readings.flatMap((r, i) => (orphan(inputs, i) && !consumed.has(i) && !(r.recovery && r.polarity === 'works') && !(fact === 'api_health' && r.retryWord) && !echoesOtherTest(inputs, i, fact) ? (readingOf(r) ?? []) : [])) : [];
    // "yes, tried that": a bare yes/no then says it was tried, not how it went.
    const triedOnly = readings.some((r) => r.triedOnly);
    const value = decide(...unknownOnly(fact, explicit.get(fact) ?? [], triedOnly ? loose.filter((r) => r.strong) : loose));
    const mapped = value === undefined ? undefined : mapOutcome(fact, value);
    if (mapped !== undefined) (facts as Record<string, string>)[fact] = mapped;
  }
  return facts;
}

/**
 * "hotspot works. and incognito didn't help, same error there": a bare clause joined to one about another test,
 * saying the same outcome, goes on about that test, not the one asked.
 */
function echoesOtherTest(inputs: TestInputs, i: number, asked: TestFact): boolean {
  if (i === 0 || !joined(inputs.segments, i)) return false;
  if (!TEST_FACTS.some((f) => f !== asked && inputs.topics[f][i - 1] === true)) return false;
  const before = readingOf(inputs.readings[i - 1] as SegmentReading);
  const own = readingOf(inputs.readings[i] as SegmentReading);
  return before !== undefined && own !== undefined && before.value === own.value;
}

/** A clause about no test and nothing foreign, and not the outcome of another action or person. */
function orphan(inputs: TestInputs, i: number): boolean {
  return !inputs.foreign[i] && !TEST_FACTS.some((f) => inputs.topics[f][i]) && !afterAction(inputs, i);
}

/** "cleared cookies and it works now", "he tried and it works": the outcome belongs to that other action or person. */
function afterAction(inputs: TestInputs, i: number): boolean {
  const { readings, segments } = inputs;
  // "reloaded and it fails there too": reloading the page is the same test run again, and "there" points back at it.
  const there = segments[i]?.tokens.includes('there') === true;
  for (let j = i; j > 0 && joined(segments, j); j--) {
    if (there && reloadOnly(inputs, j - 1)) continue;
    if (readings[j - 1]?.otherAction || readings[j - 1]?.otherPeople) return true;
  }
  // "tried firefox's normal window and it works": joined by "and", the outcome is that clause's.
  if (segments[i]?.joiner === 'and' && inputs.foreign[i - 1] === true && !TEST_FACTS.some((f) => inputs.topics[f][i - 1]) && !(there && reloadOnly(inputs, i - 1))) return true;
  return false;
}

/** A clause whose only other action is reloading the page ("reloaded", "refreshed it"). */
function reloadOnly(inputs: TestInputs, j: number): boolean {
  const r = inputs.readings[j];
  if (r === undefined || !r.otherAction || r.otherPeople || isOtherThanAction(r)) return false;
  const tokens = inputs.segments[j]?.tokens ?? [];
  return tokens.some((t) => RELOADS.has(t)) && tokens.every((t) => !OTHER_ACTION_WORDS.has(t) || RELOADS.has(t));
}

/** A clause naming a surface, a place or a test besides its action. */
function isOtherThanAction(r: SegmentReading): boolean {
  return r.browser || r.app || r.api || r.cleanBrowser || r.baseline || r.networks.length > 0 || r.desktopDevice || r.mobileDevice;
}

const RELOADS = new Set(['reload', 'reloaded', 'refresh', 'refreshed']);

/** The outcome of a clause joined to clause i by "and" or a comma; a clause about nothing lent its outcome is consumed. */
function borrow(inputs: TestInputs, consumed: Set<number>, i: number): Reading | undefined {
  const { segments, readings } = inputs;
  for (let j = i + 1; j < segments.length && joined(segments, j); j++) {
    const reading = readingOf(readings[j] as SegmentReading);
    if (reading !== undefined) return take(inputs, consumed, j, reading);
  }
  for (let j = i - 1; j >= 0 && joined(segments, j + 1); j--) {
    const reading = readingOf(readings[j] as SegmentReading);
    if (reading !== undefined) return take(inputs, consumed, j, reading);
  }
  return undefined;
}

function joined(segments: readonly Segment[], j: number): boolean {
  const joiner = segments[j]?.joiner;
  return joiner === 'and' || joiner === 'comma';
}

function take(inputs: TestInputs, consumed: Set<number>, j: number, reading: Reading): Reading {
  if (orphan(inputs, j)) consumed.add(j);
  return reading;
}

/** The outcome one clause states, if any. */
export function readingOf(r: SegmentReading): Reading | undefined {
  const says = r.polarity !== null || r.answer !== null;
  if (r.hedge && r.substantive && !says) return { value: 'blocked', strong: true, aside: true };
  if (r.hedge || r.intermittent) return { value: 'blocked', strong: true };
  if (r.notTried) return { value: 'not_tried', strong: true };
  if (r.unknown) return { value: 'unknown', strong: true };
  if (r.polarity === 'conflict') return { value: 'blocked', strong: true };
  if (r.answer === 'conflict') return { value: 'blocked', strong: true };
  // "still"/"either" alone say little ("our backend still gets responses"); "fine"/"ok" do say it works.
  if (r.polarity !== null && !(r.weak && (r.answer !== null || r.polarity === 'fails'))) return { value: r.polarity, strong: true, ...(r.negatedOnly ? { negatedOnly: true } : {}) };
  if (r.answer !== null) return { value: r.answer === 'yes' ? 'works' : 'fails', strong: false };
  return undefined;
}

/**
 * "don't know, would have to check with the platform team": asked about the organisation's calls, not knowing and not
 * having checked are one answer (unknown).
 */
function unknownOnly(fact: TestFact, explicit: readonly Reading[], loose: readonly Reading[]): [readonly Reading[], readonly Reading[]] {
  if (fact !== 'api_health') return [explicit, loose];
  const all = [...explicit, ...loose];
  if (!all.some((r) => r.value === 'not_tried') || !all.every((r) => r.value === 'not_tried' || r.value === 'unknown')) return [explicit, loose];
  const known = (r: Reading): Reading => ({ ...r, value: 'unknown' });
  return [explicit.map(known), loose.map(known)];
}

function decide(explicit: readonly Reading[], looseAll: readonly Reading[]): Outcome | undefined {
  // "not in private, no — private mode is blocked by IT": a bare denial gives way to a test that could not be run.
  if (explicit.some((r) => r.value === 'not_tried') && explicit.every((r) => r.value === 'not_tried' || r.negatedOnly)) return 'not_tried';
  const hasAnswer = explicit.length > 0 || looseAll.some((r) => r.value !== 'blocked');
  const loose = looseAll.filter((r) => !(r.aside && hasAnswer));
  if (explicit.some((r) => r.value === 'blocked') || loose.some((r) => r.value === 'blocked')) return undefined;
  const stated = distinct(explicit);
  const words = distinct(loose.filter((r) => r.strong));
  // "haven't tried Firefox's private mode, but Chrome's incognito gives the same 500": a test run answers.
  if (stated.size === 2 && stated.has('not_tried') && (stated.has('works') !== stated.has('fails'))) {
    const [run] = [...stated].filter((v) => v !== 'not_tried');
    if (run !== undefined && [...words].every((w) => w === run || w === 'not_tried')) return run;
  }
  if (stated.size > 1) return undefined;
  if (stated.size === 1) {
    const [value] = stated;
    return [...words].every((w) => w === value) ? value : undefined;
  }
  if (words.size > 0) return words.size === 1 ? [...words][0] : undefined;
  const answers = distinct(loose);
  return answers.size === 1 ? [...answers][0] : undefined;
}

function distinct(readings: readonly Reading[]): Set<Outcome> {
  return new Set(readings.map((r) => r.value));
}

function mapOutcome(fact: TestFact, value: Outcome): string | undefined {
  if (value === 'blocked') return undefined;
  switch (fact) {
    case 'clean_browser':
    case 'other_network':
      return value === 'unknown' ? undefined : value;
    case 'api_health':
      return value === 'not_tried' ? 'unknown' : value;
    case 'web_works':
      return value === 'works' || value === 'fails' ? value : undefined;
  }
}
