import type { Incident } from '../../src/incidents/incident-types.ts';

/** The clock of the sample incident: 15 January 2025, 09:00 UTC. */
export const SAMPLE_T0 = Date.UTC(2025, 0, 15, 9, 0);

/** An open upstream incident of 20 reporters on four networks, for renderer tests of every platform. */
export function sampleIncident(overrides: Partial<Incident> = {}): Incident {
  const T0 = SAMPLE_T0;
  return {
    id: 'inc-01jdtest',
    kind: 'upstream',
    state: 'open',
    openedAt: T0,
    openedBy: 'crowd',
    lastReportAt: T0 + 5 * 60_000,
    reporters: 20,
    reports: 50,
    places: 4,
    networks: 4,
    sites: 0,
    breakdown: { networks: { office: 10, vpn: 5, home: 3, mobile_data: 2 }, sites: { unknown: 20 }, surfaces: { web: 18, unknown: 2 }, symptoms: { http_500: 20 } },
    perMinute: [
      { at: T0, reports: 2 },
      { at: T0 + 60_000, reports: 8 },
      { at: T0 + 3 * 60_000, reports: 4 },
    ],
    statusIncidents: [],
    timeline: [],
    version: 3,
    ...overrides,
  };
}
