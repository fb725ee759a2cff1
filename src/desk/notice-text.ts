import { describeIncident } from '../incidents/describe-incident.ts';
import type { Incident } from '../incidents/incident-types.ts';

/** The text of a desk notice as reporters read it, rendered when the notice goes out. */
export const noticeText = {
  resolved(incident: Incident | null, now: number): string {
    const what = incident ? describeIncident(incident, now) : 'the incident you reported';
    return `✅ Resolved: ${what}. Reload ChatGPT and try again. If it still fails, reply here and we'll pick up the triage where we left it.`;
  },
  update(text: string): string {
    return `📣 Update from the desk: ${text}`;
  },
};
