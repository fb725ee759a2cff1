import type { Incident } from '../../incidents/incident-types.ts';

/** The `by` of the timeline note that links a filed support report to its incident: `report:<conversation id>`. */
export const REPORT_NOTE_ACTOR = 'report:';

/**
 * The conversations of an incident that filed a support report, oldest first, read from the
 * incident's timeline notes (desk.report writes one per conversation, on its first filing).
 * The timeline keeps the last 500 entries: on a very long incident the oldest may be gone.
 */
export function reportsFiled(incident: Pick<Incident, 'timeline'>): string[] {
  const ids = incident.timeline.flatMap((e) => (e.type === 'note' && e.by.startsWith(REPORT_NOTE_ACTOR) ? [e.by.slice(REPORT_NOTE_ACTOR.length)] : []));
  return [...new Set(ids)];
}
