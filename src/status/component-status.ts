import type { ComponentStatus } from './status-model.ts';

const WORDS: Record<string, ComponentStatus> = {
  operational: 'operational',
  degraded_performance: 'degraded_performance',
  partial_outage: 'partial_outage',
  full_outage: 'full_outage', // incident.io
  major_outage: 'full_outage', // Atlassian Statuspage
  under_maintenance: 'under_maintenance',
};

/** Maps a vendor's component status word to the model's; anything unrecognised is `unknown`. */
export function toComponentStatus(word: unknown): ComponentStatus {
  if (typeof word !== 'string') return 'unknown';
  return WORDS[word.trim().toLowerCase()] ?? 'unknown';
}

/**
 * How bad a status is, for merging two reports of one component. `unknown` only outranks
 * `operational`: a known bad state is more useful than "unknown", but "unknown" is never hidden
 * behind "operational".
 */
const SEVERITY: Record<ComponentStatus, number> = {
  operational: 0,
  unknown: 1,
  under_maintenance: 2,
  degraded_performance: 3,
  partial_outage: 4,
  full_outage: 5,
};

export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export function statusSeverity(status: ComponentStatus): number {
  return SEVERITY[status];
}
