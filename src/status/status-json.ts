import type { StatusReading } from './build-status-reading.ts';

/**
 * The public JSON of a status reading (`chatgpt-500 status --json`, `GET /api/status`): the
 * normalized model at the top level with a top-level `status` holding the engine's fact, what
 * backs it for ChatGPT, and the reading's age. A failed read has `status: "unknown"` and `reason`.
 */
export function statusJson(reading: StatusReading) {
  const { model } = reading;
  return {
    status: reading.status,
    ...(reading.reason ? { reason: reading.reason } : {}),
    ...(reading.error ? { error: reading.error, errorCode: reading.errorCode } : {}),
    provider: model?.provider ?? null,
    page: model?.page ?? null,
    components: model?.components ?? [],
    incidents: model?.incidents ?? [],
    maintenances: model?.maintenances ?? [],
    chatgpt: { components: reading.chatgptComponents, affected: reading.chatgptAffected, incidents: reading.incidents.filter((i) => i.chatgpt) },
    otherIncidents: reading.incidents.filter((i) => !i.chatgpt),
    fetchedAt: reading.fetchedAt,
    ageSeconds: reading.ageSeconds,
    stale: reading.stale,
    source: reading.source,
  };
}
