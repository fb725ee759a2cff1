import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { ChatgptComponentImpact } from '../status/classify-status.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import { describeChatgptImpact } from '../status/describe-chatgpt-impact.ts';
import type { TriageContext } from '../triage/types.ts';
import type { StatusSummary } from './desk.port.ts';

const EN = messagesFor('en');

/** "just now", "4 min ago", "2 h ago" (in the language of `m`). */
export function formatAge(ageSeconds: number | null, { t }: Messages = EN): string {
  if (ageSeconds === null) return t('desk.status.age.never');
  if (ageSeconds < 60) return t('desk.status.age.now');
  if (ageSeconds < 3600) return t('desk.status.age.minutes', { count: Math.floor(ageSeconds / 60) });
  return t('desk.status.age.hours', { count: Math.floor(ageSeconds / 3600) });
}

/** What the status line is written from: a summary's fields plus the affected ChatGPT components (serializable). */
export interface StatusLineInput {
  status: StatusSummary['status'];
  ageSeconds: number | null;
  incidents: StatusSummary['incidents'];
  affected: readonly Pick<ChatgptComponentImpact, 'name' | 'status'>[];
  /** Why the status is unknown (English, technical): shown as is in English only. */
  reason?: string;
}

/** The status line people see in every conversation, in the language of `m`. */
export function statusLine(input: StatusLineInput, m: Messages = EN): string {
  const { t } = m;
  const age = t('desk.status.as_of', { age: formatAge(input.ageSeconds, m) });
  switch (input.status) {
    case 'chatgpt_incident':
      return t('desk.status.chatgpt_incident', { impact: describeChatgptImpact({ status: input.status, chatgptAffected: input.affected }, m) ?? t('desk.status.open_incident'), age });
    case 'other_product_incident': {
      const other = input.incidents.find((i) => !i.chatgpt);
      return other ? t('desk.status.other_product_named', { name: other.name, age }) : t('desk.status.other_product', { age });
    }
    case 'operational':
      return t('desk.status.operational', { age });
    default:
      // The reason is a diagnostic in English; other languages say what it means for the person.
      return t('desk.status.unknown', { reason: m.locale === 'en' && input.reason ? input.reason : t('desk.status.unknown_reason') });
  }
}

/** The status reading as people see it in every conversation, plus what the engine may name (line in `m`'s language). */
export function summarizeStatus(reading: StatusReading, m: Messages = EN): StatusSummary {
  const incidents = [...reading.incidents]
    .sort((a, b) => Number(b.chatgpt) - Number(a.chatgpt))
    .map((i) => ({ name: i.name, url: i.url, chatgpt: i.chatgpt }));
  const line = statusLine({ status: reading.status, ageSeconds: reading.ageSeconds, incidents, affected: reading.chatgptAffected, ...(reading.reason ? { reason: reading.reason } : {}) }, m);
  return { status: reading.status, line, ageSeconds: reading.ageSeconds, incidents };
}

/** What the engine may name from the status: incidents and affected ChatGPT components. */
export function statusContext(reading: StatusReading): Pick<TriageContext, 'incidents' | 'affectedComponents'> {
  return {
    incidents: reading.incidents.map((i) => ({ name: i.name, url: i.url, chatgpt: i.chatgpt, components: i.components })),
    affectedComponents: reading.chatgptComponents,
  };
}
