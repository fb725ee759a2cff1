import { buildQuestion } from './build-question.ts';
import { buildVerdict } from './build-verdict.ts';
import { planNext } from './plan-next.ts';
import type { Decision, TriageInput } from './types.ts';

/**
 * The triage engine (pure): the decision table's plan for these facts (plan-next.ts), with the
 * question or the verdict built for the person.
 */
export function decideNext(input: TriageInput): Decision {
  const plan = planNext(input.facts);
  if ('fact' in plan) return { next: buildQuestion(plan.fact, input, plan.view) };
  return { verdict: buildVerdict(plan.branch, input, plan.view) };
}
