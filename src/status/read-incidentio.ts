import { toComponentStatus, worseStatus } from './component-status.ts';
import { id, isoTime, record, records, text, type JsonRecord } from './json-fields.ts';
import { pageBase } from './page-base.ts';
import { StatusPayloadError } from './status-payload-error.ts';
import type {
  ComponentStatus,
  ReadPayloadOptions,
  StatusComponent,
  StatusIncident,
  StatusMaintenance,
  StatusModel,
  StatusUpdate,
} from './status-model.ts';

/** Lifecycle words of incidents that are over (dropped when a payload still lists them). */
const CLOSED_WORDS = new Set(['resolved', 'postmortem', 'completed', 'complete', 'maintenance_complete', 'closed']);
const MAINTENANCE_RUNNING = new Set(['maintenance_in_progress', 'in_progress', 'under_maintenance', 'verifying']);
const MAINTENANCE_NOT_RUNNING = new Set(['maintenance_scheduled', 'scheduled', ...CLOSED_WORDS]);

interface Known {
  name: string;
  group: string | null;
}

/**
 * Reads an incident.io status page payload into the normalized model. Understands the native
 * document the page itself loads (`GET {page}/proxy/{host}` → `{summary: {...}}`, with the group
 * structure) and the widget API (`GET {page}/api/v1/summary`, affected components only).
 * Throws StatusPayloadError when the payload is neither.
 */
export function readIncidentIo(payload: unknown, options: ReadPayloadOptions): StatusModel {
  const root = record(payload);
  if (!root) throw new StatusPayloadError('incident.io payload is not a JSON object');
  const summary = record(root['summary']);
  if (summary) return readNative(summary, options);
  if (Array.isArray(root['ongoing_incidents']) || Array.isArray(root['in_progress_maintenances'])) return readWidget(root, options);
  throw new StatusPayloadError('incident.io payload has neither "summary" nor "ongoing_incidents"');
}

function readNative(summary: JsonRecord, options: ReadPayloadOptions): StatusModel {
  if (!Array.isArray(summary['components']) && !record(summary['structure']) && !Array.isArray(summary['ongoing_incidents'])) {
    throw new StatusPayloadError('incident.io summary has no components, structure or ongoing_incidents');
  }
  const pageUrl = pageBase(summary['public_url'], options.pageUrl);

  // Group membership comes from the page's structure, read at run time; ids, not names, identify
  // components (ChatGPT and APIs both have a "Login").
  const known = new Map<string, Known>();
  for (const item of records(record(summary['structure'])?.['items'])) {
    const group = record(item['group']);
    if (group) {
      const groupName = text(group['name']) ?? null;
      for (const c of records(group['components'])) addKnown(known, id(c['component_id'] ?? c['id']), text(c['name']), groupName);
    }
    const single = record(item['component']);
    if (single) addKnown(known, id(single['component_id'] ?? single['id']), text(single['name']), null);
  }
  for (const c of records(summary['components'])) addKnown(known, id(c['id']), text(c['name']), null);

  const statuses = new Map<string, ComponentStatus>();
  const note = (componentId: string, status: ComponentStatus) =>
    statuses.set(componentId, worseStatus(statuses.get(componentId) ?? 'operational', status));

  // The top-level list can be empty while an incident is open: each incident's own list counts too.
  for (const a of records(summary['affected_components'])) {
    const cid = id(a['component_id'] ?? a['id']);
    if (cid) note(cid, toComponentStatus(a['current_status'] ?? a['status']));
  }

  const incidents: StatusIncident[] = [];
  const maintenanceRaws: JsonRecord[] = [...records(summary['scheduled_maintenances']), ...records(summary['in_progress_maintenances'])];
  for (const raw of records(summary['ongoing_incidents'])) {
    if (text(raw['type'])?.toLowerCase() === 'maintenance') {
      maintenanceRaws.push(raw);
      continue;
    }
    const incident = readIncident(raw, known, pageUrl);
    if (!incident) continue;
    for (const c of incident.affectedComponents) note(c.id, c.status);
    incidents.push(incident);
  }
  const maintenances = readMaintenances(maintenanceRaws, known, pageUrl, options.now ?? Date.now());
  for (const m of maintenances) for (const c of m.affectedComponents) note(c.id, c.status);

  const components: StatusComponent[] = [...known].map(([cid, k]) => ({ id: cid, name: k.name, group: k.group, status: statuses.get(cid) ?? 'operational' }));
  // A component named only in an incident (not in the page's lists) is still reported.
  for (const [cid, status] of statuses) {
    if (!known.has(cid)) components.push({ id: cid, name: nameOf(cid, undefined), group: null, status });
  }
  return {
    provider: 'incidentio',
    format: 'incidentio_native',
    page: { name: text(summary['name']) ?? null, url: pageUrl },
    components,
    componentsComplete: Array.isArray(summary['components']) || record(summary['structure']) !== undefined,
    incidents,
    maintenances,
  };
}

function readWidget(root: JsonRecord, options: ReadPayloadOptions): StatusModel {
  const pageUrl = pageBase(root['page_url'], options.pageUrl);
  const known = new Map<string, Known>();
  const incidents = records(root['ongoing_incidents'])
    .map((raw) => readIncident(raw, known, pageUrl))
    .filter((i): i is StatusIncident => i !== undefined);
  const maintenances = readMaintenances(records(root['in_progress_maintenances']), known, pageUrl, options.now ?? Date.now(), true);
  const byId = new Map<string, StatusComponent>();
  for (const c of [...incidents, ...maintenances].flatMap((x) => x.affectedComponents)) {
    const prev = byId.get(c.id);
    byId.set(c.id, prev ? { ...prev, status: worseStatus(prev.status, c.status) } : { ...c });
  }
  return {
    provider: 'incidentio',
    format: 'incidentio_widget',
    page: { name: text(root['page_title']) ?? null, url: pageUrl },
    components: [...byId.values()],
    componentsComplete: false,
    incidents,
    maintenances,
  };
}

