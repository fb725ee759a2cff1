import type { Incident } from './incident-types.ts';

const live = (incident: Incident) => incident.state === 'open' || incident.state === 'acknowledged';

/** Live incidents first, then newest opened first (ties by id, for a stable order). */
export function sortIncidents(incidents: Incident[]): Incident[] {
  return [...incidents].sort((a, b) => Number(live(b)) - Number(live(a)) || b.openedAt - a.openedAt || a.id.localeCompare(b.id));
}
