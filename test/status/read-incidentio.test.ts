import { describe, expect, it } from 'vitest';
import { readIncidentIo } from '../../src/status/read-incidentio.ts';
import { StatusPayloadError } from '../../src/status/status-payload-error.ts';
import { loadStatusFixture } from '../helpers/fake-status-server.ts';
import {
  FIXTURE_INCIDENT_ID,
  IDS,
  incidentioIncident,
  incidentioMaintenance,
  incidentioPartial,
  incidentioQuiet,
  incidentioWith,
} from './status-payloads.ts';

const opts = { pageUrl: 'https://status.openai.com', now: Date.parse('2026-09-03T15:30:00Z') };
const component = (model: ReturnType<typeof readIncidentIo>, id: string) => model.components.find((c) => c.id === id);

describe('readIncidentIo: the captured native payload', () => {
  const model = readIncidentIo(loadStatusFixture('incidentio_proxy_summary_partial.json'), opts);

  it('reads page, format and the full component list with groups from the structure', () => {
    expect(model.provider).toBe('incidentio');
    expect(model.format).toBe('incidentio_native');
    expect(model.page).toEqual({ name: 'OpenAI', url: 'https://status.openai.com' });
    expect(model.componentsComplete).toBe(true);
    expect(model.components).toHaveLength(34);
    expect(component(model, IDS.conversations)).toMatchObject({ name: 'Conversations', group: 'ChatGPT' });
    expect(component(model, IDS.chatCompletions)).toMatchObject({ name: 'Chat Completions', group: 'APIs' });
    expect(component(model, IDS.codexCli)).toMatchObject({ name: 'CLI', group: 'Codex' });
  });

  it('tells the two "Login" components apart by id', () => {
    expect(component(model, IDS.chatgptLogin)).toEqual({ id: IDS.chatgptLogin, name: 'Login', group: 'ChatGPT', status: 'partial_outage' });
    expect(component(model, IDS.apisLogin)).toEqual({ id: IDS.apisLogin, name: 'Login', group: 'APIs', status: 'operational' });
  });

  it("takes component states from each incident's own list when the top-level list is empty", () => {
    const summary = (loadStatusFixture('incidentio_proxy_summary_partial.json') as { summary: { affected_components: unknown[] } }).summary;
    expect(summary.affected_components).toEqual([]);
    expect(component(model, IDS.conversations)?.status).toBe('partial_outage');
    expect(model.components.filter((c) => c.status !== 'operational')).toHaveLength(19);
    expect(model.components.filter((c) => c.group === 'APIs').every((c) => c.status === 'operational')).toBe(true);
  });

  it('reads the ongoing incident: name, status, components, start, last update and link', () => {
    expect(model.incidents).toHaveLength(1);
    const incident = model.incidents[0]!;
    expect(incident).toMatchObject({
      id: FIXTURE_INCIDENT_ID,
      name: 'Elevated errors across ChatGPT and Codex',
      status: 'monitoring',
      startedAt: '2026-09-03T14:43:00.000Z',
      lastUpdate: { at: '2026-09-03T15:17:00.000Z', text: 'We have applied the mitigation and are monitoring the recovery.' },
      url: `https://status.openai.com/incidents/${FIXTURE_INCIDENT_ID}`,
    });
    expect(incident.affectedComponents).toHaveLength(19);
    // In page order: the ChatGPT group comes after APIs, Conversations first.
    expect(incident.affectedComponents[0]).toMatchObject({ name: 'Conversations', group: 'ChatGPT', status: 'partial_outage' });
    expect(model.maintenances).toEqual([]);
  });
});

