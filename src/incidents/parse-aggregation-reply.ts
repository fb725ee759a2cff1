import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { BRANCHES } from '../triage/branches.ts';
import { isFactValue } from '../triage/fact-values.ts';
import { placeLabel } from './describe-incident.ts';
import type { CrowdReading, Incident, IncidentBreakdown, IncidentChange, Report, StatusLink, SubscribeOutcome, TimelineEntry } from './incident-types.ts';
import { rawNumber } from './raw-number.ts';

/**
 * The aggregation script's replies (and the memory aggregator's, which hands over the same raw
 * shapes) checked with zod on the way in: nothing from Lua is cast. A reply that does not have the
 * shape is a coded error (`incidents.bad_reply`); a timeline entry that cannot be read is left out.
 */

/** cjson encodes an empty Lua table as `{}`, also where a list was meant. */
const emptyTable = z.object({}).strict();
const listOf = <T extends z.ZodType>(item: T) => z.union([z.array(item), emptyTable.transform((): z.output<T>[] => [])]);

/** A Redis hash as the script returns it. */
export const rawHashSchema = z.record(z.string(), z.string());
export type RawHash = z.infer<typeof rawHashSchema>;

/** An incident as the script returns it: its hashes and lists, unparsed. */
export const rawIncidentSchema = z.object({
  fields: rawHashSchema,
  by: rawHashSchema,
  lbl: rawHashSchema.optional(),
  min: rawHashSchema,
  timeline: listOf(z.string()),
  status: listOf(z.string()),
});
export type RawIncident = z.input<typeof rawIncidentSchema>;

const crowdSchema = z.object({
  fact: z.enum(['surge', 'local_cluster', 'none']),
  incidentId: z.string().optional(),
  reporters: z.number(),
  places: z.number(),
  openedAt: z.number().optional(),
  samePlace: z.number(),
});

const changeSchema = z.object({ type: z.enum(['opened', 'changed', 'resolved']), incidentId: z.string(), subscribers: listOf(z.string()).optional() });
export type RawChange = z.input<typeof changeSchema>;

/** The reply of one script call: `{result, changes}` (cjson leaves out a nil result). */
/** The changes a script reports (built once: a zod schema made per call costs more than the check). */
const changesSchema = listOf(changeSchema).optional();
export const aggregationReplySchema = z.object({ result: z.unknown().optional(), changes: changesSchema });

export const recordResultSchema = z.object({ created: z.boolean(), report: rawHashSchema, crowd: crowdSchema });
/** The `turn` operation: a version conflict (nothing written), or the turn as recorded. */
export const turnResultSchema = z.union([
  z.object({ conflict: z.literal(true) }),
  z.object({ claimed: z.string().min(1) }),
  z.object({ version: z.number().int().min(1), created: z.boolean(), report: rawHashSchema, crowd: crowdSchema, asked: z.string() }),
]);
export const subscribeResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('subscribed'), incidentId: z.string() }),
  z.object({ outcome: z.literal('pending') }),
  z.object({ outcome: z.literal('already_resolved'), incidentId: z.string() }),
  z.object({ outcome: z.literal('no_report') }),
]);
export const actResultSchema = z.union([
  z.object({ ok: z.literal(true), incident: rawIncidentSchema, queued: z.number().optional() }),
  z.object({ ok: z.literal(false), reason: z.enum(['not_found', 'not_open']) }),
]);
export const incidentListSchema = listOf(rawIncidentSchema);
const incidentIdSchema = z.string().min(1);
export const memberListSchema = listOf(z.string());

/** Checks a reply (or part of one) against its schema, or throws `incidents.bad_reply`. */
export function checkReply<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('incidents.bad_reply', `unexpected aggregation reply for ${what}: ${issue ? `${issue.path.join('.') || 'reply'}: ${issue.message}` : 'invalid'}`);
}

const optional = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

const statusLinkSchema = z.object({ id: z.string(), name: z.string(), url: z.string().optional(), resolvedAt: z.number().optional() });

