import { incidentTexts } from '../shared/incident-texts.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { describeState } from '../shared/describe-state.ts';
import { moreLine } from '../shared/more-line.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import { safeLink } from './safe-link.ts';
import { slackDate } from './slack-date.ts';
import type { Block } from './slack-message.ts';

const LIGHT: Readonly<Record<Incident['state'], string>> = { open: '🔴', acknowledged: '🟠', resolved: '✅', merged: '⚪' };

/** One incident as one line: state light, what it is, counts, since when, the status link. */
export function incidentLine(incident: Incident, now: number, m: Messages): string {
  const status = incident.statusIncidents[0];
  const link = status?.url ? ` · ${safeLink(status.url, m.t('chat.incident.status_link'))}` : '';
  const state = incident.state === 'open' ? '' : ` · ${describeState(m, incident.state)}`;
  const reports = m.t('chat.incident.reports', { count: incident.reports });
  return `${LIGHT[incident.state]} ${escapeMrkdwn(incidentTexts.describe(incident, now, m), { from: 'person' })} · ${reports} · ${m.t('chat.incident.since', { date: slackDate(incident.openedAt) })}${state}${link}`;
}

/**
 * A titled list of incidents in one section ("…and N more" past `maxLines` or the section's
 * limit), or the `empty` line.
 */
export function renderIncidentList(input: { title: string; incidents: readonly Incident[]; now: number; empty: string; maxLines?: number; m: Messages }): Block[] {
  const lines = input.incidents.map((i) => incidentLine(i, input.now, input.m));
  const body = lines.length > 0 ? fitLines(lines, { maxChars: BLOCK_LIMITS.sectionText - input.title.length - 1, maxLines: input.maxLines ?? 15, more: moreLine(input.m) }) : `_${input.empty}_`;
  return [{ type: 'section', text: { type: 'mrkdwn', text: `${input.title}\n${body}` } }];
}