function readIncident(raw: JsonRecord, known: Map<string, Known>, pageUrl: string): StatusIncident | undefined {
  const incidentId = id(raw['id']);
  if (!incidentId) return undefined;
  const status = (text(raw['status']) ?? 'unknown').toLowerCase();
  if (CLOSED_WORDS.has(status)) return undefined;
  const updates = readUpdates(raw);
  let affected = readAffected(records(raw['affected_components']), known, 'unknown');
  if (affected.length === 0) {
    // Fallback: the latest update's component statuses.
    const latest = latestBy(records(raw['updates']), (u) => isoTime(u['published_at']));
    affected = readAffected(records(latest?.['component_statuses']), known, 'unknown');
  }
  const starts = [isoTime(raw['published_at']), isoTime(raw['started_at']), ...updates.map((u) => u.at)].filter((t): t is string => !!t);
  return {
    id: incidentId,
    name: text(raw['name']) ?? 'Unnamed incident',
    status,
    affectedComponents: affected,
    startedAt: starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : null,
    lastUpdate: lastUpdate(raw, updates),
    url: text(raw['url']) ?? `${pageUrl}/incidents/${encodeURIComponent(incidentId)}`,
  };
}

function readMaintenances(raws: JsonRecord[], known: Map<string, Known>, pageUrl: string, now: number, listedAsRunning = false): StatusMaintenance[] {
  const out: StatusMaintenance[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    const mid = id(raw['id']);
    if (!mid || seen.has(mid)) continue;
    const status = (text(raw['status']) ?? 'unknown').toLowerCase();
    const startsAt = isoTime(raw['starts_at'] ?? raw['started_at'] ?? raw['scheduled_start_at'] ?? raw['scheduled_for']) ?? null;
    const endsAt = isoTime(raw['ends_at'] ?? raw['scheduled_end_at'] ?? raw['scheduled_ends_at'] ?? raw['scheduled_until']) ?? null;
    if (!isRunning(status, startsAt, endsAt, now, listedAsRunning)) continue;
    seen.add(mid);
    out.push({
      id: mid,
      name: text(raw['name']) ?? 'Unnamed maintenance',
      status,
      affectedComponents: readAffected(records(raw['affected_components'] ?? raw['components']), known, 'under_maintenance'),
      startsAt,
      endsAt,
      url: text(raw['url']) ?? `${pageUrl}/incidents/${encodeURIComponent(mid)}`,
    });
  }
  return out;
}

function isRunning(status: string, startsAt: string | null, endsAt: string | null, now: number, listedAsRunning: boolean): boolean {
  if (MAINTENANCE_RUNNING.has(status)) return true;
  if (MAINTENANCE_NOT_RUNNING.has(status)) return false;
  if (listedAsRunning) return true;
  // No clear word: in progress when now falls in its window.
  return startsAt !== null && Date.parse(startsAt) <= now && (endsAt === null || now < Date.parse(endsAt));
}

function readAffected(raws: JsonRecord[], known: Map<string, Known>, fallback: ComponentStatus): StatusComponent[] {
  const byId = new Map<string, StatusComponent>();
  for (const a of raws) {
    const cid = id(a['component_id'] ?? a['id']);
    if (!cid) continue;
    const k = known.get(cid);
    const word = a['current_status'] ?? a['status'];
    const status = word === undefined || word === null ? fallback : toComponentStatus(word);
    const prev = byId.get(cid);
    byId.set(cid, {
      id: cid,
      name: k?.name ?? nameOf(cid, text(a['name'])),
      group: k?.group ?? text(a['group_name']) ?? null,
      status: prev ? worseStatus(prev.status, status) : status,
    });
  }
  // Page order, as the page lists them (the payload's own order is arbitrary).
  const order = [...known.keys()];
  const rank = (cid: string) => (order.includes(cid) ? order.indexOf(cid) : order.length);
  return [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id));
}

function readUpdates(raw: JsonRecord): StatusUpdate[] {
  return records(raw['updates']).map((u) => ({
    at: isoTime(u['published_at'] ?? u['created_at']) ?? null,
    text: text(u['message_string']) ?? text(record(u['message'])?.['markdown']) ?? '',
  }));
}

function lastUpdate(raw: JsonRecord, updates: StatusUpdate[]): StatusUpdate | null {
  const latest = latestBy(updates, (u) => u.at ?? undefined);
  if (latest) return latest;
  const message = text(raw['last_update_message']);
  return message ? { at: isoTime(raw['last_update_at']) ?? null, text: message } : null;
}

function latestBy<T>(items: T[], at: (item: T) => string | undefined): T | undefined {
  let best: T | undefined;
  let bestAt = '';
  for (const item of items) {
    const t = at(item) ?? '';
    if (best === undefined || t > bestAt) {
      best = item;
      bestAt = t;
    }
  }
  return best;
}

function addKnown(known: Map<string, Known>, cid: string | undefined, name: string | undefined, group: string | null): void {
  if (!cid) return;
  const prev = known.get(cid);
  if (prev) {
    if (prev.group === null && group !== null) prev.group = group;
    return;
  }
  known.set(cid, { name: nameOf(cid, name), group });
}

function nameOf(cid: string, name: string | undefined): string {
  return name ?? `component ${cid}`;
}
