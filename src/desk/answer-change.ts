import { isFactValue, OBSERVED_FACTS, type AskedFactId, type Facts } from '../triage/fact-values.ts';
import { mergeFacts } from '../triage/merge-facts.ts';
import { parseFacts } from '../triage/parse-facts.ts';
import { TriageInputError } from '../triage/triage-input-error.ts';
import type { ConversationState } from './conversation-state.ts';
import { DeskError } from './desk-error.ts';
import { addToTranscript } from './transcript.ts';
import type { TurnChange } from './take-turn.ts';

/** Throws desk.invalid_answer unless `value` is an answer to the asked fact `fact`. */
export function checkAnswer(fact: AskedFactId, value: string): void {
  if ((OBSERVED_FACTS as readonly string[]).includes(fact) || !isFactValue(fact, value)) {
    throw new DeskError('desk.invalid_answer', `"${String(value)}" is not an answer to "${String(fact)}"`);
  }
}

/** A button/choice answer: the fact set (the same answer again changes nothing, so nothing is sent). */
export function answerChange(fact: AskedFactId, value: string) {
  return (s: ConversationState): TurnChange => {
    if (s.facts[fact] === value) return { unchanged: true };
    const facts = mergeFacts(s.facts, { [fact]: value } as Facts);
    try {
      parseFacts(facts);
    } catch (error) {
      if (error instanceof TriageInputError) throw new DeskError('desk.invalid_answer', error.message, { cause: error });
      throw error;
    }
    const { askedAgain: _dropped, ...rest } = s;
    const transcript = addToTranscript(s.transcript, { by: 'choice', asked: fact, ...(s.facts.surface ? { surface: s.facts.surface } : {}), value });
    return { state: { ...rest, facts, transcript }, understood: true };
  };
}
