import type { Condition } from './condition.ts';
import type { FactId } from './fact-values.ts';

export type Truth = 'true' | 'false' | 'unknown';

export interface Evaluation {
  truth: Truth;
  /** The facts whose answers could still decide an `unknown` result; empty otherwise. */
  unknownFacts: ReadonlySet<FactId>;
}

const TRUE: Evaluation = { truth: 'true', unknownFacts: new Set() };
const FALSE: Evaluation = { truth: 'false', unknownFacts: new Set() };

/**
 * Three-valued (Kleene) evaluation. An atom `fact ∈ values` is TRUE when every value the fact may
 * still have is in `values`, FALSE when none is (or the fact is definitely absent), else UNKNOWN.
 */
export function evaluateCondition(condition: Condition, possible: (fact: FactId) => readonly string[]): Evaluation {
  if (condition.kind === 'is') {
    const values = possible(condition.fact);
    const hits = values.filter((v) => condition.values.includes(v)).length;
    if (hits === 0) return FALSE;
    if (hits === values.length) return TRUE;
    return { truth: 'unknown', unknownFacts: new Set([condition.fact]) };
  }
  const parts = condition.of.map((c) => evaluateCondition(c, possible));
  const decisive: Truth = condition.kind === 'all' ? 'false' : 'true';
  if (parts.some((p) => p.truth === decisive)) return decisive === 'true' ? TRUE : FALSE;
  const open = parts.filter((p) => p.truth === 'unknown');
  if (open.length === 0) return decisive === 'true' ? FALSE : TRUE;
  return { truth: 'unknown', unknownFacts: new Set(open.flatMap((p) => [...p.unknownFacts])) };
}
