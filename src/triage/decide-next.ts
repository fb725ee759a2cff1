import { QUESTION_PRIORITY } from './askable-facts.ts';
import { buildQuestion } from './build-question.ts';
import { buildVerdict } from './build-verdict.ts';
import { DECISION_TABLE } from './decision-table.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import type { AskedFactId, FactId } from './fact-values.ts';
import { factView, type FactView } from './fact-view.ts';
import type { Decision, TriageInput } from './types.ts';

/**
 * The triage engine (pure): walks triage-spec.md's decision table with three-valued logic. The
 * first TRUE row is the verdict; at the first UNKNOWN row the engine asks the highest-priority
 * missing fact that row depends on, so a question whose answer cannot change the verdict is
 * never asked.
 */
export function decideNext(input: TriageInput): Decision {
  const view = factView(input.facts);
  for (const row of DECISION_TABLE) {
    const { truth, unknownFacts } = evaluateCondition(row.when, view.possible);
    if (truth === 'false') continue;
    if (truth === 'true') return { verdict: buildVerdict(row.branch, input, view) };
    const fact = chooseFact(unknownFacts, view);
    // Every UNKNOWN atom is an askable missing fact (non-askable ones evaluate FALSE); this
    // guard only keeps a future table edit from producing a question nobody can answer.
    if (fact) return { next: buildQuestion(fact, input, view) };
  }
  return { verdict: buildVerdict('escalate', input, view) };
}

function chooseFact(unknownFacts: ReadonlySet<FactId>, view: FactView): AskedFactId | undefined {
  const fact = QUESTION_PRIORITY.find((f) => unknownFacts.has(f) && view.isMissing(f) && view.isAskable(f));
  // triage-spec.md: `network` (where it fails) is asked before `other_network`.
  if (fact === 'other_network' && view.isMissing('network') && view.isAskable('network')) return 'network';
  return fact;
}
