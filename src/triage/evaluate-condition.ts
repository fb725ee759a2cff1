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

/** An atom's UNKNOWN evaluation depends on the atom alone: made once per atom of the table (the sets are only read). */
const unknownAtoms = new WeakMap<Condition, Evaluation>();

function unknownAtom(atom: Extract<Condition, { kind: 'is' }>): Evaluation {
  let evaluation = unknownAtoms.get(atom);
  if (!evaluation) unknownAtoms.set(atom, (evaluation = { truth: 'unknown', unknownFacts: new Set([atom.fact]) }));
  return evaluation;
}

/**
 * Three-valued (Kleene) evaluation. An atom `fact ∈ values` is TRUE when every value the fact may
 * still have is in `values`, FALSE when none is (or the fact is definitely absent), else UNKNOWN.
 */
export function evaluateCondition(condition: Condition, possible: (fact: FactId) => readonly string[]): Evaluation {
  // Counted and combined in loops, not with filter/map/flatMap: the desk walks the table for three
  // crowd readings per turn, and these arrays were most of what a walk allocated.
  if (condition.kind === 'is') {
    const values = possible(condition.fact);
    let hits = 0;
    for (const v of values) if (condition.values.includes(v)) hits++;
    if (hits === 0) return FALSE;
    if (hits === values.length) return TRUE;
    return unknownAtom(condition);
  }
  const decisive: Truth = condition.kind === 'all' ? 'false' : 'true';
  // The parts are pure, so the first decisive one settles the result whatever the others say.
  let open: Evaluation | undefined;
  let facts: Set<FactId> | undefined;
  for (const c of condition.of) {
    const part = evaluateCondition(c, possible);
    if (part.truth === decisive) return decisive === 'true' ? TRUE : FALSE;
    if (part.truth !== 'unknown') continue;
    if (!open) open = part;
    else {
      facts ??= new Set(open.unknownFacts);
      for (const f of part.unknownFacts) facts.add(f);
    }
  }
  if (!open) return decisive === 'true' ? FALSE : TRUE;
  // One open part: its evaluation as it is (the sets are only read).
  return facts ? { truth: 'unknown', unknownFacts: facts } : open;
}
