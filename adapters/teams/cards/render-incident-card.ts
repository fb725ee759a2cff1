import { describeIncident, describeNotifyProgress, placeLabel } from '../../../src/incidents/describe-incident.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import type { CardAction, CardElement } from './adaptive-card.ts';
import { BREAKDOWN_LABELS } from '../../shared/breakdown-labels.ts';
import { CARD_ACTIONS, type IncidentActionData, type UpdateFetchData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { cardTime } from './card-time.ts';
import { capList } from './cap-list.ts';
import { describeActor } from './describe-actor.ts';
import { describeTimelineEntry } from './describe-timeline-entry.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { KIND_TITLE } from '../../shared/kind-title.ts';
import { monospaceBlock } from './monospace-block.ts';
import { newCard } from './new-card.ts';
import { paragraphs } from './paragraphs.ts';
import { renderSparkline } from './render-sparkline.ts';
import { safeLink } from './safe-link.ts';
import { scaled } from './scaled.ts';
import { section } from './section.ts';
import { stateLight } from '../../shared/state-light.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/** Data (ids, places, names, actors) as escaped one-line text. */
const data = (text: string, max: number = CARD_LIMITS.line) => escapeTeamsMarkdown(fitText(text.replace(/\s+/g, ' ').trim(), max), { from: 'person' });
const who = (actor: string) => data(describeActor(actor));

function title(incident: Incident): string {
  return incident.kind === 'network_local' ? `${KIND_TITLE.network_local}: ${incident.placeName ?? placeLabel(incident.place)}` : KIND_TITLE[incident.kind];
}

function stateLine(incident: Incident, now: number): string {
  const parts: string[] = [];
  switch (incident.state) {
    case 'open':
      parts.push('**Open**: nobody on the desk has acknowledged it yet');
      break;
    case 'acknowledged': {
      const a = incident.acknowledged;
      parts.push(`**Acknowledged**${a ? ` by ${who(a.by)} at ${cardTime(a.at, 'time')}` : ''}`);
      break;
    }
    case 'resolved': {
      const r = incident.resolved;
      const why = r?.reason === 'status' ? ' (the status page resolved it)' : r?.reason === 'quiet' ? ' (no new reports)' : '';
      parts.push(`**Resolved**${r ? ` by ${who(r.by)} at ${cardTime(r.at, 'time')}${why}` : ''}`);
      break;
    }
    case 'merged':
      parts.push(`**Merged** into another incident${incident.mergedInto ? ` (${data(incident.mergedInto, 200)})` : ''}`);
      break;
  }
  if (incident.snoozed && incident.snoozed.until > now && (incident.state === 'open' || incident.state === 'acknowledged')) {
    parts.push(`💤 snoozed until ${cardTime(incident.snoozed.until, 'time')} by ${who(incident.snoozed.by)}`);
  }
  return parts.join(' · ');
}

/** One breakdown as a titled FactSet, largest first, ending in "…and N more". */
function breakdown(heading: string, counts: Record<string, number>, label: (key: string) => string, max: number, maxChars: number): CardElement | undefined {
  const entries = Object.entries(counts).filter(([, n]) => Number.isFinite(n) && n > 0);
  if (entries.length === 0) return undefined;
  entries.sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  const { shown, more } = capList(entries, max);
  const items: CardElement[] = [{ type: 'FactSet', facts: shown.map(([key, n]) => ({ title: data(label(key), maxChars), value: String(n) })) }];
  if (more) items.push(textBlock(more, { isSubtle: true }));
  return section(heading, items);
}

function actions(incident: Incident): CardAction[] {
  if (incident.state !== 'open' && incident.state !== 'acknowledged') return [];
  const target: IncidentActionData = { incidentId: incident.id };
  const update: UpdateFetchData = { msteams: { type: 'task/fetch' }, c500: CARD_ACTIONS.submits.incidentUpdate, incidentId: incident.id };
  return [
    ...(incident.state === 'open' ? [{ type: 'Action.Execute' as const, title: 'Acknowledge', style: 'positive' as const, verb: CARD_ACTIONS.verbs.incidentAck, data: target }] : []),
    { type: 'Action.Execute', title: 'Resolve', style: 'destructive', verb: CARD_ACTIONS.verbs.incidentResolve, data: target },
    { type: 'Action.Execute', title: `Snooze ${CARD_ACTIONS.snoozeMinutes} min`, verb: CARD_ACTIONS.verbs.incidentSnooze, data: target },
    { type: 'Action.Submit', title: 'Post update to reporters', data: update },
  ];
}

/**
 * The helpdesk card of one incident, with the Slack card's content: kind and state light in the
 * title, the summary (describeIncident), who acknowledged or resolved it and when, the counts,
 * first and last report (in each reader's timezone), breakdowns by network or site, surface and
 * symptom, the per-minute sparkline, the linked status-page incidents (https links only), the
 * latest desk update, the last timeline entries and the notice progress; then Acknowledge (while
 * open), Resolve, Snooze and Post update (a dialog) while the incident is live, none after.
 */
export function renderIncidentCard(incident: Incident, now: number): TeamsMessage {
  const light = stateLight(incident, now);
  const fallback = escapeTeamsMarkdown(
    fitText(`${light} ${title(incident)}: ${incident.reports} reports from ${incident.reporters} people (${incident.state})`, CARD_LIMITS.fallbackText),
    { from: 'person' },
  );
  return fitCard((scale) => {
    const line = scaled(CARD_LIMITS.line, scale, 80);
    const body: CardElement[] = [
      textBlock(`${light} ${data(title(incident), CARD_LIMITS.title)}`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
      textBlock(data(describeIncident(incident, now), scaled(CARD_LIMITS.paragraph, scale, 200))),
      textBlock(stateLine(incident, now), { spacing: 'Small' }),
      {
        type: 'FactSet',
        facts: [
          { title: 'Reports', value: String(incident.reports) },
          { title: 'Reporters', value: String(incident.reporters) },
          { title: 'Networks', value: String(incident.networks) },
          { title: 'Sites', value: String(incident.sites) },
        ],
      },
      textBlock(`First report ${cardTime(incident.openedAt)} · last report ${cardTime(incident.lastReportAt)}`, { isSubtle: true, spacing: 'Small' }),
    ];
    const max = scaled(8, scale, 1);
    const parts = [
      breakdown('By network', incident.breakdown.networks, (k) => BREAKDOWN_LABELS.networks[k] ?? k, max, line),
      breakdown('By site', incident.breakdown.sites, (k) => BREAKDOWN_LABELS.sites[k] ?? k, max, line),
      breakdown('By surface', incident.breakdown.surfaces, (k) => BREAKDOWN_LABELS.surfaces[k] ?? k, max, line),
      breakdown('By symptom', incident.breakdown.symptoms, (k) => BREAKDOWN_LABELS.symptoms[k] ?? k, max, line),
    ].filter((p): p is CardElement => p !== undefined);
    body.push(...parts);

    const spark = renderSparkline(incident.perMinute);
    if (spark.minutes > 0) {
      body.push(section(`Reports per minute (last ${spark.minutes} min, peak ${spark.peak}/min)`, [monospaceBlock(spark.line)]));
    }

    if (incident.statusIncidents.length > 0) {
      const { shown, more } = capList(incident.statusIncidents, scaled(5, scale, 1));
      const items = shown.map((s) => textBlock(`• ${safeLink(s.url, fitText(s.name, line))}${s.resolvedAt ? ' _(resolved)_' : ''}`));
      if (more) items.push(textBlock(more, { isSubtle: true }));
      body.push(section('Status page', items));
    }

    const lastNote = [...incident.timeline].reverse().find((e) => e.type === 'note');
    if (lastNote?.type === 'note') {
      const text = paragraphs(escapeTeamsMarkdown(fitText(lastNote.text, scaled(CARD_LIMITS.paragraph, scale, 200)), { from: 'person' }));
      body.push(textBlock(`📣 **Last update to reporters** (${who(lastNote.by)}, ${cardTime(lastNote.at, 'time')}): ${text}`, { spacing: 'Medium' }));
    }

    if (incident.timeline.length > 0) {
      const keep = scaled(5, scale, 1);
      const latest = incident.timeline.slice(-keep);
      const earlier = incident.timeline.length - latest.length;
      const items = [
        ...(earlier > 0 ? [textBlock(`…${earlier} earlier ${earlier === 1 ? 'entry' : 'entries'}`, { isSubtle: true })] : []),
        ...latest.map((e) => textBlock(describeTimelineEntry(e), { isSubtle: true, spacing: 'None' })),
      ];
      body.push(section('Timeline', items));
    }

    if (incident.notify) {
      body.push(textBlock(`📨 ${escapeTeamsMarkdown(describeNotifyProgress(incident.notify), { from: 'bot' })}`, { spacing: 'Medium' }));
    }
    return { text: fallback, card: newCard(body, { actions: actions(incident), fallbackText: fallback, fullWidth: true }) };
  });
}