/** A status link as stored (JSON); throws `incidents.bad_reply` when it is not one. */
export function parseStatusLink(json: string): StatusLink {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const link = checkReply(statusLinkSchema, value, 'a status link');
  return { id: link.id, name: link.name, ...(link.url ? { url: link.url } : {}), ...(link.resolvedAt !== undefined ? { resolvedAt: link.resolvedAt } : {}) };
}

const branchSchema = z.enum(BRANCHES);
const kindSchema = z.enum(['upstream', 'network_local', 'api']);
const timelineSchema: z.ZodType<TimelineEntry> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), at: z.number(), reason: z.enum(['crowd', 'status']), reporters: z.number(), places: z.number() }),
  z.object({ type: z.literal('threshold'), at: z.number(), reporters: z.number().optional(), places: z.number().optional() }),
  z.object({ type: z.literal('kind_changed'), at: z.number(), from: kindSchema, to: kindSchema }),
  z.object({ type: z.literal('absorbed'), at: z.number(), incidentId: z.string(), place: z.string().optional() }),
  z.object({ type: z.literal('merged'), at: z.number(), into: z.string() }),
  z.object({ type: z.literal('status_linked'), at: z.number(), statusIncidentId: z.string(), name: z.string() }),
  z.object({ type: z.literal('status_resolved'), at: z.number(), statusIncidentId: z.string() }),
  z.object({ type: z.literal('left'), at: z.number(), branch: branchSchema.optional(), reporters: z.number() }),
  z.object({ type: z.literal('acknowledged'), at: z.number(), by: z.string() }),
  z.object({ type: z.literal('snoozed'), at: z.number(), by: z.string(), until: z.number() }),
  z.object({ type: z.literal('note'), at: z.number(), by: z.string(), text: z.string() }),
  z.object({ type: z.literal('resolved'), at: z.number(), by: z.string(), reason: z.enum(['desk', 'status', 'quiet', 'merged']), note: z.string().optional() }),
]);

