import { loadStatusFixture } from '../helpers/fake-status-server.ts';

/** Component ids on OpenAI's incident.io page (from the captured payload). */
export const IDS = {
  chatgptLogin: '01JMXBNJXG1S2D9V65P1ZZTD94',
  apisLogin: '01JSM5RTJWHRWDTS6Q604VEW3B',
  conversations: '01JMXBNJXGV1T5GT2M9XA83XNG',
  search: '01JMXBNJXGKKP51D4DEJ2HZJ8Q',
  chatCompletions: '01JMXBRMFE6N2NNT7DG6XZQ6PW',
  sora: '01K9G527YRPY1EFRMHTKB5BKT5',
  codexCli: '01KMKFAMWKNQ84Z1766MV08ZDE',
} as const;

export const FIXTURE_INCIDENT_ID = '01M1KWEDH417T2CF44YYHZDFCR';

type Json = Record<string, unknown>;

/** incident.io native payload: the captured one (an open ChatGPT + Codex incident). */
export function incidentioPartial(): { summary: Json } {
  return structuredClone(loadStatusFixture('incidentio_proxy_summary_partial.json')) as { summary: Json };
}

/** The captured payload with nothing open: all components operational. */
export function incidentioQuiet(): { summary: Json } {
  const payload = incidentioPartial();
  payload.summary['ongoing_incidents'] = [];
  payload.summary['affected_components'] = [];
  payload.summary['scheduled_maintenances'] = [];
  return payload;
}

export interface IncidentOverrides {
  id?: string;
  name?: string;
  status?: string;
  components?: { component_id: string; status?: string; current_status?: string }[];
  updates?: { published_at: string; message_string: string; to_status?: string; component_statuses?: { component_id: string; status: string }[] }[];
  type?: string;
}

/** An incident.io ongoing incident shaped like the captured one. */
export function incidentioIncident(o: IncidentOverrides = {}): Json {
  const id = o.id ?? '01TESTINCIDENT000000000000';
  return {
    id,
    name: o.name ?? 'Elevated errors on ChatGPT',
    status: o.status ?? 'investigating',
    type: o.type ?? 'incident',
    published_at: '2026-09-03T14:58:23.907Z',
    status_page_id: '01JMDK9XYNY6RXSED6SDWW50WY',
    affected_components: (o.components ?? []).map((c) => ({ component_id: c.component_id, status: c.status ?? 'degraded_performance', current_status: c.current_status ?? c.status ?? 'degraded_performance' })),
    updates: (o.updates ?? [{ published_at: '2026-09-03T14:43:00Z', message_string: 'We are investigating the issue.' }]).map((u, index) => ({
      id: `${id}-update-${index}`,
      published_at: u.published_at,
      message_string: u.message_string,
      message: { markdown: u.message_string },
      to_status: u.to_status ?? 'investigating',
      component_statuses: u.component_statuses ?? [],
    })),
  };
}

/** The quiet page plus the given ongoing incidents (top-level affected_components left empty). */
export function incidentioWith(...incidents: Json[]): { summary: Json } {
  const payload = incidentioQuiet();
  payload.summary['ongoing_incidents'] = incidents;
  return payload;
}

export function incidentioMaintenance(o: { id?: string; name?: string; status?: string; components?: string[]; starts_at?: string; ends_at?: string } = {}): Json {
  return {
    id: o.id ?? '01TESTMAINTENANCE000000000',
    name: o.name ?? 'Scheduled maintenance',
    ...(o.status !== undefined ? { status: o.status } : {}),
    type: 'maintenance',
    starts_at: o.starts_at ?? '2026-09-03T14:00:00Z',
    ends_at: o.ends_at ?? '2026-09-03T18:00:00Z',
    affected_components: (o.components ?? []).map((component_id) => ({ component_id, status: 'under_maintenance' })),
  };
}

/** A Statuspage v2 summary with a "ChatGPT" group and an "API" group. */
export function statuspageWithGroups(o: { conversations?: string; login?: string; apiChat?: string; incidents?: Json[]; maintenances?: Json[] } = {}): Json {
  const component = (id: string, name: string, status: string, group_id: string | null, group = false) => ({ id, name, status, group_id, group, page_id: 'page1' });
  return {
    page: { id: 'page1', name: 'Example', url: 'https://status.example.com', time_zone: 'Etc/UTC', updated_at: '2026-09-03T12:00:00Z' },
    components: [
      component('grp-chatgpt', 'ChatGPT', 'operational', null, true),
      component('c-conv', 'Conversations', o.conversations ?? 'operational', 'grp-chatgpt'),
      component('c-login', 'Login', o.login ?? 'operational', 'grp-chatgpt'),
      component('grp-api', 'API', 'operational', null, true),
      component('c-chat', 'Chat Completions', o.apiChat ?? 'operational', 'grp-api'),
      component('c-api-login', 'Login', 'operational', 'grp-api'),
    ],
    incidents: o.incidents ?? [],
    scheduled_maintenances: o.maintenances ?? [],
    status: { indicator: 'none', description: 'All Systems Operational' },
  };
}
