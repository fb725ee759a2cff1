import { BREAKDOWN_HEADING, breakdownLabel, type BreakdownDimension } from '../shared/breakdown-labels.ts';
import { describeState } from '../shared/describe-state.ts';
import { kindTitle } from '../shared/kind-title.ts';
import { moreLine } from '../shared/more-line.ts';
import { stateLight } from '../shared/state-light.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { incidentTexts } from '../shared/incident-texts.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { capBlocks } from './cap-blocks.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import { fitText } from './fit-text.ts';
import { renderSparkline } from './render-sparkline.ts';
import { safeLink } from './safe-link.ts';
import { slackActor } from './slack-actor.ts';
import { slackDate } from './slack-date.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/** Minutes a "Snooze" click snoozes the incident for. */
export const SNOOZE_MINUTES = 30;

/** Lines of one breakdown shown before "…and N more". */
const BREAKDOWN_LINES = 8;




const text = (t: string) => escapeMrkdwn(t, { from: 'bot' });

function stateLine(incident: Incident, now: number, m: Messages): string {
  const parts: string[] = [];
  const byAt = (by: string, at: number) => ` ${m.t('chat.card.by_at', { who: slackActor.label(by), time: slackDate(at, '{time}') })}`;
  switch (incident.state) {
    case 'open':
      parts.push(`*${m.t('chat.card.open')}*: ${m.t('chat.card.open_detail')}`);
      break;
    case 'acknowledged':
      parts.push(`*${m.t('chat.card.acknowledged')}*${incident.acknowledged ? byAt(incident.acknowledged.by, incident.acknowledged.at) : ''}`);
      break;
    case 'resolved': {
      const r = incident.resolved;
      const why = r?.reason === 'status' ? ` ${m.t('chat.card.resolved_by_status')}` : r?.reason === 'quiet' ? ` ${m.t('chat.card.resolved_quiet')}` : '';
      parts.push(`*${m.t('chat.card.resolved')}*${r ? `${byAt(r.by, r.at)}${why}` : ''}`);
      break;
    }
    case 'merged':
      parts.push(`*${m.t('chat.card.merged')}* ${m.t('chat.card.merged_into')}${incident.mergedInto ? ` (${escapeMrkdwn(incident.mergedInto, { from: 'person' })})` : ''}`);
      break;
  }
  if (incident.snoozed && incident.snoozed.until > now && (incident.state === 'open' || incident.state === 'acknowledged')) {
    parts.push(`💤 ${m.t('chat.card.snoozed', { time: slackDate(incident.snoozed.until, '{time}'), who: slackActor.label(incident.snoozed.by) })}`);
  }
  return parts.join(' · ');
}

/** "label: n" lines, largest first, ending in "…and N more". */
function breakdown(dimension: BreakdownDimension, counts: Record<string, number>, m: Messages): string | undefined {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return undefined;
  entries.sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  const title = m.t(BREAKDOWN_HEADING[dimension]);
  const lines = entries.map(([key, n]) => `• ${escapeMrkdwn(breakdownLabel(m, dimension, key), { from: 'person' })}: ${n}`);
  return `*${title}*\n${fitLines(lines, { maxChars: BLOCK_LIMITS.fieldText - title.length - 4, maxLines: BREAKDOWN_LINES, more: moreLine(m) })}`;
}

function button(actionId: string, label: string, incidentId: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text: label, emoji: true },
    value: actionValue.encodeIncident({ incidentId }),
    ...(style ? { style } : {}),
  };
}

/**
 * The helpdesk card of one incident: kind and state in the header, counts, first and last report,
 * breakdowns by network or site, surface and symptom, the per-minute sparkline, the linked status
 * incidents and the latest desk update, then the desk's buttons while the incident is live. In
 * the desk's language (`m`: DESK_LOCALE).
 */
