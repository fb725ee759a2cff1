import { QUESTION_PRIORITY } from '../triage/askable-facts.ts';
import type { AskedFactId, Facts } from '../triage/fact-values.ts';

/** One fact a typed reply set: what the bot says it understood ("Got it: …") and offers to change. */
export interface ReadFact {
  fact: AskedFactId;
  value: string;
}

/**
 * The asked facts a typed reply set or changed (present after it, with another value than before),
 * in the order the questions are asked. A fact the reply dropped (a symptom that no longer fits a
 * new surface) is not something the person said, so it is not listed.
 */
export function readFacts(before: Facts, after: Facts): ReadFact[] {
  const read: ReadFact[] = [];
  for (const fact of QUESTION_PRIORITY) {
    const value = after[fact];
    if (value !== undefined && value !== before[fact]) read.push({ fact, value });
  }
  return read;
}
