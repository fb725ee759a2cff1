import { decideNext } from './decide-next.ts';
import type { Facts } from './fact-values.ts';
import { mergeFacts } from './merge-facts.ts';
import { parseReply } from './parse-reply.ts';
import type { Decision, Details, TriageContext } from './types.ts';

export interface ReplyOutcome {
  decision: Decision;
  /** All facts after the reply (unchanged when nothing was understood). */
  facts: Facts;
  details: Details;
  understood: boolean;
}

/**
 * Applies a person's free-text reply to a conversation: the reply answers the question the engine
 * would ask next and may state other facts too. A reply that states a fact again overrides it
 * (people correct themselves); a new surface drops a symptom that no longer fits it.
 */
export function applyReply(
  state: { facts: Facts; details?: Details; context?: TriageContext },
  text: string,
): ReplyOutcome {
  const details = state.details ?? {};
  const before = decideNext({ facts: state.facts, details, context: state.context });
  const reading = parseReply(text, { expecting: before.next?.fact, facts: state.facts });
  const mergedDetails = mergeDetails(details, reading.details);
  if (!reading.understood) {
    const decision = decideNext({ facts: state.facts, details: mergedDetails, context: state.context, askedAgain: 'unclear' });
    return { decision, facts: state.facts, details: mergedDetails, understood: false };
  }
  const facts = mergeFacts(state.facts, reading.facts);
  const decision = decideNext({ facts, details: mergedDetails, context: state.context });
  return { decision, facts, details: mergedDetails, understood: true };
}

function mergeDetails(known: Details, found: Details): Details {
  const requestIds = [...new Set([...(known.requestIds ?? []), ...(found.requestIds ?? [])])];
  const merged: Details = { ...known, ...found };
  if (requestIds.length > 0) merged.requestIds = requestIds;
  return merged;
}