function timelineEntry(json: string): TimelineEntry | undefined {
  try {
    const parsed = timelineSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function breakdownOf(by: RawHash, labels: RawHash): IncidentBreakdown {
  const breakdown: IncidentBreakdown = { networks: {}, sites: {}, surfaces: {}, symptoms: {} };
  for (const [field, count] of Object.entries(by)) {
    const value = field.slice(2);
    const n = rawNumber(count);
    if (field.startsWith('n:')) breakdown.networks[value] = n;
    else if (field.startsWith('t:')) breakdown.sites[value === 'unknown' ? value : (labels[value] ?? value)] = n;
    else if (field.startsWith('s:')) breakdown.surfaces[value] = n;
    else if (field.startsWith('y:')) breakdown.symptoms[value] = n;
  }
  return breakdown;
}

const known = (table: Record<string, number>) => Object.keys(table).filter((k) => k !== 'unknown').length;
const stateSchema = z.enum(['open', 'acknowledged', 'resolved', 'merged']);
const reasonSchema = z.enum(['desk', 'status', 'quiet', 'merged']);

export function parseIncident(input: RawIncident): Incident {
  const raw = checkReply(rawIncidentSchema, input, 'an incident');
  const f = raw.fields;
  const labels = raw.lbl ?? {};
  const breakdown = breakdownOf(raw.by, labels);
  const incident: Incident = {
    id: checkReply(incidentIdSchema, f.id, 'an incident id'),
    kind: checkReply(kindSchema, f.kind, 'an incident kind'),
    state: checkReply(stateSchema, f.state, 'an incident state'),
    openedAt: rawNumber(f.openedAt),
    openedBy: f.openedBy === 'status' ? 'status' : 'crowd',
    lastReportAt: rawNumber(f.lastReportAt),
    reporters: rawNumber(f.reporters),
    reports: rawNumber(f.reports),
    places: rawNumber(f.places),
    networks: known(breakdown.networks),
    sites: known(breakdown.sites),
    breakdown,
    perMinute: Object.entries(raw.min)
      .map(([at, reports]) => ({ at: Number(at), reports: rawNumber(reports) }))
      .filter((m) => Number.isFinite(m.at))
      .sort((a, b) => a.at - b.at),
    statusIncidents: raw.status.map(parseStatusLink).sort((a, b) => a.id.localeCompare(b.id)),
    timeline: raw.timeline.map(timelineEntry).filter((e): e is TimelineEntry => e !== undefined),
    version: rawNumber(f.version),
  };
  const place = optional(f.place);
  if (place) {
    incident.place = place;
    incident.placeName = place.startsWith('site:') ? `site ${labels[place.slice(5)] ?? place.slice(5)}` : placeLabel(place);
  }
  if (f.ackBy) incident.acknowledged = { by: f.ackBy, at: rawNumber(f.ackAt) };
  if (f.snoozedBy) incident.snoozed = { by: f.snoozedBy, until: rawNumber(f.snoozedUntil) };
  if (f.resolution) incident.resolved = { by: f.resolvedBy ?? '', at: rawNumber(f.resolvedAt), reason: checkReply(reasonSchema, f.resolution, 'a resolution') };
  if (f.mergedInto) incident.mergedInto = f.mergedInto;
  if (f.nId && (f.nKind === 'resolved' || f.nKind === 'update')) {
    incident.notify = { kind: f.nKind, total: rawNumber(f.nTotal), sent: rawNumber(f.nSent), failed: rawNumber(f.nFailed), skipped: rawNumber(f.nSkipped) };
  }
  return incident;
}

const classSchema = z.enum(['candidate', 'pending', 'local_network', 'local_device', 'api_server', 'not_counted']);

export function parseReport(input: RawHash): Report {
  const raw = checkReply(rawHashSchema, input, 'a report');
  const report: Report = {
    conversationId: raw.conversationId ?? '',
    reporterId: raw.reporter ?? '',
    platform: raw.platform ?? '',
    firstAt: rawNumber(raw.firstAt),
    updatedAt: rawNumber(raw.updatedAt),
    class: checkReply(classSchema, raw.cls, 'a report class'),
    subscribed: raw.sub === '1',
  };
  if (isFactValue('surface', raw.surface)) report.surface = raw.surface;
  if (isFactValue('symptom', raw.symptom)) report.symptom = raw.symptom;
  if (isFactValue('network', raw.network)) report.network = raw.network;
  if (isFactValue('other_network', raw.otherNetwork)) report.otherNetwork = raw.otherNetwork;
  if (raw.site) report.site = raw.site;
  const branch = branchSchema.safeParse(raw.branch);
  if (branch.success) report.branch = branch.data;
  if (raw.uncounted === '1') report.uncounted = true;
  const place = optional(raw.place);
  if (place) report.place = place;
  if (raw.inc) report.incidentId = raw.inc;
  return report;
}

export function parseCrowd(input: unknown): CrowdReading {
  const raw = checkReply(crowdSchema, input, 'a crowd reading');
  const reading: CrowdReading = { fact: raw.fact, reporters: raw.reporters, places: raw.places, samePlace: raw.samePlace };
  if (raw.incidentId) reading.incidentId = raw.incidentId;
  if (raw.openedAt) reading.openedAt = raw.openedAt;
  return reading;
}

export function parseSubscribe(input: unknown): SubscribeOutcome {
  return checkReply(subscribeResultSchema, input, 'subscribe');
}

const STRENGTH: Record<IncidentChange['type'], number> = { changed: 0, opened: 1, resolved: 2 };

/** One change per incident, in order of first mention: resolved over opened over changed. */
export function parseChanges(input: unknown): IncidentChange[] {
  const raw = checkReply(changesSchema, input, 'changes') ?? [];
  const byId = new Map<string, IncidentChange>();
  for (const change of raw) {
    const current = byId.get(change.incidentId);
    if (current && STRENGTH[current.type] >= STRENGTH[change.type]) continue;
    const next: IncidentChange =
      change.type === 'resolved' ? { type: 'resolved', incidentId: change.incidentId, subscribers: [...(change.subscribers ?? [])].sort() } : { type: change.type, incidentId: change.incidentId };
    byId.set(change.incidentId, next);
  }
  return [...byId.values()];
}
