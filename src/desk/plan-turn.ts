import type { CrowdReading } from '../incidents/incident-types.ts';
import type { TurnPlan } from '../store/store.port.ts';
import type { FactValue, Facts } from '../triage/fact-values.ts';
import { planNext } from '../triage/plan-next.ts';

/**
 * Where a conversation's facts lead under each crowd reading the write step may meet (the crowd is
 * known only once the report is counted, in that same step): the verdict's branch to record, or
 * the question that will be shown. Table walks only; no text is built.
 */
export function planTurn(facts: Facts, status: FactValue<'status'>): Record<CrowdReading['fact'], TurnPlan> {
  const under = (crowd: CrowdReading['fact']): TurnPlan => {
    const plan = planNext({ ...facts, status, crowd });
    return 'branch' in plan ? { branch: plan.branch } : { asked: plan.fact };
  };
  return { none: under('none'), surge: under('surge'), local_cluster: under('local_cluster') };
}
