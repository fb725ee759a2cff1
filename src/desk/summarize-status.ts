import type { StatusReading } from '../status/build-status-reading.ts';
import { describeChatgptImpact } from '../status/describe-chatgpt-impact.ts';
import type { TriageContext } from '../triage/types.ts';
import type { StatusSummary } from './desk.port.ts';

/** "just now", "4 min ago", "2 h ago". */
export function formatAge(ageSeconds: number | null): string {
  if (ageSeconds === null) return 'never read';
  if (ageSeconds < 60) return 'just now';
  if (ageSeconds < 3600) return `${Math.floor(ageSeconds / 60)} min ago`;
  return `${Math.floor(ageSeconds / 3600)} h ago`;
}

/** The status reading as people see it in every conversation, plus what the engine may name. */
export function summarizeStatus(reading: StatusReading): StatusSummary {
  const age = `as of ${formatAge(reading.ageSeconds)}`;
  const incidents = [...reading.incidents]
    .sort((a, b) => Number(b.chatgpt) - Number(a.chatgpt))
    .map((i) => ({ name: i.name, url: i.url, chatgpt: i.chatgpt }));
  let line: string;
  switch (reading.status) {
    case 'chatgpt_incident':
      line = `ChatGPT: ${describeChatgptImpact(reading) ?? 'open incident'} (${age})`;
      break;
    case 'other_product_incident': {
      const other = incidents.find((i) => !i.chatgpt);
      line = `ChatGPT: no incident on the status page; OpenAI reports ${other ? `"${other.name}"` : 'an incident'} in another product (${age})`;
      break;
    }
    case 'operational':
      line = `ChatGPT: no incident on the status page (${age})`;
      break;
    default:
      line = `ChatGPT status: unknown — ${reading.reason ?? 'the status page could not be read'}`;
  }
  return { status: reading.status, line, ageSeconds: reading.ageSeconds, incidents };
}

/** What the engine may name from the status: incidents and affected ChatGPT components. */
export function statusContext(reading: StatusReading): Pick<TriageContext, 'incidents' | 'affectedComponents'> {
  return {
    incidents: reading.incidents.map((i) => ({ name: i.name, url: i.url, chatgpt: i.chatgpt, components: i.components })),
    affectedComponents: reading.chatgptComponents,
  };
}
