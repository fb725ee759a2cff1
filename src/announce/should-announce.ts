import type { Incident, IncidentKind } from '../incidents/incident-types.ts';

/**
 * The incident kinds an announcement is for: failures whose fix is upstream, where nobody can do
 * anything on their side (a ChatGPT outage, the API's server errors). A network-local incident is
 * not announced: it is one office's network, for IT, and only its people are told.
 */
export const ANNOUNCED_KINDS: readonly IncidentKind[] = ['upstream', 'api'];

const isLive = (incident: Incident) => incident.state === 'open' || incident.state === 'acknowledged';

/**
 * Whether an incident's announcement is to be posted now (it has none yet): a live incident of an
 * announced kind that the desk acknowledged, or, with ANNOUNCE_ON_STATUS, a live ChatGPT outage
 * linked to an open incident of the status page. Once posted, the announcement is edited on every
 * change up to and including the resolve, whatever this says.
 */
export function shouldAnnounce(incident: Incident, options: { onStatus: boolean }): boolean {
  if (!ANNOUNCED_KINDS.includes(incident.kind) || !isLive(incident)) return false;
  if (incident.acknowledged) return true;
  return options.onStatus && incident.kind === 'upstream' && incident.statusIncidents.some((s) => s.resolvedAt === undefined);
}
