import { BREAKDOWN_LABELS } from '../shared/breakdown-labels.ts';
import { KIND_TITLE } from '../shared/kind-title.ts';
import { stateLight } from '../shared/state-light.ts';
import { describeIncident, describeNotifyProgress, placeLabel } from '../../src/incidents/describe-incident.ts';
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

function stateLine(incident: Incident, now: number): string {
  const parts: string[] = [];
  switch (incident.state) {
    case 'open':
      parts.push('*Open*: nobody on the desk has acknowledged it yet');
      break;
    case 'acknowledged':
      parts.push(`*Acknowledged*${incident.acknowledged ? ` by ${slackActor.label(incident.acknowledged.by)} at ${slackDate(incident.acknowledged.at, '{time}')}` : ''}`);
      break;
    case 'resolved': {
      const r = incident.resolved;
      const why = r?.reason === 'status' ? ' (the status page resolved it)' : r?.reason === 'quiet' ? ' (no new reports)' : '';
      parts.push(`*Resolved*${r ? ` by ${slackActor.label(r.by)} at ${slackDate(r.at, '{time}')}${why}` : ''}`);
      break;
    }
    case 'merged':
      parts.push(`*Merged* into another incident${incident.mergedInto ? ` (${escapeMrkdwn(incident.mergedInto, { from: 'person' })})` : ''}`);
      break;
  }
  if (incident.snoozed && incident.snoozed.until > now && (incident.state === 'open' || incident.state === 'acknowledged')) {
    parts.push(`💤 snoozed until ${slackDate(incident.snoozed.until, '{time}')} by ${slackActor.label(incident.snoozed.by)}`);
  }
  return parts.join(' · ');
}

/** "label: n" lines, largest first, ending in "…and N more". */
function breakdown(title: string, counts: Record<string, number>, label: (key: string) => string): string | undefined {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return undefined;
  entries.sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  const lines = entries.map(([key, n]) => `• ${escapeMrkdwn(label(key), { from: 'person' })}: ${n}`);
  return `*${title}*\n${fitLines(lines, { maxChars: BLOCK_LIMITS.fieldText - title.length - 4, maxLines: BREAKDOWN_LINES })}`;
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
 * incidents and the latest desk update, then the desk's buttons while the incident is live.
 */
export function renderIncidentCard(incident: Incident, now: number): SlackMessage {
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  const title = incident.kind === 'network_local' ? `${KIND_TITLE.network_local}: ${incident.placeName ?? placeLabel(incident.place)}` : KIND_TITLE[incident.kind];
  const summary = describeIncident(incident, now);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fitText(`${stateLight(incident, now)} ${title}`, BLOCK_LIMITS.headerText), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: fitText(`${escapeMrkdwn(summary, { from: 'person' })}\n${stateLine(incident, now)}`, BLOCK_LIMITS.sectionText) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Reports*\n${incident.reports}` },
        { type: 'mrkdwn', text: `*Reporters*\n${incident.reporters}` },
        { type: 'mrkdwn', text: `*Networks*\n${incident.networks}` },
        { type: 'mrkdwn', text: `*Sites*\n${incident.sites}` },
        { type: 'mrkdwn', text: `*First report*\n${slackDate(incident.openedAt)}` },
        { type: 'mrkdwn', text: `*Last report*\n${slackDate(incident.lastReportAt)}` },
      ],
    },
  ];
  const fields = [
    breakdown('By network', incident.breakdown.networks, (k) => BREAKDOWN_LABELS.networks[k] ?? k),
    breakdown('By site', incident.breakdown.sites, (k) => BREAKDOWN_LABELS.sites[k] ?? k),
    breakdown('By surface', incident.breakdown.surfaces, (k) => BREAKDOWN_LABELS.surfaces[k] ?? k),
    breakdown('By symptom', incident.breakdown.symptoms, (k) => BREAKDOWN_LABELS.symptoms[k] ?? k),
  ].filter((f): f is string => f !== undefined);
  if (fields.length > 0) blocks.push({ type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn' as const, text: fitText(f, BLOCK_LIMITS.fieldText) })) });
  const spark = renderSparkline(incident.perMinute);
  if (spark.minutes > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Reports per minute* (last ${spark.minutes} min, peak ${spark.peak}/min)\n\`${spark.line}\`` } });
  }
  if (incident.statusIncidents.length > 0) {
    const lines = incident.statusIncidents.map((s) => `• ${safeLink(s.url, s.name)}${s.resolvedAt ? ' _(resolved)_' : ''}`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Status page*\n${fitLines(lines, { maxChars: BLOCK_LIMITS.sectionText - 20, maxLines: 5 })}` } });
  }
  const lastNote = [...incident.timeline].reverse().find((e) => e.type === 'note');
  if (lastNote?.type === 'note') {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: fitText(`📣 Last update to reporters (${slackActor.label(lastNote.by)}, ${slackDate(lastNote.at, '{time}')}): ${escapeMrkdwn(lastNote.text, { from: 'person' })}`, BLOCK_LIMITS.contextText) }],
    });
  }
  if (incident.notify) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitText(`📨 ${escapeMrkdwn(describeNotifyProgress(incident.notify), { from: 'bot' })}`, BLOCK_LIMITS.contextText) }] });
  }
  if (live) {
    const elements = [
      ...(incident.state === 'open' ? [button(ACTION_IDS.incidentAck, 'Acknowledge', incident.id, 'primary')] : []),
      button(ACTION_IDS.incidentResolve, 'Resolve', incident.id, 'danger'),
      button(ACTION_IDS.incidentSnooze, `Snooze ${SNOOZE_MINUTES} min`, incident.id),
      button(ACTION_IDS.incidentUpdate, 'Post update to reporters', incident.id),
    ];
    blocks.push({ type: 'actions', block_id: `c500.incident.${fitText(incident.id, 200)}`, elements });
  }
  const fallback = `${stateLight(incident, now)} ${title}: ${incident.reports} reports from ${incident.reporters} people (${incident.state})`;
  return { text: fitText(text(fallback), BLOCK_LIMITS.fallbackText), blocks: capBlocks(blocks, BLOCK_LIMITS.messageBlocks) };
}
