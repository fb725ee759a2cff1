import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../src/status/classify-status.ts';
import { readIncidentIo } from '../../src/status/read-incidentio.ts';
import { readStatuspage } from '../../src/status/read-statuspage.ts';
import { loadStatusFixture } from '../helpers/fake-status-server.ts';
import { IDS, incidentioIncident, incidentioMaintenance, incidentioQuiet, incidentioWith, statuspageWithGroups } from './status-payloads.ts';

const opts = { pageUrl: 'https://status.openai.com', now: Date.parse('2026-09-03T15:30:00Z') };
const classifyIo = (payload: unknown) => classifyStatus(readIncidentIo(payload, opts));

describe('classifyStatus (incident.io)', () => {
  it('classifies the captured incident as a ChatGPT incident and names the ChatGPT components in page order', () => {
    const c = classifyIo(loadStatusFixture('incidentio_proxy_summary_partial.json'));
    expect(c.status).toBe('chatgpt_incident');
    expect(c.chatgptComponents).toHaveLength(15);
    expect(c.chatgptComponents.slice(0, 3)).toEqual(['Conversations', 'Login', 'ChatGPT Work']);
    expect(c.chatgptComponents).not.toContain('Codex Web'); // Codex group, not ChatGPT
    expect(c.incidents).toHaveLength(1);
    expect(c.incidents[0]).toMatchObject({ chatgpt: true, maintenance: false, name: 'Elevated errors across ChatGPT and Codex' });
    expect(c.incidents[0]!.components).toContain('Codex Web (Codex)');
  });

  it('is operational when nothing is open', () => {
    const c = classifyIo(incidentioQuiet());
    expect(c).toEqual({ status: 'operational', chatgptComponents: [], chatgptAffected: [], incidents: [] });
  });

  it('an incident on the APIs "Login" is another product, on the ChatGPT "Login" it is ChatGPT (by component id)', () => {
    const apis = classifyIo(incidentioWith(incidentioIncident({ name: 'Login errors', components: [{ component_id: IDS.apisLogin }] })));
    expect(apis.status).toBe('other_product_incident');
    expect(apis.chatgptComponents).toEqual([]);
    expect(apis.incidents[0]).toMatchObject({ chatgpt: false, components: ['Login (APIs)'] });

    const chatgpt = classifyIo(incidentioWith(incidentioIncident({ name: 'Login errors', components: [{ component_id: IDS.chatgptLogin }] })));
    expect(chatgpt.status).toBe('chatgpt_incident');
    expect(chatgpt.chatgptComponents).toEqual(['Login']);
    expect(chatgpt.chatgptAffected).toEqual([{ id: IDS.chatgptLogin, name: 'Login', status: 'degraded_performance' }]);
  });

  it("reads an open incident's own components while the top-level affected_components is empty", () => {
    const payload = incidentioWith(incidentioIncident({ components: [{ component_id: IDS.conversations, status: 'partial_outage' }] }));
    expect(payload.summary['affected_components']).toEqual([]);
    const c = classifyIo(payload);
    expect(c.status).toBe('chatgpt_incident');
    expect(c.chatgptComponents).toEqual(['Conversations']);
  });

  it('counts an incident that touches ChatGPT even when it says the component is operational again (monitoring)', () => {
    const c = classifyIo(incidentioWith(incidentioIncident({ status: 'monitoring', components: [{ component_id: IDS.search, status: 'operational' }] })));
    expect(c.status).toBe('chatgpt_incident');
    expect(c.chatgptAffected).toEqual([{ id: IDS.search, name: 'Search', status: 'operational' }]);
  });

  it('maintenance in progress on a ChatGPT component is a ChatGPT incident', () => {
    const payload = incidentioQuiet();
    payload.summary['scheduled_maintenances'] = [incidentioMaintenance({ status: 'maintenance_in_progress', components: [IDS.conversations] })];
    const c = classifyIo(payload);
    expect(c.status).toBe('chatgpt_incident');
    expect(c.chatgptAffected).toEqual([{ id: IDS.conversations, name: 'Conversations', status: 'under_maintenance' }]);
    expect(c.incidents[0]).toMatchObject({ chatgpt: true, maintenance: true });
  });

  it('maintenance in progress outside ChatGPT is another product; scheduled maintenance on ChatGPT is nothing yet', () => {
    const apis = incidentioQuiet();
    apis.summary['scheduled_maintenances'] = [incidentioMaintenance({ status: 'maintenance_in_progress', components: [IDS.chatCompletions] })];
    expect(classifyIo(apis).status).toBe('other_product_incident');

    const later = incidentioQuiet();
    later.summary['scheduled_maintenances'] = [incidentioMaintenance({ status: 'maintenance_scheduled', components: [IDS.conversations] })];
    expect(classifyIo(later).status).toBe('operational');
  });

  it('a ChatGPT component in an unrecognised state with no incident is unknown, not operational', () => {
    const payload = incidentioQuiet();
    payload.summary['affected_components'] = [{ component_id: IDS.search, status: 'sparkling' }];
    const c = classifyIo(payload);
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain('"Search"');
    expect(c.chatgptComponents).toEqual(['Search']);
  });

  it('a ChatGPT incident wins over an unrecognised state elsewhere in ChatGPT', () => {
    const payload = incidentioWith(incidentioIncident({ components: [{ component_id: IDS.conversations }] }));
    payload.summary['affected_components'] = [{ component_id: IDS.search, status: 'sparkling' }];
    expect(classifyIo(payload).status).toBe('chatgpt_incident');
  });

  it('an open incident that lists no components is unknown unless it names ChatGPT', () => {
    const vague = classifyIo(incidentioWith(incidentioIncident({ name: 'Elevated error rates' })));
    expect(vague.status).toBe('unknown');
    expect(vague.reason).toContain('Elevated error rates');

    const named = classifyIo(incidentioWith(incidentioIncident({ name: 'ChatGPT unavailable for some users' })));
    expect(named.status).toBe('chatgpt_incident');
    expect(named.chatgptComponents).toEqual([]);
  });

  it('a page that lists all its components but no ChatGPT group is unknown', () => {
    const payload = incidentioQuiet();
    const structure = payload.summary['structure'] as { items: { group?: { name: string } }[] };
    for (const item of structure.items) if (item.group?.name === 'ChatGPT') item.group.name = 'Consumer apps';
    const c = classifyIo(payload);
    expect(c.status).toBe('unknown');
    expect(c.reason).toBe('the status page lists no ChatGPT components');
    // …unless the group pattern is configured to the new name.
    expect(classifyStatus(readIncidentIo(payload, opts), { chatgptGroup: /^consumer apps$/i }).status).toBe('operational');
  });

  it('the widget payload with nothing open is operational', () => {
    expect(classifyIo(loadStatusFixture('incidentio_v1_summary_none.json')).status).toBe('operational');
  });
});

