import { incidentTexts } from '../../shared/incident-texts.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { describeState } from '../../shared/describe-state.ts';
import { moreLine } from '../../shared/more-line.ts';
import type { CardAction, CardElement } from './adaptive-card.ts';
import { BREAKDOWN_HEADING, breakdownLabel, type BreakdownDimension } from '../../shared/breakdown-labels.ts';
import { CARD_ACTIONS, type IncidentActionData, type UpdateFetchData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { cardTime } from './card-time.ts';
import { capList } from './cap-list.ts';
import { describeActor } from './describe-actor.ts';
import { describeTimelineEntry } from './describe-timeline-entry.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { kindTitle } from '../../shared/kind-title.ts';
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
const who = (actor: string, m: Messages) => data(describeActor(actor, m));

function title(incident: Incident, m: Messages): string {
  return incident.kind === 'network_local' ? `${kindTitle(m, 'network_local')}: ${incident.placeName ?? incidentTexts.place(incident.place, m)}` : kindTitle(m, incident.kind);
}

function stateLine(incident: Incident, now: number, m: Messages): string {
  const parts: string[] = [];
  const byAt = (by: string, at: number) => ` ${m.t('chat.card.by_at', { who: who(by, m), time: cardTime(at, 'time') })}`;
  switch (incident.state) {
    case 'open':
      parts.push(`**${m.t('chat.card.open')}**: ${m.t('chat.card.open_detail')}`);
      break;
    case 'acknowledged': {
      const a = incident.acknowledged;
      parts.push(`**${m.t('chat.card.acknowledged')}**${a ? byAt(a.by, a.at) : ''}`);
      break;
    }
    case 'resolved': {
      const r = incident.resolved;
      const why = r?.reason === 'status' ? ` ${m.t('chat.card.resolved_by_status')}` : r?.reason === 'quiet' ? ` ${m.t('chat.card.resolved_quiet')}` : '';
      parts.push(`**${m.t('chat.card.resolved')}**${r ? `${byAt(r.by, r.at)}${why}` : ''}`);
      break;
    }
    case 'merged':
      parts.push(`**${m.t('chat.card.merged')}** ${m.t('chat.card.merged_into')}${incident.mergedInto ? ` (${data(incident.mergedInto, 200)})` : ''}`);
      break;
  }
  if (incident.snoozed && incident.snoozed.until > now && (incident.state === 'open' || incident.state === 'acknowledged')) {
    parts.push(`💤 ${m.t('chat.card.snoozed', { time: cardTime(incident.snoozed.until, 'time'), who: who(incident.snoozed.by, m) })}`);
  }
  return parts.join(' · ');
}

/** One breakdown as a titled FactSet, largest first, ending in "…and N more". */
function breakdown(dimension: BreakdownDimension, counts: Record<string, number>, m: Messages, max: number, maxChars: number): CardElement | undefined {
  const entries = Object.entries(counts).filter(([, n]) => Number.isFinite(n) && n > 0);
  if (entries.length === 0) return undefined;
  entries.sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  const { shown, more } = capList(entries, max, moreLine(m));
  const items: CardElement[] = [{ type: 'FactSet', facts: shown.map(([key, n]) => ({ title: data(breakdownLabel(m, dimension, key), maxChars), value: String(n) })) }];
  if (more) items.push(textBlock(more, { isSubtle: true }));
  return section(m.t(BREAKDOWN_HEADING[dimension]), items);
}

function actions(incident: Incident, m: Messages): CardAction[] {
  if (incident.state !== 'open' && incident.state !== 'acknowledged') return [];
  const target: IncidentActionData = { incidentId: incident.id };
  const update: UpdateFetchData = { msteams: { type: 'task/fetch' }, c500: CARD_ACTIONS.submits.incidentUpdate, incidentId: incident.id };
  return [
    ...(incident.state === 'open' ? [{ type: 'Action.Execute' as const, title: m.t('chat.card.acknowledge'), style: 'positive' as const, verb: CARD_ACTIONS.verbs.incidentAck, data: target }] : []),
    { type: 'Action.Execute', title: m.t('chat.card.resolve'), style: 'destructive', verb: CARD_ACTIONS.verbs.incidentResolve, data: target },
    { type: 'Action.Execute', title: m.t('chat.card.snooze', { minutes: CARD_ACTIONS.snoozeMinutes }), verb: CARD_ACTIONS.verbs.incidentSnooze, data: target },
    { type: 'Action.Submit', title: m.t('chat.card.post_update'), data: update },
  ];
}

/**
 * The helpdesk card of one incident, with the Slack card's content: kind and state light in the
 * title, the summary (describeIncident), who acknowledged or resolved it and when, the counts,
 * first and last report (in each reader's timezone), breakdowns by network or site, surface and
 * symptom, the per-minute sparkline, the linked status-page incidents (https links only), the
 * latest desk update, the last timeline entries and the notice progress; then Acknowledge (while
 * open), Resolve, Snooze and Post update (a dialog) while the incident is live, none after. In
 * the desk's language (`m`: DESK_LOCALE).
 */
export function renderIncidentCard(incident: Incident, now: number, m: Messages): TeamsMessage {
  const light = stateLight(incident, now);
  const heading = title(incident, m);
  const counts = m.t('chat.card.fallback', { title: heading, count: incident.reports, reporters: m.t('chat.people', { count: incident.reporters }), state: describeState(m, incident.state) });
  const fallback = escapeTeamsMarkdown(
    fitText(`${light} ${counts}`, CARD_LIMITS.fallbackText),
    { from: 'person' },
  );
  return fitCard((scale) => {
    const line = scaled(CARD_LIMITS.line, scale, 80);
    const body: CardElement[] = [
      textBlock(`${light} ${data(heading, CARD_LIMITS.title)}`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
      textBlock(data(incidentTexts.describe(incident, now, m), scaled(CARD_LIMITS.paragraph, scale, 200))),
      textBlock(stateLine(incident, now, m), { spacing: 'Small' }),
      {
        type: 'FactSet',
        facts: [
          { title: m.t('chat.card.reports'), value: String(incident.reports) },
          { title: m.t('chat.card.reporters'), value: String(incident.reporters) },
          { title: m.t('chat.card.networks'), value: String(incident.networks) },
          { title: m.t('chat.card.sites'), value: String(incident.sites) },
        ],
      },
      textBlock(m.t('teams.card.first_last', { first: cardTime(incident.openedAt), last: cardTime(incident.lastReportAt) }), { isSubtle: true, spacing: 'Small' }),
    ];
    const max = scaled(8, scale, 1);
    const parts = [
      breakdown('networks', incident.breakdown.networks, m, max, line),
      breakdown('sites', incident.breakdown.sites, m, max, line),
      breakdown('surfaces', incident.breakdown.surfaces, m, max, line),
      breakdown('symptoms', incident.breakdown.symptoms, m, max, line),
    ].filter((p): p is CardElement => p !== undefined);
    body.push(...parts);

    const spark = renderSparkline(incident.perMinute);
    if (spark.minutes > 0) {
      body.push(section(`${m.t('chat.card.per_minute')} ${m.t('chat.card.per_minute_detail', { minutes: spark.minutes, peak: spark.peak })}`, [monospaceBlock(spark.line)]));
    }

    if (incident.statusIncidents.length > 0) {
      const { shown, more } = capList(incident.statusIncidents, scaled(5, scale, 1), moreLine(m));
      const items = shown.map((s) => textBlock(`• ${safeLink(s.url, fitText(s.name, line))}${s.resolvedAt ? ` _(${m.t('chat.state.resolved')})_` : ''}`));
      if (more) items.push(textBlock(more, { isSubtle: true }));
      body.push(section(m.t('chat.card.status_page'), items));
    }

    const lastNote = [...incident.timeline].reverse().find((e) => e.type === 'note');
    if (lastNote?.type === 'note') {
      const text = paragraphs(escapeTeamsMarkdown(fitText(lastNote.text, scaled(CARD_LIMITS.paragraph, scale, 200)), { from: 'person' }));
      body.push(textBlock(`📣 **${m.t('chat.card.last_update')}** (${who(lastNote.by, m)}, ${cardTime(lastNote.at, 'time')}): ${text}`, { spacing: 'Medium' }));
    }

    if (incident.timeline.length > 0) {
      const keep = scaled(5, scale, 1);
      const latest = incident.timeline.slice(-keep);
      const earlier = incident.timeline.length - latest.length;
      const items = [
        ...(earlier > 0 ? [textBlock(m.t('teams.card.earlier', { count: earlier }), { isSubtle: true })] : []),
        ...latest.map((e) => textBlock(describeTimelineEntry(e, m), { isSubtle: true, spacing: 'None' })),
      ];
      body.push(section(m.t('teams.card.timeline'), items));
    }

    if (incident.notify) {
      body.push(textBlock(`📨 ${escapeTeamsMarkdown(incidentTexts.progress(incident.notify, m), { from: 'bot' })}`, { spacing: 'Medium' }));
    }
    return { text: fallback, card: newCard(body, { actions: actions(incident, m), fallbackText: fallback, fullWidth: true }) };
  }, m);
}
