import { decideNext } from './decide-next.ts';
import type { AskedFactId, Facts } from './fact-values.ts';
import { mergeFacts } from './merge-facts.ts';
import { parseReply } from './parse-reply.ts';
import { planNext } from './plan-next.ts';
import { TEST_FACTS, type TestFact } from './reply-resolve-tests.ts';
import type { Locale } from '../messages/locale.ts';
import type { AskAgainReason, Decision, Details, TriageContext } from './types.ts';

export interface ReadReplyResult {
  /** All facts after the reply (unchanged when nothing was understood). */
  facts: Facts;
  details: Details;
  understood: boolean;
  /** The reply's language, when its words tell it with confidence (parseReply). */
  language?: Locale;
  /** Why the question is asked again when the reply was not understood. */
  askAgain?: AskAgainReason;
}

export interface ReplyOutcome extends ReadReplyResult {
  decision: Decision;
}

/**
 * Reads a person's free-text reply against the question they were shown (`expecting`; absent when
 * they were shown a verdict), without deciding anything: the reply answers that question and may
 * state other facts too. A reply that states a fact again overrides it (people correct
 * themselves); a new surface drops a symptom that no longer fits it. When the caller does not know
 * what was shown (`expecting` undefined), it is the question the table leads to now.
 */
export function readReply(state: { facts: Facts; details?: Details }, text: string, expecting?: AskedFactId | null): ReadReplyResult {
  const details = state.details ?? {};
  const shown = expecting === undefined ? questionFor(state.facts) : (expecting ?? undefined);
  const reading = parseReply(text, { expecting: shown, facts: state.facts });
  const mergedDetails = mergeDetails(details, reading.details);
  const language = reading.language === undefined ? {} : { language: reading.language };
  if (!reading.understood) return { facts: state.facts, details: mergedDetails, understood: false, askAgain: askAgainReason(reading.questionBack === true, shown), ...language };
  return { facts: mergeFacts(state.facts, reading.facts), details: mergedDetails, understood: true, ...language };
}

/**
 * A question back about a test ("what's incognito?", "how do I do that?") is asked again with its
 * "how to test" help (the `not_tried` way); anything else not understood is `unclear`.
 */
export function askAgainReason(questionBack: boolean, asked: AskedFactId | undefined): AskAgainReason {
  return questionBack && asked !== undefined && isTestFact(asked) ? 'not_tried' : 'unclear';
}

function isTestFact(fact: string): fact is TestFact {
  return (TEST_FACTS as readonly string[]).includes(fact);
}

/** readReply, then the engine's next step on the result (the CLI's loop). */
export function applyReply(state: { facts: Facts; details?: Details; context?: TriageContext }, text: string): ReplyOutcome {
  const read = readReply(state, text);
  const decision = decideNext({ facts: read.facts, details: read.details, context: state.context, ...(read.understood ? {} : { askedAgain: read.askAgain ?? 'unclear' }) });
  return { ...read, decision };
}

function questionFor(facts: Facts): AskedFactId | undefined {
  const plan = planNext(facts);
  return 'fact' in plan ? plan.fact : undefined;
}

function mergeDetails(known: Details, found: Details): Details {
  const requestIds = [...new Set([...(known.requestIds ?? []), ...(found.requestIds ?? [])])];
  const merged: Details = { ...known, ...found };
  if (requestIds.length > 0) merged.requestIds = requestIds;
  return merged;
}
