import { describeIncident, describeNotifyProgress, placeLabel } from '../../src/incidents/describe-incident.ts';
import type { Incident, IncidentKind, TimelineEntry } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { BRANCH_LABEL } from '../shared/branch-label.ts';
import { reportsFiled } from '../../src/evidence/report/reports-filed.ts';
import type { IncidentView, TimelineDetail } from './incident-board.port.ts';
import { incidentSeverity } from '../../src/incidents/incident-severity.ts';
import type { ComponentStatus } from '../../src/status/status-model.ts';

const KIND_NAMES: Record<IncidentKind, string> = { upstream: 'ChatGPT outage', network_local: 'network problem', api: 'OpenAI API errors' };

const iso = (ms: number) => new Date(ms).toISOString();
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
/** A place is a site when one was given, else a network. */
const places = (n: number) => `${n} ${n === 1 ? 'place (network or site)' : 'places (networks or sites)'}`;

/**
 * The incident service's record as the board and the JSON API show it. The title is the same line
 * the chat cards and the CLI use (describeIncident), in the desk's language `m` (DESK_LOCALE);
 * minutes run to `now` while it is live.
 */
export function toIncidentView(incident: Incident, now: number, m?: Messages, statusImpact?: ComponentStatus): IncidentView {
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  const statusLinked = live && incident.statusIncidents.some((link) => link.resolvedAt === undefined);
  const view: IncidentView = {
    id: incident.id,
    kind: incident.kind,
    title: describeIncident(incident, now, m),
    state: incident.state,
    reporters: incident.reporters,
    reports: incident.reports,
    places: incident.places,
    networks: incident.networks,
    sites: incident.sites,
    breakdowns: {
      network: { ...incident.breakdown.networks },
      site: { ...incident.breakdown.sites },
      surface: { ...incident.breakdown.surfaces },
      symptom: { ...incident.breakdown.symptoms },
    },
    perMinute: incident.perMinute.map((p) => ({ minute: iso(p.at), count: p.reports })),
    timeline: incident.timeline.map((entry) => ({ at: iso(entry.at), type: entry.type, text: timelineText(entry), detail: timelineDetail(entry) })),
    openedAt: iso(incident.openedAt),
    firstReportAt: iso(incident.perMinute[0]?.at ?? incident.openedAt),
    lastReportAt: iso(incident.lastReportAt),
    reached: incident.reached ?? 0,
    statusIncidents: incident.statusIncidents.map((link) => ({ name: link.name, ...(link.url ? { url: link.url } : {}), resolved: link.resolvedAt !== undefined })),
    severity: incidentSeverity({ reporters: incident.reporters, networks: incident.networks, statusLinked, ...(statusLinked && statusImpact ? { statusImpact } : {}) }),
  };
  if (incident.snoozed && incident.snoozed.until > now && live) Object.assign(view, { snoozedBy: incident.snoozed.by, snoozedUntil: iso(incident.snoozed.until) });
  const resolvedEntry = incident.timeline.findLast((entry) => entry.type === 'resolved');
  if (resolvedEntry?.type === 'resolved' && resolvedEntry.note) view.resolveNote = resolvedEntry.note;
  if (incident.place) view.place = incident.placeName ?? placeLabel(incident.place, m);
  const link = incident.statusIncidents[0];
  if (link) view.statusIncident = link.url ? { name: link.name, url: link.url } : { name: link.name };
  if (incident.acknowledged) Object.assign(view, { acknowledgedBy: incident.acknowledged.by, acknowledgedAt: iso(incident.acknowledged.at) });
  if (incident.resolved) Object.assign(view, { resolvedBy: incident.resolved.by, resolvedAt: iso(incident.resolved.at) });
  const filed = reportsFiled(incident);
  if (filed.length > 0) view.reportsFiled = filed;
  if (incident.notify) view.notified = { ...incident.notify, text: describeNotifyProgress(incident.notify, m) };
  return view;
}

/** The entry's facts (times as ISO 8601), so the board writes the line in its own language; `text` is the English line. */
function timelineDetail(entry: TimelineEntry): TimelineDetail {
  const { at: _at, type: _type, ...detail } = entry;
  return 'until' in detail ? { ...detail, until: iso(detail.until) } : detail;
}

const RESOLVE_REASONS = { desk: '', status: ' (the status page incident resolved)', quiet: ' (no new reports for a while)', merged: ' (merged into another incident)' };

function timelineText(entry: TimelineEntry): string {
  switch (entry.type) {
    case 'opened':
      return `Opened ${entry.reason === 'status' ? 'from the status page' : 'from reports'}: ${people(entry.reporters)} in ${places(entry.places)}`;
    case 'threshold':
      return `Grew to ${entry.reporters !== undefined ? people(entry.reporters) : 'more people'}${entry.places !== undefined ? ` in ${places(entry.places)}` : ''}`;
    case 'kind_changed':
      return `Now a ${KIND_NAMES[entry.to]} (was a ${KIND_NAMES[entry.from]})`;
    case 'absorbed':
      return `Took in incident ${entry.incidentId}${entry.place ? ` (${placeLabel(entry.place)})` : ''}`;
    case 'merged':
      return `Merged into incident ${entry.into}`;
    case 'status_linked':
      return `Status page: ${entry.name}`;
    case 'status_resolved':
      return 'The status page incident resolved';
    case 'left':
      return `A reporter left the count${entry.branch ? ` (their verdict: ${BRANCH_LABEL[entry.branch]})` : ''}: ${people(entry.reporters)} now`;
    case 'acknowledged':
      return `Acknowledged by ${entry.by}`;
    case 'snoozed':
      return `Snoozed by ${entry.by} until ${iso(entry.until).slice(11, 16)} UTC`;
    case 'note':
      return `${entry.by}: ${entry.text}`;
    case 'resolved':
      return `Resolved by ${entry.by}${RESOLVE_REASONS[entry.reason]}${entry.note ? `: ${entry.note}` : ''}`;
  }
}
