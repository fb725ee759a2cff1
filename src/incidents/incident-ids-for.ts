/** Operations that may open an incident: both aggregators draw two fresh ids for each call of one. */
const OPENING_OPS = new Set(['record', 'link_status', 'reconcile']);

/** The fresh incident ids an aggregation call gets: two for an operation that may open incidents, else none. */
export function incidentIdsFor(op: string, now: number, newId: (now: number) => string): string[] {
  return OPENING_OPS.has(op) ? [newId(now), newId(now)] : [];
}