describe('classifyStatus (Statuspage)', () => {
  const classifySp = (payload: unknown) => classifyStatus(readStatuspage(payload, { pageUrl: 'https://status.example.com' }));

  it('a non-operational component in the ChatGPT group is a ChatGPT incident, even without an incident', () => {
    const c = classifySp(statuspageWithGroups({ login: 'major_outage' }));
    expect(c.status).toBe('chatgpt_incident');
    expect(c.chatgptAffected).toEqual([{ id: 'c-login', name: 'Login', status: 'full_outage' }]);
  });

  it('a degraded component outside ChatGPT is another product; all operational is operational', () => {
    expect(classifySp(statuspageWithGroups({ apiChat: 'degraded_performance' })).status).toBe('other_product_incident');
    expect(classifySp(statuspageWithGroups()).status).toBe('operational');
  });

  it('a page without ChatGPT components (the captured Claude page) is unknown', () => {
    const c = classifySp(loadStatusFixture('statuspage_summary_none.json'));
    expect(c.status).toBe('unknown');
    expect(c.reason).toBe('the status page lists no ChatGPT components');
  });

  it('an unresolved-incidents payload of another vendor is another product', () => {
    const c = classifySp(loadStatusFixture('statuspage_unresolved_minor.json'));
    expect(c.status).toBe('other_product_incident');
    expect(c.incidents[0]).toMatchObject({ chatgpt: false, components: ['WARP'] });
  });
});
