import { describe, expect, it } from 'vitest';
import { incidentBoardFrom } from '../../../adapters/web/incident-board-from.ts';
import { toIncidentView } from '../../../adapters/web/incident-view.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';
import type { ActionOutcome, Incident } from '../../../src/incidents/incident-types.ts';

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
    networks: 2,
    sites: 1,
    breakdown: {
      networks: { office: 3, vpn: 1, unknown: 1 },
      sites: { Berlin: 2, unknown: 3 },
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
    expect(toIncidentView(incident(), min(12))).toEqual({
      id: 'inc-1',
      kind: 'upstream',
      title: 'ChatGPT outage: 5 people on 2 networks at 1 site in 10 min (status page: Elevated errors)',
      state: 'acknowledged',
      reporters: 5,
      reports: 6,
      places: 3,
      reached: 0,
      networks: 2,
      sites: 1,
      breakdowns: {
        network: { office: 3, vpn: 1, unknown: 1 },
        site: { Berlin: 2, unknown: 3 },
        surface: { web: 4, unknown: 1 },
        symptom: { http_500: 5 },
      },
      perMinute: [
        { minute: '2026-01-15T09:00:00.000Z', count: 1 },
        { minute: '2026-01-15T09:01:00.000Z', count: 2 },
        { minute: '2026-01-15T09:02:00.000Z', count: 3 },
      ],
      timeline: [
        { at: '2026-01-15T09:02:00.000Z', type: 'opened', text: 'Opened from reports: 3 people in 3 places (networks or sites)', detail: { reason: 'crowd', reporters: 3, places: 3 } },
        { at: '2026-01-15T09:03:00.000Z', type: 'status_linked', text: 'Status page: Elevated errors', detail: { statusIncidentId: 's1', name: 'Elevated errors' } },
        { at: '2026-01-15T09:04:00.000Z', type: 'acknowledged', text: 'Acknowledged by Kim', detail: { by: 'Kim' } },
        { at: '2026-01-15T09:06:00.000Z', type: 'resolved', text: 'Resolved by status page (the status page incident resolved)', detail: { by: 'status page', reason: 'status' } },
      ],
      statusIncident: { name: 'Elevated errors', url: 'https://status.openai.com/incidents/s1' },
      statusIncidents: [{ name: 'Elevated errors', url: 'https://status.openai.com/incidents/s1', resolved: false }],
      // 5 people on 2 networks: sev3 (and a live status page link would set sev3 at least).
      severity: 'sev3',
      openedAt: '2026-01-15T09:02:00.000Z',
      firstReportAt: '2026-01-15T09:00:00.000Z',
      lastReportAt: '2026-01-15T09:05:00.000Z',
      acknowledgedBy: 'Kim',
      acknowledgedAt: '2026-01-15T09:04:00.000Z',
    });
  });

  it('gives each timeline entry its facts, the end of a snooze as ISO 8601', () => {
    const view = toIncidentView(incident({ timeline: [{ type: 'snoozed', at: min(3), by: 'Kim', until: min(33) }, { type: 'left', at: min(4), branch: 'browser', reporters: 4 }] }), min(12));
    expect(view.timeline.map((entry) => entry.detail)).toEqual([{ by: 'Kim', until: '2026-01-15T09:33:00.000Z' }, { branch: 'browser', reporters: 4 }]);
  });

  it('names a network-local incident by its place, and an API one by its kind (the lines the chat cards use)', () => {
    const now = min(12);
    expect(toIncidentView(incident({ kind: 'network_local', place: 'site:berlin', reporters: 1 }), now).title).toBe('site berlin: 1 person in 10 min, another network works');
    expect(toIncidentView(incident({ kind: 'network_local', place: 'network:office' }), now).place).toBe('office network');
    expect(toIncidentView(incident({ kind: 'api', perMinute: [] }), now).title).toBe('OpenAI API server errors: 5 people in 10 min');
    expect(toIncidentView(incident({ perMinute: [] }), now).firstReportAt).toBe('2026-01-15T09:02:00.000Z');
  });
});

describe('toIncidentView in the desk language', () => {
  it('writes the title in the desk language it is given (DESK_LOCALE), with the same values', () => {
    const german = toIncidentView(incident(), min(12), messagesFor('de'));
    expect(german.title).toBe('ChatGPT-Ausfall: 5 Personen in 2 Netzwerken an 1 Standort in 10 Min. (Statusseite: Elevated errors)');
    expect({ ...german, title: '' }).toEqual({ ...toIncidentView(incident(), min(12)), title: '' });
  });
});

