import { describe, expect, it } from 'vitest';
import { readStatuspage } from '../../src/status/read-statuspage.ts';
import { StatusPayloadError } from '../../src/status/status-payload-error.ts';
import { loadStatusFixture } from '../helpers/fake-status-server.ts';
import { statuspageWithGroups } from './status-payloads.ts';

const opts = { pageUrl: 'https://status.example.com' };

describe('readStatuspage', () => {
  it('reads the captured summary.json: all components, operational, no incidents', () => {
    const model = readStatuspage(loadStatusFixture('statuspage_summary_none.json'), opts);
    expect(model).toMatchObject({ provider: 'statuspage', format: 'statuspage_v2', componentsComplete: true, incidents: [], maintenances: [] });
    expect(model.page).toEqual({ name: 'Claude', url: 'https://status.claude.com' });
    expect(model.components).toHaveLength(6);
    expect(model.components[0]).toEqual({ id: 'rwppv331jlwc', name: 'claude.ai', group: null, status: 'operational' });
    expect(model.components.every((c) => c.status === 'operational')).toBe(true);
  });

  it('reads the captured unresolved.json: the incident, its component, start, last update and shortlink', () => {
    const model = readStatuspage(loadStatusFixture('statuspage_unresolved_minor.json'), opts);
    expect(model.componentsComplete).toBe(false);
    expect(model.incidents).toHaveLength(1);
    expect(model.incidents[0]).toEqual({
      id: '9g65dxfbcjln',
      name: 'Incorrect geo location for some Cloudflare WARP users',
      status: 'identified',
      affectedComponents: [{ id: 'bjvy4v384csg', name: 'WARP', group: null, status: 'degraded_performance' }],
      startedAt: '2026-08-27T18:46:19.000Z',
      lastUpdate: { at: '2026-09-01T08:29:56.950Z', text: 'We are continuing to work on a fix for this issue.' },
      url: 'https://www.cloudflarestatus.com/incidents/9g65dxfbcjln',
    });
    expect(model.components).toEqual([{ id: 'bjvy4v384csg', name: 'WARP', group: null, status: 'degraded_performance' }]);
  });

  it('names groups from group components, leaves the group components out, maps major_outage to full_outage', () => {
    const model = readStatuspage(statuspageWithGroups({ conversations: 'major_outage', login: 'degraded_performance' }), opts);
    expect(model.components.map((c) => [c.name, c.group, c.status])).toEqual([
      ['Conversations', 'ChatGPT', 'full_outage'],
      ['Login', 'ChatGPT', 'degraded_performance'],
      ['Chat Completions', 'API', 'operational'],
      ['Login', 'API', 'operational'],
    ]);
  });

  it('maps an unknown status word to "unknown"', () => {
    const model = readStatuspage(statuspageWithGroups({ login: 'wobbly' }), opts);
    expect(model.components.find((c) => c.id === 'c-login')?.status).toBe('unknown');
  });

  it("uses the page's current component state for an incident's components; drops resolved incidents", () => {
    const incident = (id: string, status: string) => ({
      id,
      name: `incident ${id}`,
      status,
      impact: 'major',
      created_at: '2026-09-03T10:00:00Z',
      started_at: '2026-09-03T10:00:00Z',
      incident_updates: [{ id: 'u1', status, body: 'Investigating', display_at: '2026-09-03T10:05:00Z', created_at: '2026-09-03T10:05:00Z' }],
      components: [{ id: 'c-conv', name: 'Conversations', status: 'degraded_performance', group_id: 'grp-chatgpt' }],
    });
    const model = readStatuspage(statuspageWithGroups({ conversations: 'partial_outage', incidents: [incident('i1', 'investigating'), incident('i2', 'resolved')] }), opts);
    expect(model.incidents.map((i) => i.id)).toEqual(['i1']);
    expect(model.incidents[0]!.affectedComponents).toEqual([{ id: 'c-conv', name: 'Conversations', group: 'ChatGPT', status: 'partial_outage' }]);
    expect(model.incidents[0]!.url).toBe('https://status.example.com/incidents/i1');
  });

  it('keeps in-progress maintenance only', () => {
    const maintenance = (id: string, status: string) => ({
      id,
      name: `maintenance ${id}`,
      status,
      scheduled_for: '2026-09-03T10:00:00Z',
      scheduled_until: '2026-09-03T12:00:00Z',
      shortlink: `https://stspg.io/${id}`,
      incident_updates: [],
      components: [{ id: 'c-login', name: 'Login', status: 'operational', group_id: 'grp-chatgpt' }],
    });
    const model = readStatuspage(statuspageWithGroups({ maintenances: [maintenance('m1', 'in_progress'), maintenance('m2', 'scheduled'), maintenance('m3', 'completed')] }), opts);
    expect(model.maintenances.map((m) => m.id)).toEqual(['m1']);
    expect(model.maintenances[0]).toMatchObject({ url: 'https://stspg.io/m1', startsAt: '2026-09-03T10:00:00.000Z', endsAt: '2026-09-03T12:00:00.000Z' });
    expect(model.maintenances[0]!.affectedComponents[0]).toMatchObject({ name: 'Login', group: 'ChatGPT', status: 'under_maintenance' });
  });

  it.each([[[]], [{}], [42], [{ page: {} }]])('rejects a payload it does not understand: %j', (payload) => {
    expect(() => readStatuspage(payload, opts)).toThrow(StatusPayloadError);
  });
});
