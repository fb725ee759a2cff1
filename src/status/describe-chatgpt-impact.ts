import type { MessageId } from '../messages/catalogs.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { ChatgptComponentImpact, StatusFact } from './classify-status.ts';
import { statusSeverity } from './component-status.ts';
import type { ComponentStatus } from './status-model.ts';

const PHRASES: Readonly<Record<ComponentStatus, MessageId>> = {
  full_outage: 'desk.impact.full_outage',
  partial_outage: 'desk.impact.partial_outage',
  degraded_performance: 'desk.impact.degraded_performance',
  under_maintenance: 'desk.impact.under_maintenance',
  unknown: 'desk.impact.unknown',
  operational: 'desk.impact.operational',
};

/** Names listed before "and N more". */
const MAX_NAMES = 5;

/**
 * Phrases a ChatGPT incident for a person: "Conversations and Login are degraded", or
 * "Login is down; Voice mode is degraded", in the language of `m` (default English). Null unless
 * the status is `chatgpt_incident`.
 */
export function describeChatgptImpact(
  reading: { status: StatusFact; chatgptAffected: readonly Pick<ChatgptComponentImpact, 'name' | 'status'>[] },
  m: Messages = messagesFor('en'),
): string | null {
  if (reading.status !== 'chatgpt_incident') return null;
  if (reading.chatgptAffected.length === 0) return m.t('desk.impact.open');
  const byStatus = new Map<ComponentStatus, string[]>();
  for (const c of reading.chatgptAffected) {
    const names = byStatus.get(c.status) ?? [];
    if (!names.includes(c.name)) names.push(c.name);
    byStatus.set(c.status, names);
  }
  return [...byStatus]
    .sort(([a], [b]) => statusSeverity(b) - statusSeverity(a))
    .map(([status, names]) => m.t(PHRASES[status], { names: listNames(names, m), count: names.length }))
    .join('; ');
}

function listNames(names: string[], m: Messages): string {
  if (names.length > MAX_NAMES + 1) return m.t('desk.impact.more', { names: names.slice(0, MAX_NAMES).join(', '), count: names.length - MAX_NAMES });
  if (names.length === 1) return names[0]!;
  return m.t('triage.list.and', { items: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
}
