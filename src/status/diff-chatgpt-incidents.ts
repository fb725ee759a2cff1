import type { ClassifiedIncident } from './classify-status.ts';
import type { GoodReading } from './build-status-reading.ts';
import type { StatusUpdate } from './status-model.ts';

export type StatusChangeKind = 'opened' | 'updated' | 'resolved';

/** A ChatGPT incident (or in-progress maintenance) as change events carry it. */
export interface ChatgptIncidentView extends ClassifiedIncident {
  startedAt: string | null;
  lastUpdate: StatusUpdate | null;
}

export interface StatusChange {
  kind: StatusChangeKind;
  incident: ChatgptIncidentView;
  /** True for events of the first good reading: the incident was already open when the bot started. */
  initial: boolean;
}

/**
 * Compares the ChatGPT incidents of two good readings: new ones are `opened`; ones whose status,
 * last update or affected components changed are `updated`; ones gone (resolved, or no longer
 * touching ChatGPT) are `resolved`. With no previous reading, every open one is `opened` (initial).
 */
export function diffChatgptIncidents(previous: GoodReading | null, next: GoodReading): StatusChange[] {
  const before = previous ? snapshot(previous) : new Map<string, Entry>();
  const after = snapshot(next);
  const initial = previous === null;
  const changes: StatusChange[] = [];
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) changes.push({ kind: 'opened', incident: entry.view, initial });
    else if (old.signature !== entry.signature) changes.push({ kind: 'updated', incident: entry.view, initial });
  }
  for (const [key, entry] of before) if (!after.has(key)) changes.push({ kind: 'resolved', incident: entry.view, initial: false });
  return changes;
}

interface Entry {
  view: ChatgptIncidentView;
  signature: string;
}

function snapshot(reading: GoodReading): Map<string, Entry> {
  const sources = new Map<string, { startedAt: string | null; lastUpdate: StatusUpdate | null; states: string[] }>();
  for (const i of reading.model.incidents) {
    sources.set(`incident:${i.id}`, { startedAt: i.startedAt, lastUpdate: i.lastUpdate, states: i.affectedComponents.map((c) => `${c.id}=${c.status}`) });
  }
  for (const m of reading.model.maintenances) {
    sources.set(`maintenance:${m.id}`, { startedAt: m.startsAt, lastUpdate: null, states: m.affectedComponents.map((c) => `${c.id}=${c.status}`) });
  }
  const out = new Map<string, Entry>();
  for (const incident of reading.classification.incidents) {
    if (!incident.chatgpt) continue;
    const key = `${incident.maintenance ? 'maintenance' : 'incident'}:${incident.id}`;
    const source = sources.get(key);
    const view: ChatgptIncidentView = { ...incident, startedAt: source?.startedAt ?? null, lastUpdate: source?.lastUpdate ?? null };
    const signature = JSON.stringify([incident.status, incident.name, [...(source?.states ?? [])].sort(), view.lastUpdate?.at ?? null, view.lastUpdate?.text ?? null]);
    out.set(key, { view, signature });
  }
  return out;
}