describe('incidentBoardFrom', () => {
  it('lists and acts through the desk, showing each incident as of now', async () => {
    const resolved: ActionOutcome = { ok: true, incident: incident({ state: 'resolved', resolved: { by: 'Kim', at: min(9), reason: 'desk' } }), changes: [{ type: 'resolved', incidentId: 'inc-1', subscribers: ['c1'] }] };
    const calls: unknown[][] = [];
    const board = incidentBoardFrom({
      incidents: {
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
        postUpdate: async (id, text, by) => {
          calls.push(['postUpdate', id, text, by]);
          return { ...resolved, queued: 5 };
        },
        get: async () => null,
        snooze: async () => ({ ok: false, reason: 'not_found' }),
        reportersByPlatform: async () => ({}),
      },
      now: () => min(30),
    });
    expect((await board.list()).map((i) => [i.id, i.title])).toEqual([['inc-1', 'ChatGPT outage: 5 people on 2 networks at 1 site in 28 min (status page: Elevated errors)']]);
    expect(await board.acknowledge('inc-1', 'Kim')).toEqual({ ok: false, reason: 'not_open' });
    const outcome = await board.resolve('inc-1', 'Kim');
    expect(outcome).toMatchObject({ ok: true, incident: { state: 'resolved', resolvedBy: 'Kim', resolvedAt: '2026-01-15T09:09:00.000Z', title: expect.stringContaining('in 7 min') } });
    expect(await board.postUpdate('inc-1', 'Fixed upstream', 'Kim')).toMatchObject({ ok: true, queued: 5, incident: { id: 'inc-1' } });
    expect(calls).toEqual([['list', undefined], ['acknowledge', 'inc-1', 'Kim'], ['resolve', 'inc-1', 'Kim'], ['postUpdate', 'inc-1', 'Fixed upstream', 'Kim']]);
  });
});

describe('the severity the board shows', () => {
  const live = (overrides: Partial<Incident> = {}) => incident({ state: 'open', acknowledged: undefined, timeline: [], ...overrides });

  it('takes the status page’s ChatGPT impact while a status incident is linked and the incident is live', () => {
    expect(toIncidentView(live(), min(12), undefined, 'full_outage').severity).toBe('sev1');
    expect(toIncidentView(live(), min(12), undefined, 'partial_outage').severity).toBe('sev2');
    // No live link: the people alone (5 on 2 networks: sev3); a resolved link does not count.
    expect(toIncidentView(live({ statusIncidents: [] }), min(12), undefined, 'full_outage').severity).toBe('sev3');
    expect(toIncidentView(live({ statusIncidents: [{ id: 's1', name: 'x', resolvedAt: min(3) }], reporters: 2, networks: 1 }), min(12), undefined, 'full_outage').severity).toBe('sev4');
    expect(toIncidentView(live({ state: 'resolved' }), min(12), undefined, 'full_outage').severity).toBe('sev3');
  });

  it('reads the impact from the status page as last read (incidentBoardFrom readStatus)', async () => {
    const reading = (status: 'chatgpt_incident' | 'operational', affected: { id: string; name: string; status: 'degraded_performance' | 'full_outage' }[]) =>
      ({ status, chatgptAffected: affected }) as unknown as ReturnType<NonNullable<Parameters<typeof incidentBoardFrom>[0]['readStatus']>>;
    let current = reading('chatgpt_incident', [
      { id: 'c1', name: 'Login', status: 'degraded_performance' },
      { id: 'c2', name: 'Conversations', status: 'full_outage' },
    ]);
    const board = incidentBoardFrom({
      incidents: {
        list: async () => [live({ reporters: 2, networks: 1 })],
        get: async () => null,
        acknowledge: async () => ({ ok: false, reason: 'not_found' }),
        resolve: async () => ({ ok: false, reason: 'not_found' }),
        snooze: async () => ({ ok: false, reason: 'not_found' }),
        postUpdate: async () => ({ ok: false, reason: 'not_found' }),
        reportersByPlatform: async () => ({}),
      },
      now: () => min(12),
      readStatus: () => current,
    });
    expect((await board.list())[0]!.severity).toBe('sev1');
    current = reading('operational', []);
    // A linked status incident without a named impact: sev3 at least.
    expect((await board.list())[0]!.severity).toBe('sev3');
  });
});
