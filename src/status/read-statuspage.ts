import { toComponentStatus, worseStatus } from './component-status.ts';
import { id, isoTime, record, records, text, type JsonRecord } from './json-fields.ts';
import { pageBase } from './page-base.ts';
import { StatusPayloadError } from './status-payload-error.ts';
import type { ReadPayloadOptions, StatusComponent, StatusIncident, StatusMaintenance, StatusModel, StatusUpdate } from './status-model.ts';

const CLOSED_WORDS = new Set(['resolved', 'postmortem', 'completed']);
const MAINTENANCE_RUNNING = new Set(['in_progress', 'verifying']);

/**
 * Reads an Atlassian Statuspage v2 payload into the normalized model: `/api/v2/summary.json`
 * (all components, unresolved incidents, maintenances) or `/api/v2/incidents/unresolved.json`
 * (incidents only). Group components (`group: true`) name the groups of their children and are not
 * listed themselves. Throws StatusPayloadError when the payload is neither.
 */
export function readStatuspage(payload: unknown, options: ReadPayloadOptions): StatusModel {
  const root = record(payload);
  if (!root) throw new StatusPayloadError('Statuspage payload is not a JSON object');
  const hasComponents = Array.isArray(root['components']);
  if (!hasComponents && !Array.isArray(root['incidents'])) {
    throw new StatusPayloadError('Statuspage payload has neither "components" nor "incidents"');
  }
  const pageUrl = pageBase(record(root['page'])?.['url'], options.pageUrl);

  const groupNames = new Map<string, string>();
  for (const c of records(root['components'])) {
    const cid = id(c['id']);
    if (cid && c['group'] === true) groupNames.set(cid, text(c['name']) ?? cid);
  }
  const toComponent = (c: JsonRecord): StatusComponent | undefined => {
    const cid = id(c['id'] ?? c['code']);
    if (!cid || groupNames.has(cid)) return undefined;
    const groupId = id(c['group_id']);
    return {
      id: cid,
      name: text(c['name']) ?? `component ${cid}`,
      group: groupId ? (groupNames.get(groupId) ?? null) : null,
      status: toComponentStatus(c['status'] ?? c['new_status']),
    };
  };
  const components = records(root['components'])
    .map(toComponent)
    .filter((c): c is StatusComponent => c !== undefined);
  const byId = new Map(components.map((c) => [c.id, c]));

  const affectedOf = (raw: JsonRecord): StatusComponent[] => {
    let list = records(raw['components']);
    if (list.length === 0) {
      // Fallback: the latest update's affected components ({code, name, new_status}).
      const latest = latestUpdateRaw(raw);
      list = records(latest?.['affected_components']);
    }
    const out = new Map<string, StatusComponent>();
    for (const c of list) {
      const own = toComponent(c);
      if (!own) continue;
      const page = byId.get(own.id);
      out.set(own.id, page ? { ...page } : own);
    }
    return [...out.values()];
  };

  const incidents: StatusIncident[] = [];
  for (const raw of records(root['incidents'])) {
    const incidentId = id(raw['id']);
    const status = (text(raw['status']) ?? 'unknown').toLowerCase();
    if (!incidentId || CLOSED_WORDS.has(status)) continue;
    incidents.push({
      id: incidentId,
      name: text(raw['name']) ?? 'Unnamed incident',
      status,
      affectedComponents: affectedOf(raw),
      startedAt: isoTime(raw['started_at']) ?? isoTime(raw['created_at']) ?? null,
      lastUpdate: lastUpdate(raw),
      url: text(raw['shortlink']) ?? `${pageUrl}/incidents/${encodeURIComponent(incidentId)}`,
    });
  }

  const maintenances: StatusMaintenance[] = [];
  for (const raw of records(root['scheduled_maintenances'])) {
    const mid = id(raw['id']);
    const status = (text(raw['status']) ?? 'unknown').toLowerCase();
    if (!mid || !MAINTENANCE_RUNNING.has(status)) continue;
    maintenances.push({
      id: mid,
      name: text(raw['name']) ?? 'Unnamed maintenance',
      status,
      affectedComponents: affectedOf(raw).map((c) => ({ ...c, status: worseStatus(c.status === 'unknown' ? 'operational' : c.status, 'under_maintenance') })),
      startsAt: isoTime(raw['scheduled_for']) ?? isoTime(raw['started_at']) ?? null,
      endsAt: isoTime(raw['scheduled_until']) ?? null,
      url: text(raw['shortlink']) ?? `${pageUrl}/incidents/${encodeURIComponent(mid)}`,
    });
  }

  // An incident-only payload lists no components: the affected ones are all it knows.
  if (!hasComponents) {
    for (const c of [...incidents, ...maintenances].flatMap((x) => x.affectedComponents)) {
      const prev = byId.get(c.id);
      byId.set(c.id, prev ? { ...prev, status: worseStatus(prev.status, c.status) } : { ...c });
    }
  }
  return {
    provider: 'statuspage',
    format: 'statuspage_v2',
    page: { name: text(record(root['page'])?.['name']) ?? null, url: pageUrl },
    components: hasComponents ? components : [...byId.values()],
    componentsComplete: hasComponents,
    incidents,
    maintenances,
  };
}

function latestUpdateRaw(raw: JsonRecord): JsonRecord | undefined {
  let best: JsonRecord | undefined;
  let bestAt = '';
  for (const u of records(raw['incident_updates'])) {
    const at = isoTime(u['display_at'] ?? u['created_at']) ?? '';
    if (best === undefined || at > bestAt) {
      best = u;
      bestAt = at;
    }
  }
  return best;
}

function lastUpdate(raw: JsonRecord): StatusUpdate | null {
  const u = latestUpdateRaw(raw);
  if (!u) return null;
  return { at: isoTime(u['display_at'] ?? u['created_at']) ?? null, text: text(u['body']) ?? '' };
}
