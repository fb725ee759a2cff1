import { QUESTION_PRIORITY } from './askable-facts.ts';
import { FACT_VALUES, type AskedFactId, type Facts } from './fact-values.ts';
import { isApiSymptom } from './fact-view.ts';
import { planNext } from './plan-next.ts';

/** Where a person stands in a triage: the question shown now is `step` of about `about`. */
export interface TriageProgress {
  step: number;
  about: number;
}

/** Deeper than any path of the decision table (at most six questions on one surface). */
const MAX_DEPTH = 10;

/**
 * The progress of the question `planNext(facts)` asks: it is the one after the asked facts already
 * answered (a button, or typed text that stated several at once; "not tried" answers nothing), and `about`
 * is `step` plus the questions the decision table still asks on average after this one, every
 * answer of each question taken as equally likely ("not tried" and "unknown" excluded: they ask
 * again or lead on like another answer). Null when the facts already lead to a verdict.
 */
export function triageProgress(facts: Facts): TriageProgress | null {
  const plan = planNext(facts);
  if (!('fact' in plan)) return null;
  const answered = QUESTION_PRIORITY.filter((fact) => facts[fact] !== undefined && facts[fact] !== 'not_tried').length;
  const step = answered + 1;
  return { step, about: step + Math.round(expectedAfter(facts, plan.fact, 0)) };
}

/** The mean number of questions asked after `fact` is answered. */
function expectedAfter(facts: Facts, fact: AskedFactId, depth: number): number {
  const values = answerValues(facts, fact);
  let total = 0;
  for (const value of values) total += expectedFrom({ ...facts, [fact]: value }, depth + 1);
  return values.length ? total / values.length : 0;
}

function expectedFrom(facts: Facts, depth: number): number {
  if (depth >= MAX_DEPTH) return 0;
  const plan = planNext(facts);
  return 'fact' in plan ? 1 + expectedAfter(facts, plan.fact, depth) : 0;
}

function answerValues(facts: Facts, fact: AskedFactId): readonly string[] {
  const values = (FACT_VALUES[fact] as readonly string[]).filter((v) => v !== 'not_tried' && v !== 'unknown');
  if (fact !== 'symptom') return values;
  // A symptom belongs to its surface: the API's for `api`, the others' for the rest.
  const api = facts.surface === 'api';
  return facts.surface === undefined ? values : values.filter((v) => isApiSymptom(v) === api);
}
