import { describe, expect, it } from 'vitest';
import { incidentBoardFrom } from '../../../adapters/web/incident-board-from.ts';
import { placeLabel, toIncidentView } from '../../../adapters/web/incident-view.ts';
import type { ActionOutcome, Incident, IncidentChange } from '../../../src/incidents/incident-types.ts';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const min = (n: number) => T0 + n * 60_000;

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    kind: 'upstream',
    state: 'acknowledged',
    openedAt: min(2),
    openedBy: 'crowd',
    lastReportAt: min(5),
    acknowledged: { by: 'Kim', at: min(4) },
    reporters: 5,
    reports: 6,
    places: 3,
    breakdown: {
      places: { 'network:office': 3, 'network:vpn': 1, 'site:Berlin': 2 },
      localPlaces: {},
      surfaces: { web: 4, unknown: 1 },
      symptoms: { http_500: 5 },
    },
    perMinute: [
      { at: min(0), reports: 1 },
      { at: min(1), reports: 2 },
      { at: min(2), reports: 3 },
    ],
    statusIncidents: [{ id: 's1', name: 'Elevated errors', url: 'https://status.openai.com/incidents/s1' }],
    timeline: [
      { type: 'opened', at: min(2), reason: 'crowd', reporters: 3, places: 3 },
      { type: 'status_linked', at: min(3), statusIncidentId: 's1', name: 'Elevated errors' },
      { type: 'acknowledged', at: min(4), by: 'Kim' },
      { type: 'resolved', at: min(6), by: 'status page', reason: 'status' },
    ],
    version: 7,
    ...overrides,
  };
}

describe('toIncidentView', () => {
  it('shows the incident as the board and the API expect it', () => {
    expect(toIncidentView(incident())).toEqual({
      id: 'inc-1',
      kind: 'upstream',
      title: 'ChatGPT outage: 5 people on 3 networks',
      state: 'acknowledged',
      reporters: 5,
      reports: 6,
      places: 3,
      breakdowns: {
        network: { office: 3, vpn: 1 },
        site: { Berlin: 2 },
        surface: { web: 4, unknown: 1 },
        symptom: { http_500: 5 },
      },
      perMinute: [
        { minute: '2026-01-15T09:00:00.000Z', count: 1 },
        { minute: '2026-01-15T09:01:00.000Z', count: 2 },
        { minute: '2026-01-15T09:02:00.000Z', count: 3 },
      ],
      timeline: [
        { at: '2026-01-15T09:02:00.000Z', type: 'opened', text: 'Opened from reports: 3 people on 3 networks' },
        { at: '2026-01-15T09:03:00.000Z', type: 'status_linked', text: 'Status page: Elevated errors' },
        { at: '2026-01-15T09:04:00.000Z', type: 'acknowledged', text: 'Acknowledged by Kim' },
        { at: '2026-01-15T09:06:00.000Z', type: 'resolved', text: 'Resolved by status page (the status page incident resolved)' },
      ],
      statusIncident: { name: 'Elevated errors', url: 'https://status.openai.com/incidents/s1' },
      openedAt: '2026-01-15T09:02:00.000Z',
      firstReportAt: '2026-01-15T09:00:00.000Z',
      lastReportAt: '2026-01-15T09:05:00.000Z',
      acknowledgedBy: 'Kim',
      acknowledgedAt: '2026-01-15T09:04:00.000Z',
    });
  });

  it('names a network-local incident by its place, and an API one by its kind', () => {
    expect(toIncidentView(incident({ kind: 'network_local', place: 'site:Berlin', reporters: 1 })).title).toBe('Network problem on Berlin: 1 person');
    expect(toIncidentView(incident({ kind: 'network_local', place: 'network:office' })).place).toBe('the office network');
    expect(toIncidentView(incident({ kind: 'api', perMinute: [] })).title).toBe('OpenAI API errors: 5 people');
    expect(toIncidentView(incident({ perMinute: [] })).firstReportAt).toBe('2026-01-15T09:02:00.000Z');
    expect(placeLabel('network:mobile_data')).toBe('mobile data');
  });
});

describe('incidentBoardFrom', () => {
  it('lists, acts, and hands the changes to the notifier', async () => {
    const changes: IncidentChange[][] = [];
    const resolved: ActionOutcome = { ok: true, incident: incident({ state: 'resolved', resolved: { by: 'Kim', at: min(9), reason: 'desk' } }), changes: [{ type: 'resolved', incidentId: 'inc-1', subscribers: ['c1'] }] };
    const calls: unknown[][] = [];
    const board = incidentBoardFrom({
      aggregator: {
        list: async (options) => {
          calls.push(['list', options]);
          return [incident()];
        },
        acknowledge: async (id, by) => {
          calls.push(['acknowledge', id, by]);
          return { ok: false, reason: 'not_open' };
        },
        resolve: async (id, by) => {
          calls.push(['resolve', id, by]);
          return resolved;
        },
      },
      onChanges: async (c) => {
        changes.push(c);
      },
      recentMs: 3_600_000,
    });
    expect((await board.list()).map((i) => i.id)).toEqual(['inc-1']);
    expect(await board.acknowledge('inc-1', 'Kim')).toEqual({ ok: false, reason: 'not_open' });
    const outcome = await board.resolve('inc-1', 'Kim');
    expect(outcome).toMatchObject({ ok: true, incident: { state: 'resolved', resolvedBy: 'Kim', resolvedAt: '2026-01-15T09:09:00.000Z' } });
    expect(changes).toEqual([[{ type: 'resolved', incidentId: 'inc-1', subscribers: ['c1'] }]]);
    expect(calls).toEqual([
      ['list', { recentMs: 3_600_000 }],
      ['acknowledge', 'inc-1', 'Kim'],
      ['resolve', 'inc-1', 'Kim'],
    ]);
  });
});
