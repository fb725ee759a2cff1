import type { BranchId } from './branches.ts';
import type { FactView } from './fact-view.ts';
import type { TriageInput, Verdict } from './types.ts';
import { BRANCH_WRITERS } from './verdicts/branch-writers.ts';
import { buildEvidence } from './verdicts/build-evidence.ts';
import { buildNotes } from './verdicts/build-notes.ts';
import { verdictContext } from './verdicts/verdict-context.ts';

/** The verdict of `branch`: the branch's advice, plus evidence and status notes for every branch. */
export function buildVerdict(branch: BranchId, input: TriageInput, view: FactView): Verdict {
  const ctx = verdictContext(input, view);
  return { branch, ...BRANCH_WRITERS[branch](ctx), evidence: buildEvidence(ctx), notes: buildNotes(branch, ctx) };
}
