import { incidentTexts } from '../../shared/incident-texts.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { describeState } from '../../shared/describe-state.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { cardTime } from './card-time.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { safeLink } from './safe-link.ts';
import { stateLight } from '../../shared/state-light.ts';

/** One incident as one line (escaped markdown), as Slack's list: light, what, counts, since when, the status link. */
export function incidentLine(incident: Incident, now: number, m: Messages, maxChars: number = CARD_LIMITS.line): string {
  const status = incident.statusIncidents[0];
  const link = status?.url ? ` · ${safeLink(status.url, m.t('chat.incident.status_link'))}` : '';
  const state = incident.state === 'open' ? '' : ` · ${describeState(m, incident.state)}`;
  const reports = m.t('chat.incident.reports', { count: incident.reports });
  const what = escapeTeamsMarkdown(fitText(incidentTexts.describe(incident, now, m).replace(/\s+/g, ' ').trim(), maxChars), { from: 'person' });
  return `${stateLight(incident, now)} ${what} · ${reports} · ${m.t('chat.incident.since', { date: cardTime(incident.openedAt) })}${state}${link}`;
}