export function renderIncidentCard(incident: Incident, now: number, m: Messages): SlackMessage {
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  const title = incident.kind === 'network_local' ? `${kindTitle(m, 'network_local')}: ${incident.placeName ?? incidentTexts.place(incident.place, m)}` : kindTitle(m, incident.kind);
  const summary = incidentTexts.describe(incident, now, m);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fitText(`${stateLight(incident, now)} ${title}`, BLOCK_LIMITS.headerText), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: fitText(`${escapeMrkdwn(summary, { from: 'person' })}\n${stateLine(incident, now, m)}`, BLOCK_LIMITS.sectionText) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*${m.t('chat.card.reports')}*\n${incident.reports}` },
        { type: 'mrkdwn', text: `*${m.t('chat.card.reporters')}*\n${incident.reporters}` },
        { type: 'mrkdwn', text: `*${m.t('chat.card.networks')}*\n${incident.networks}` },
        { type: 'mrkdwn', text: `*${m.t('chat.card.sites')}*\n${incident.sites}` },
        { type: 'mrkdwn', text: `*${m.t('chat.card.first_report')}*\n${slackDate(incident.openedAt)}` },
        { type: 'mrkdwn', text: `*${m.t('chat.card.last_report')}*\n${slackDate(incident.lastReportAt)}` },
      ],
    },
  ];
  const fields = [
    breakdown('networks', incident.breakdown.networks, m),
    breakdown('sites', incident.breakdown.sites, m),
    breakdown('surfaces', incident.breakdown.surfaces, m),
    breakdown('symptoms', incident.breakdown.symptoms, m),
  ].filter((f): f is string => f !== undefined);
  if (fields.length > 0) blocks.push({ type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn' as const, text: fitText(f, BLOCK_LIMITS.fieldText) })) });
  const spark = renderSparkline(incident.perMinute);
  if (spark.minutes > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${m.t('chat.card.per_minute')}* ${m.t('chat.card.per_minute_detail', { minutes: spark.minutes, peak: spark.peak })}\n\`${spark.line}\`` } });
  }
  if (incident.statusIncidents.length > 0) {
    const lines = incident.statusIncidents.map((s) => `• ${safeLink(s.url, s.name)}${s.resolvedAt ? ` _(${m.t('chat.state.resolved')})_` : ''}`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${m.t('chat.card.status_page')}*\n${fitLines(lines, { maxChars: BLOCK_LIMITS.sectionText - 20, maxLines: 5, more: moreLine(m) })}` } });
  }
  const lastNote = [...incident.timeline].reverse().find((e) => e.type === 'note');
  if (lastNote?.type === 'note') {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: fitText(`📣 ${m.t('chat.card.last_update')} (${slackActor.label(lastNote.by)}, ${slackDate(lastNote.at, '{time}')}): ${escapeMrkdwn(lastNote.text, { from: 'person' })}`, BLOCK_LIMITS.contextText) }],
    });
  }
  if (incident.notify) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitText(`📨 ${escapeMrkdwn(incidentTexts.progress(incident.notify, m), { from: 'bot' })}`, BLOCK_LIMITS.contextText) }] });
  }
  if (live) {
    const elements = [
      ...(incident.state === 'open' ? [button(ACTION_IDS.incidentAck, m.t('chat.card.acknowledge'), incident.id, 'primary')] : []),
      button(ACTION_IDS.incidentResolve, m.t('chat.card.resolve'), incident.id, 'danger'),
      button(ACTION_IDS.incidentSnooze, m.t('chat.card.snooze', { minutes: SNOOZE_MINUTES }), incident.id),
      button(ACTION_IDS.incidentUpdate, m.t('chat.card.post_update'), incident.id),
    ];
    blocks.push({ type: 'actions', block_id: `c500.incident.${fitText(incident.id, 200)}`, elements });
  }
  const fallback = `${stateLight(incident, now)} ${m.t('chat.card.fallback', { title, count: incident.reports, reporters: m.t('chat.people', { count: incident.reporters }), state: describeState(m, incident.state) })}`;
  return { text: fitText(text(fallback), BLOCK_LIMITS.fallbackText), blocks: capBlocks(blocks, BLOCK_LIMITS.messageBlocks, m) };
}
