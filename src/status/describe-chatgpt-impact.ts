import type { ChatgptComponentImpact, StatusFact } from './classify-status.ts';
import { statusSeverity } from './component-status.ts';
import type { ComponentStatus } from './status-model.ts';

const PHRASES: Record<ComponentStatus, [one: string, many: string]> = {
  full_outage: ['is down', 'are down'],
  partial_outage: ['is partially down', 'are partially down'],
  degraded_performance: ['is degraded', 'are degraded'],
  under_maintenance: ['is under maintenance', 'are under maintenance'],
  unknown: ['is in a state the status page does not make clear', 'are in a state the status page does not make clear'],
  operational: ['is named in an open incident', 'are named in an open incident'],
};

/** Names listed before "and N more". */
const MAX_NAMES = 5;

/**
 * Phrases a ChatGPT incident for a person: "Conversations and Login are degraded", or
 * "Login is down; Voice mode is degraded". Null unless the status is `chatgpt_incident`.
 */
export function describeChatgptImpact(reading: { status: StatusFact; chatgptAffected: ChatgptComponentImpact[] }): string | null {
  if (reading.status !== 'chatgpt_incident') return null;
  if (reading.chatgptAffected.length === 0) return 'ChatGPT has an open incident';
  const byStatus = new Map<ComponentStatus, string[]>();
  for (const c of reading.chatgptAffected) {
    const names = byStatus.get(c.status) ?? [];
    if (!names.includes(c.name)) names.push(c.name);
    byStatus.set(c.status, names);
  }
  return [...byStatus]
    .sort(([a], [b]) => statusSeverity(b) - statusSeverity(a))
    .map(([status, names]) => `${listNames(names)} ${PHRASES[status][names.length === 1 ? 0 : 1]}`)
    .join('; ');
}

function listNames(names: string[]): string {
  if (names.length > MAX_NAMES + 1) return `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
