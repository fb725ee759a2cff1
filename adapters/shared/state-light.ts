import type { Incident, IncidentState } from '../../src/incidents/incident-types.ts';

const STATE_LIGHT: Readonly<Record<IncidentState, string>> = {
  open: '🔴',
  acknowledged: '🟠',
  resolved: '✅',
  merged: '⚪',
};

/**
 * The state "light" in front of an incident's title on every platform: 🔴 open,
 * 🟠 acknowledged, ✅ resolved, ⚪ merged; 💤 while a live incident is snoozed, so the helpdesk
 * channel shows at a glance which cards nobody needs to look at right now.
 */
export function stateLight(incident: Pick<Incident, 'state' | 'snoozed'>, now: number): string {
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  if (live && incident.snoozed && incident.snoozed.until > now) return '💤';
  return STATE_LIGHT[incident.state];
}
