import { describeIncident } from '../../../src/incidents/describe-incident.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { cardTime } from './card-time.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { safeLink } from './safe-link.ts';
import { stateLight } from '../../shared/state-light.ts';

const STATE_SUFFIX: Readonly<Record<Incident['state'], string>> = { open: '', acknowledged: ' · acknowledged', resolved: ' · resolved', merged: ' · merged' };

/** One incident as one line (escaped markdown), as Slack's list: light, what, counts, since when, the status link. */
export function incidentLine(incident: Incident, now: number, maxChars: number = CARD_LIMITS.line): string {
  const status = incident.statusIncidents[0];
  const link = status?.url ? ` · ${safeLink(status.url, 'status page')}` : '';
  const what = escapeTeamsMarkdown(fitText(describeIncident(incident, now).replace(/\s+/g, ' ').trim(), maxChars), { from: 'person' });
  return `${stateLight(incident, now)} ${what} · ${incident.reports} reports · since ${cardTime(incident.openedAt)}${STATE_SUFFIX[incident.state]}${link}`;
}
