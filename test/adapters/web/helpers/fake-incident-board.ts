import type { BoardActionOutcome, IncidentBoard, IncidentView } from '../../../../adapters/web/incident-board.port.ts';

/** An in-memory board for tests: incidents as the web adapter shows them; records actions. */
export interface FakeIncidentBoard extends IncidentBoard {
  incidents: IncidentView[];
  actions: { action: 'acknowledge' | 'resolve'; id: string; by: string }[];
}

export function createFakeIncidentBoard(incidents: IncidentView[] = []): FakeIncidentBoard {
  const board: FakeIncidentBoard = {
    incidents,
    actions: [],
    async list() {
      return structuredClone(board.incidents);
    },
    acknowledge: (id, by) => act('acknowledge', id, by),
    resolve: (id, by) => act('resolve', id, by),
  };
  async function act(action: 'acknowledge' | 'resolve', id: string, by: string): Promise<BoardActionOutcome> {
    board.actions.push({ action, id, by });
    const incident = board.incidents.find((i) => i.id === id);
    if (!incident) return { ok: false, reason: 'not_found' };
    if (incident.state !== 'open' && incident.state !== 'acknowledged') return { ok: false, reason: 'not_open' };
    const at = new Date().toISOString();
    if (action === 'acknowledge') Object.assign(incident, { state: 'acknowledged', acknowledgedBy: by, acknowledgedAt: at });
    else Object.assign(incident, { state: 'resolved', resolvedBy: by, resolvedAt: at });
    incident.timeline.push({ at, type: action === 'acknowledge' ? 'acknowledged' : 'resolved', text: `${action === 'acknowledge' ? 'Acknowledged' : 'Resolved'} by ${by}` });
    return { ok: true, incident: structuredClone(incident) };
  }
  return board;
}

/** A plausible incident; `minutesAgo` places its reports in the recent past. */
export function sampleIncident(overrides: Partial<IncidentView> = {}, now = Date.now()): IncidentView {
  const minute = (n: number) => new Date(Math.floor(now / 60_000) * 60_000 - n * 60_000).toISOString();
  const counts = [1, 3, 6, 9, 12, 7, 3];
  return {
    id: 'inc-upstream-1',
    kind: 'upstream',
    title: 'ChatGPT outage: 41 people on 6 networks',
    state: 'open',
    reporters: 41,
    reports: 43,
    places: 6,
    breakdowns: {
      network: { office: 22, vpn: 9, home: 8, mobile_data: 2 },
      site: { Berlin: 14, Lyon: 8 },
      surface: { web: 35, desktop: 6 },
      symptom: { http_500: 38, other: 3 },
    },
    perMinute: counts.map((count, i) => ({ minute: minute(counts.length - 1 - i), count })),
    timeline: [
      { at: minute(6), type: 'opened', text: 'Opened from reports: 3 people on 3 networks' },
      { at: minute(4), type: 'status_linked', text: 'Status page: Elevated errors on ChatGPT' },
      { at: minute(2), type: 'threshold', text: 'Grew to 41 people on 6 networks' },
    ],
    statusIncident: { name: 'Elevated errors on ChatGPT', url: 'https://status.openai.com/incidents/01ABC' },
    openedAt: minute(6),
    firstReportAt: minute(6),
    lastReportAt: minute(0),
    ...overrides,
  };
}
