import type { FactId, FactValue } from './fact-values.ts';

/** A row condition of the decision table: `fact ∈ values`, combined with and / or. */
export type Condition =
  | { kind: 'is'; fact: FactId; values: readonly string[] }
  | { kind: 'all'; of: readonly Condition[] }
  | { kind: 'any'; of: readonly Condition[] };

/** `fact` has one of `values`. */
export function is<F extends FactId>(fact: F, ...values: FactValue<F>[]): Condition {
  return { kind: 'is', fact, values };
}

export function all(...of: Condition[]): Condition {
  return { kind: 'all', of };
}

export function any(...of: Condition[]): Condition {
  return { kind: 'any', of };
}