describe('readIncidentIo: variations', () => {
  it('reads the widget API payload (no structure) as a partial component list', () => {
    const model = readIncidentIo(loadStatusFixture('incidentio_v1_summary_none.json'), opts);
    expect(model).toMatchObject({ format: 'incidentio_widget', componentsComplete: false, incidents: [], maintenances: [], components: [] });
    expect(model.page.name).toBe('OpenAI');
  });

  it('reads widget incidents with group_name and url', () => {
    const model = readIncidentIo(
      {
        page_title: 'OpenAI',
        page_url: 'https://status.openai.com/',
        ongoing_incidents: [
          {
            id: 'inc1',
            name: 'Login errors',
            status: 'identified',
            url: 'https://status.openai.com/incidents/inc1',
            last_update_at: '2026-09-03T15:00:00Z',
            last_update_message: 'Fix in progress',
            affected_components: [{ id: IDS.chatgptLogin, name: 'Login', group_name: 'ChatGPT', current_status: 'full_outage' }],
          },
        ],
        in_progress_maintenances: [],
      },
      opts,
    );
    expect(model.components).toEqual([{ id: IDS.chatgptLogin, name: 'Login', group: 'ChatGPT', status: 'full_outage' }]);
    expect(model.incidents[0]).toMatchObject({ lastUpdate: { at: '2026-09-03T15:00:00.000Z', text: 'Fix in progress' }, url: 'https://status.openai.com/incidents/inc1' });
  });

  it('maps an unknown status word to "unknown", never to operational', () => {
    const model = readIncidentIo(incidentioWith(incidentioIncident({ components: [{ component_id: IDS.search, status: 'sparkling' }] })), opts);
    expect(component(model, IDS.search)?.status).toBe('unknown');
    expect(model.incidents[0]!.affectedComponents[0]!.status).toBe('unknown');
  });

  it('maps full_outage and reads the top-level affected_components list', () => {
    const payload = incidentioQuiet();
    payload.summary['affected_components'] = [{ component_id: IDS.conversations, status: 'full_outage' }];
    const model = readIncidentIo(payload, opts);
    expect(component(model, IDS.conversations)?.status).toBe('full_outage');
    expect(model.incidents).toEqual([]);
  });

  it("falls back to the latest update's component statuses when an incident lists none", () => {
    const incident = incidentioIncident({
      updates: [
        { published_at: '2026-09-03T14:00:00Z', message_string: 'first', component_statuses: [{ component_id: IDS.search, status: 'degraded_performance' }] },
        { published_at: '2026-09-03T15:00:00Z', message_string: 'second', component_statuses: [{ component_id: IDS.chatgptLogin, status: 'partial_outage' }] },
      ],
    });
    const model = readIncidentIo(incidentioWith(incident), opts);
    expect(model.incidents[0]!.affectedComponents.map((c) => [c.name, c.status])).toEqual([['Login', 'partial_outage']]);
    expect(model.incidents[0]!.lastUpdate?.text).toBe('second');
  });

  it('drops incidents a payload still lists as resolved', () => {
    const model = readIncidentIo(incidentioWith(incidentioIncident({ status: 'resolved', components: [{ component_id: IDS.search }] })), opts);
    expect(model.incidents).toEqual([]);
    expect(component(model, IDS.search)?.status).toBe('operational');
  });

  it('keeps maintenance in progress and marks its components under maintenance', () => {
    const payload = incidentioQuiet();
    payload.summary['scheduled_maintenances'] = [
      incidentioMaintenance({ id: 'm-running', status: 'maintenance_in_progress', components: [IDS.conversations] }),
      incidentioMaintenance({ id: 'm-later', status: 'maintenance_scheduled', components: [IDS.search] }),
      incidentioMaintenance({ id: 'm-window', components: [IDS.chatgptLogin] }), // no status word, window contains now
      incidentioMaintenance({ id: 'm-future', components: [IDS.sora], starts_at: '2026-09-04T00:00:00Z', ends_at: '2026-09-04T02:00:00Z' }),
    ];
    const model = readIncidentIo(payload, opts);
    expect(model.maintenances.map((m) => m.id)).toEqual(['m-running', 'm-window']);
    expect(model.maintenances[0]).toMatchObject({ status: 'maintenance_in_progress', startsAt: '2026-09-03T14:00:00.000Z', endsAt: '2026-09-03T18:00:00.000Z' });
    expect(component(model, IDS.conversations)?.status).toBe('under_maintenance');
    expect(component(model, IDS.chatgptLogin)?.status).toBe('under_maintenance');
    expect(component(model, IDS.search)?.status).toBe('operational');
    expect(component(model, IDS.sora)?.status).toBe('operational');
  });

  it('routes an ongoing item of type "maintenance" to maintenances', () => {
    const model = readIncidentIo(
      incidentioWith(incidentioIncident({ id: 'mx', type: 'maintenance', status: 'maintenance_in_progress', components: [{ component_id: IDS.search, status: 'under_maintenance' }] })),
      opts,
    );
    expect(model.incidents).toEqual([]);
    expect(model.maintenances.map((m) => m.id)).toEqual(['mx']);
  });

  it('links incidents under the configured page when the payload names no public URL', () => {
    const payload = incidentioWith(incidentioIncident({ id: 'abc', components: [{ component_id: IDS.search }] }));
    delete payload.summary['public_url'];
    const model = readIncidentIo(payload, { pageUrl: 'http://127.0.0.1:9/' });
    expect(model.incidents[0]!.url).toBe('http://127.0.0.1:9/incidents/abc');
  });

  it.each([[[]], [{}], ['text'], [null], [{ summary: { name: 'x' } }]])('rejects a payload it does not understand: %j', (payload) => {
    expect(() => readIncidentIo(payload, opts)).toThrow(StatusPayloadError);
    expect(() => readIncidentIo(payload, opts)).toThrow(expect.objectContaining({ code: 'status.malformed' }));
  });

  it('keeps the captured payload unchanged (reads, never mutates)', () => {
    const payload = incidentioPartial();
    const before = JSON.stringify(payload);
    readIncidentIo(payload, opts);
    expect(JSON.stringify(payload)).toBe(before);
  });
});
