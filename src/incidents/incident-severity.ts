import type { ComponentStatus } from '../status/status-model.ts';

/** How bad an incident is for the desk, worst first: sev1 … sev4. */
export type IncidentSeverity = 'sev1' | 'sev2' | 'sev3' | 'sev4';

export interface SeverityInput {
  /** Distinct people who reported. */
  reporters: number;
  /** Distinct known networks among them. */
  networks: number;
  /**
   * The worst status of the ChatGPT components the status page names while the incident has a
   * live link to a status page incident; undefined without one.
   */
  statusImpact?: ComponentStatus;
  /** Whether a status page incident is linked and not resolved (impact or not). */
  statusLinked?: boolean;
}

const LEVELS: readonly IncidentSeverity[] = ['sev4', 'sev3', 'sev2', 'sev1'];

/** People → level: 1–4 sev4, 5–14 sev3, 15–49 sev2, 50+ sev1. */
const PEOPLE_STEPS: readonly [number, number][] = [
  [50, 3],
  [15, 2],
  [5, 1],
];

/** The least level a status page impact sets. */
const IMPACT_FLOOR: Readonly<Partial<Record<ComponentStatus, number>>> = { full_outage: 3, partial_outage: 2, degraded_performance: 1 };

/**
 * The incident's severity: from the people count (1–4 sev4, 5–14 sev3, 15–49 sev2, 50+ sev1),
 * one level worse when they are on 3 or more distinct networks (not one network's problem), and
 * never better than the status page says (a full outage sev1, a partial one sev2, degraded or a
 * linked incident without a named component sev3).
 */
export function incidentSeverity(input: SeverityInput): IncidentSeverity {
  const people = Math.max(0, input.reporters);
  let level = PEOPLE_STEPS.find(([min]) => people >= min)?.[1] ?? 0;
  if (input.networks >= 3) level += 1;
  const impact = input.statusImpact ? (IMPACT_FLOOR[input.statusImpact] ?? 0) : 0;
  const linked = input.statusLinked ? 1 : 0;
  level = Math.max(level, impact, linked);
  return LEVELS[Math.min(level, LEVELS.length - 1)]!;
}
