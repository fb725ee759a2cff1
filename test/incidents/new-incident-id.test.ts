import { describe, expect, it } from 'vitest';
import { newIncidentId } from '../../src/incidents/new-incident-id.ts';

/**
 * Incident ids name what a card's buttons and the incident API act on: a ULID (time, then 80
 * random bits), so one cannot be found by counting from another, even within one millisecond.
 */
describe('newIncidentId', () => {
  it('is inc- and a lower-case ULID, ordered by time', () => {
    const a = newIncidentId(Date.UTC(2026, 0, 1));
    const b = newIncidentId(Date.UTC(2026, 0, 1, 0, 0, 1));
    expect(a).toMatch(/^inc-[0-9a-hjkmnp-tv-z]{26}$/);
    expect(a < b).toBe(true);
  });

  it('ids of the same millisecond share nothing past the time part', () => {
    const at = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 2000 }, () => newIncidentId(at));
    expect(new Set(ids).size).toBe(ids.length);
    const randoms = ids.map((id) => id.slice(14));
    expect(new Set(randoms.map((r) => r.slice(0, 4))).size).toBeGreaterThan(1500);
    const sorted = [...ids].sort();
    // Not a counter: neighbours in sort order differ in their leading random characters, not just the last one.
    const nearNeighbours = sorted.slice(1).filter((id, i) => id.slice(0, 24) === sorted[i]!.slice(0, 24));
    expect(nearNeighbours.length).toBeLessThan(5);
  });
});
