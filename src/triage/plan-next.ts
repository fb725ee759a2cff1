import { QUESTION_PRIORITY } from './askable-facts.ts';
import type { BranchId } from './branches.ts';
import { DECISION_TABLE } from './decision-table.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import type { AskedFactId, Facts, FactId } from './fact-values.ts';
import { factView, type FactView } from './fact-view.ts';

/** Where the decision table leads for these facts: a verdict's branch or the fact to ask next (no texts). */
export type Plan = { branch: BranchId; view: FactView } | { fact: AskedFactId; view: FactView };

/**
 * The walk of triage-spec.md's decision table with three-valued logic, without building any text:
 * the first TRUE row is the verdict; at the first UNKNOWN row, the highest-priority missing fact
 * that row depends on is asked, so a question whose answer cannot change the verdict is never
 * asked. No row left: `escalate`. decideNext builds the question or verdict from this plan; the
 * desk plans a turn for each possible crowd reading before its one write (plan-turn.ts).
 */
export function planNext(facts: Facts): Plan {
  const view = factView(facts);
  for (const row of DECISION_TABLE) {
    const { truth, unknownFacts } = evaluateCondition(row.when, view.possible);
    if (truth === 'false') continue;
    if (truth === 'true') return { branch: row.branch, view };
    const fact = chooseFact(unknownFacts, view);
    // Every UNKNOWN atom is an askable missing fact (non-askable ones evaluate FALSE); this
    // guard only keeps a future table edit from producing a question nobody can answer.
    if (fact) return { fact, view };
  }
  return { branch: 'escalate', view };
}

function chooseFact(unknownFacts: ReadonlySet<FactId>, view: FactView): AskedFactId | undefined {
  const fact = QUESTION_PRIORITY.find((f) => unknownFacts.has(f) && view.isMissing(f) && view.isAskable(f));
  // triage-spec.md: `network` (where it fails) is asked before `other_network`.
  if (fact === 'other_network' && view.isMissing('network') && view.isAskable('network')) return 'network';
  return fact;
}
