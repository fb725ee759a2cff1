import type { BranchId } from '../../src/triage/branches.ts';
import { decideNext } from '../../src/triage/decide-next.ts';
import type { FactId, Facts } from '../../src/triage/fact-values.ts';
import type { Decision, TriageContext } from '../../src/triage/types.ts';

/** Scripted answers: one value, or several given in turn when the same fact is asked again. */
export type Script = { [F in FactId]?: NonNullable<Facts[F]> | NonNullable<Facts[F]>[] };

export interface Transcript {
  asked: FactId[];
  branch: BranchId;
}

/**
 * Drives a whole conversation through the engine: starts from the observed facts, answers each
 * question from the script, and stops at the verdict. Asking a fact the script has no (more)
 * answers for is a failure, and so is a conversation that does not end.
 */
export function run(observed: Facts, script: Script, context?: TriageContext): Transcript {
  return runFull(observed, script, context).transcript;
}

export function runFull(observed: Facts, script: Script, context?: TriageContext): { transcript: Transcript; decisions: Decision[] } {
  let facts: Facts = { ...observed };
  const asked: FactId[] = [];
  const decisions: Decision[] = [];
  const used = new Map<FactId, number>();
  for (let turn = 0; turn < 30; turn++) {
    const decision = decideNext({ facts, context });
    decisions.push(decision);
    if (decision.verdict) return { transcript: { asked, branch: decision.verdict.branch }, decisions };
    const fact = decision.next.fact;
    asked.push(fact);
    const scripted = script[fact];
    const answers: string[] = scripted === undefined ? [] : Array.isArray(scripted) ? scripted : [scripted];
    const index = used.get(fact) ?? 0;
    const answer = answers[index];
    if (answer === undefined) throw new Error(`asked "${fact}" (after ${asked.slice(0, -1).join(', ') || 'nothing'}), which the script does not answer`);
    used.set(fact, index + 1);
    facts = { ...facts, [fact]: answer };
  }
  throw new Error(`no verdict after 30 turns (asked ${asked.join(', ')})`);
}
