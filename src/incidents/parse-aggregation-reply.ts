import type { BranchId } from '../triage/branches.ts';
import type { FactValue } from '../triage/fact-values.ts';
import type {
  CrowdReading,
  Incident,
  IncidentBreakdown,
  IncidentChange,
  IncidentKind,
  IncidentState,
  Report,
  ReportClass,
  ResolveReason,
  StatusLink,
  TimelineEntry,
} from './incident-types.ts';
import { rawNumber } from './raw-number.ts';

/** A Redis hash as the script returns it (an empty Lua table arrives as `{}`). */
export type RawHash = Record<string, string>;

/** An incident as the script returns it: its hashes and lists, unparsed. */
export interface RawIncident {
  fields: RawHash;
  by: RawHash;
  min: RawHash;
  timeline: string[] | Record<string, never>;
  status: string[] | Record<string, never>;
}

/** cjson encodes an empty Lua table as `{}`, also where a list was meant. */
export const asArray = <T>(value: T[] | Record<string, never> | undefined): T[] => (Array.isArray(value) ? value : []);

const optional = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

function breakdownOf(by: RawHash): IncidentBreakdown {
  const breakdown: IncidentBreakdown = { places: {}, localPlaces: {}, surfaces: {}, symptoms: {} };
  const tables: Record<string, Record<string, number>> = { g: breakdown.places, l: breakdown.localPlaces, s: breakdown.surfaces, y: breakdown.symptoms };
  for (const [field, count] of Object.entries(by)) {
    const table = tables[field.slice(0, 1)];
    if (table && field[1] === ':') table[field.slice(2)] = Number(count);
  }
  return breakdown;
}

export function parseIncident(raw: RawIncident): Incident {
  const f = raw.fields;
  const incident: Incident = {
    id: f.id ?? '',
    kind: f.kind as IncidentKind,
    state: f.state as IncidentState,
    openedAt: rawNumber(f.openedAt),
    openedBy: f.openedBy === 'status' ? 'status' : 'crowd',
    lastReportAt: rawNumber(f.lastReportAt),
    reporters: rawNumber(f.reporters),
    reports: rawNumber(f.reports),
    places: rawNumber(f.places),
    breakdown: breakdownOf(raw.by),
    perMinute: Object.entries(raw.min)
      .map(([at, reports]) => ({ at: Number(at), reports: Number(reports) }))
      .sort((a, b) => a.at - b.at),
    statusIncidents: asArray(raw.status)
      .map((json) => JSON.parse(json) as StatusLink)
      .sort((a, b) => a.id.localeCompare(b.id)),
    timeline: asArray(raw.timeline).map((json) => JSON.parse(json) as TimelineEntry),
    version: rawNumber(f.version),
  };
  const place = optional(f.place);
  if (place) incident.place = place;
  if (f.ackBy) incident.acknowledged = { by: f.ackBy, at: rawNumber(f.ackAt) };
  if (f.snoozedBy) incident.snoozed = { by: f.snoozedBy, until: rawNumber(f.snoozedUntil) };
  if (f.resolution) incident.resolved = { by: f.resolvedBy ?? '', at: rawNumber(f.resolvedAt), reason: f.resolution as ResolveReason };
  if (f.mergedInto) incident.mergedInto = f.mergedInto;
  if (f.nId && (f.nKind === 'resolved' || f.nKind === 'update')) {
    incident.notify = { kind: f.nKind, total: rawNumber(f.nTotal), sent: rawNumber(f.nSent), failed: rawNumber(f.nFailed), skipped: rawNumber(f.nSkipped) };
  }
  return incident;
}

export function parseReport(raw: RawHash): Report {
  const report: Report = {
    conversationId: raw.conversationId ?? '',
    reporterId: raw.reporter ?? '',
    platform: raw.platform ?? '',
    firstAt: rawNumber(raw.firstAt),
    updatedAt: rawNumber(raw.updatedAt),
    class: raw.cls as ReportClass,
    subscribed: raw.sub === '1',
  };
  if (raw.surface) report.surface = raw.surface as FactValue<'surface'>;
  if (raw.symptom) report.symptom = raw.symptom as FactValue<'symptom'>;
  if (raw.network) report.network = raw.network as FactValue<'network'>;
  if (raw.otherNetwork) report.otherNetwork = raw.otherNetwork as FactValue<'other_network'>;
  if (raw.site) report.site = raw.site;
  if (raw.branch) report.branch = raw.branch as BranchId;
  const place = optional(raw.place);
  if (place) report.place = place;
  if (raw.inc) report.incidentId = raw.inc;
  return report;
}

export function parseCrowd(raw: { fact: CrowdReading['fact']; incidentId?: string; reporters: number; places: number; openedAt?: number; samePlace: number }): CrowdReading {
  const reading: CrowdReading = { fact: raw.fact, reporters: raw.reporters, places: raw.places, samePlace: raw.samePlace };
  if (raw.incidentId) reading.incidentId = raw.incidentId;
  if (raw.openedAt) reading.openedAt = raw.openedAt;
  return reading;
}

type RawChange = { type: IncidentChange['type']; incidentId: string; subscribers?: string[] | Record<string, never> };

const STRENGTH: Record<IncidentChange['type'], number> = { changed: 0, opened: 1, resolved: 2 };

/** One change per incident, in order of first mention: resolved over opened over changed. */
export function parseChanges(raw: RawChange[] | Record<string, never> | undefined): IncidentChange[] {
  const byId = new Map<string, IncidentChange>();
  for (const change of asArray(raw)) {
    const current = byId.get(change.incidentId);
    if (current && STRENGTH[current.type] >= STRENGTH[change.type]) continue;
    const next: IncidentChange =
      change.type === 'resolved'
        ? { type: 'resolved', incidentId: change.incidentId, subscribers: asArray(change.subscribers).sort() }
        : { type: change.type, incidentId: change.incidentId };
    byId.set(change.incidentId, next);
  }
  return [...byId.values()];
}
