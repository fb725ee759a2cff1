/**
 * Operations that may open incidents, and how many fresh ids each call draws: two for one
 * recording (an outage and a local incident at most), four for a turn (it may record twice).
 */
const OPENING_OPS: ReadonlyMap<string, number> = new Map([
  ['record', 2],
  ['turn', 4],
  ['link_status', 2],
  ['reconcile', 2],
]);

/** The fresh incident ids an aggregation call gets (both aggregators draw the same). */
export function incidentIdsFor(op: string, now: number, newId: (now: number) => string): string[] {
  return Array.from({ length: OPENING_OPS.get(op) ?? 0 }, () => newId(now));
}
