import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { DeliveryFailure } from '../../../src/delivery/delivery-failure.ts';
import { describe, expect, it } from 'vitest';
import { get, post } from '../app/helpers/serve-app.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { threeReportersOverApi } from './helpers/report-over-api.ts';
import { serveWeb } from './helpers/serve-web.ts';

const TOKEN = 'helpdesk-token-0123456789abcdef';

interface IncidentBody {
  id: string;
  kind: string;
  title: string;
  state: string;
  reporters: number;
  reports: number;
  places: number;
  breakdowns: { network: Record<string, number> };
  timeline: { type: string; text: string }[];
  acknowledgedBy?: string;
  resolvedBy?: string;
}

async function setup(config: Parameters<typeof serveWeb>[0]['config'] = {}) {
  const real = await startRealDesk();
  // What a chat platform would be handed: cards, and notices to reporters' threads.
  const delivered: ({ type: 'card'; state: string } | { type: 'notice'; conversationId: string; incidentId: string; text: string })[] = [];
  real.senders.register('web', {
    thread: async () => {},
    notice: async (d) => void delivered.push({ type: 'notice', conversationId: d.conversationId, incidentId: d.incidentId, text: d.text }),
    card: async (incident, ref) => (delivered.push({ type: 'card', state: incident.state }), ref ?? 'card-1'),
  });
  const { url } = await serveWeb({ desk: real.desk, config });
  return { real, url, delivered };
}

const threeReporters = (url: string) => threeReportersOverApi([url]);

const list = async (url: string, headers: Record<string, string> = {}) => (await get(`${url}/api/incidents`, headers)).body as { incidents: IncidentBody[] };

describe('the incident API with no chat platform and no token (open board)', () => {
  it('lists nothing at first, then the incident three reporters on three networks open', async () => {
    const { url } = await setup();
    expect(await list(url)).toEqual({ incidents: [] });
    await threeReporters(url);
    const res = await get(`${url}/api/incidents`);
    expect(res.status).toBe(200);
    const { incidents } = res.body as { incidents: IncidentBody[] };
    expect(incidents.map((i) => [i.kind, i.state, i.reporters, i.reports, i.places])).toEqual([['upstream', 'open', 3, 3, 3]]);
    expect(incidents[0]!.title).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    expect(incidents[0]!.breakdowns.network).toEqual({ office: 1, home: 1, vpn: 1 });
    expect(incidents[0]!.timeline[0]).toMatchObject({ type: 'opened', text: 'Opened from reports: 3 people in 3 places (networks or sites)' });
  });

  it('acknowledges and resolves, with the name given or a default; cards are redrawn and subscribers told', async () => {
    const { real, url, delivered } = await setup();
    const reporters = await threeReporters(url);
    expect((await reporters.clients[0]!.post(`${url}/api/conversations/${reporters[0]}/subscribe`, {})).body).toMatchObject({ subscribed: true, incidentId: expect.any(String) });
    const [incident] = (await list(url)).incidents;

    const ack = await post(`${url}/api/incidents/${incident!.id}/acknowledge`, { by: 'Kim' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ incident: { id: incident!.id, state: 'acknowledged', acknowledgedBy: 'Kim' } });
    const resolved = await post(`${url}/api/incidents/${incident!.id}/resolve`, {});
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ incident: { state: 'resolved', resolvedBy: 'helpdesk (web board)' } });
    expect((await list(url)).incidents.map((i) => [i.id, i.state])).toEqual([[incident!.id, 'resolved']]);

    await outboxSettled(real.store);
    expect(delivered.filter((e) => e.type === 'card').at(-1)).toEqual({ type: 'card', state: 'resolved' });
    const notices = delivered.filter((e) => e.type === 'notice');
    expect(notices).toEqual([expect.objectContaining({ conversationId: reporters[0], incidentId: incident!.id, text: expect.stringMatching(/^✅ Resolved: ChatGPT outage/) })]);
  });

  it('shows the progress of the resolve notice on the incident and what could not be delivered in GET /api/outbox', async () => {
    const real = await startRealDesk();
    // A platform that refuses one reporter's thread for good.
    const refusing = new Set<string>();
    real.senders.register('web', {
      thread: async () => {},
      notice: async (d) => {
        if (refusing.has(d.conversationId)) throw new DeliveryFailure('refused', 'web:thread_gone');
      },
    });
    const { url } = await serveWeb({ desk: real.desk, outbox: real.store.outbox });
    expect((await get(`${url}/api/outbox`)).body).toEqual({ pending: 0, retrying: 0, failed: 0, reasons: [], recent: [] });
    const ids = await threeReportersOverApi([url]);
    for (const [n, id] of ids.entries()) await ids.clients[n]!.post(`${url}/api/conversations/${id}/subscribe`, {});
    refusing.add(ids[1]!);
    const [incident] = (await list(url)).incidents;
    expect((await post(`${url}/api/incidents/${incident!.id}/resolve`, { by: 'Kim' })).status).toBe(200);
    await outboxSettled(real.store);
    const [after] = (await list(url)).incidents as (IncidentBody & { notified?: unknown })[];
    expect(after!.notified).toEqual({ kind: 'resolved', total: 3, sent: 2, failed: 1, skipped: 0, text: 'Resolve notice: notified 2 of 3 (1 could not be delivered)' });
    const outbox = (await get(`${url}/api/outbox`)).body as { failed: number; reasons: unknown[]; recent: { kind: string; reason: string; incidentId?: string }[] };
    expect(outbox).toMatchObject({ pending: 0, retrying: 0, failed: 1, reasons: [{ reason: 'web:thread_gone', count: 1 }] });
    expect(outbox.recent).toEqual([expect.objectContaining({ kind: 'notice', reason: 'web:thread_gone', incidentId: incident!.id, attempts: 1 })]);
    // The incident's page lists the same undelivered message.
    const detail = (await get(`${url}/api/incidents/${incident!.id}`)).body as { undelivered: unknown[] };
    expect(detail.undelivered).toEqual([expect.objectContaining({ kind: 'notice', reason: 'web:thread_gone', incidentId: incident!.id })]);
  });

  it('posts a desk update to every reporter of the incident (POST /api/incidents/:id/update)', async () => {
    const { real, url, delivered } = await setup();
    await threeReporters(url);
    const [incident] = (await list(url)).incidents;
    const res = await post(`${url}/api/incidents/${incident!.id}/update`, { text: 'OpenAI is rolling out a fix', by: 'Kim' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ queued: 3, incident: { id: incident!.id, timeline: expect.arrayContaining([expect.objectContaining({ type: 'note', text: 'Kim: OpenAI is rolling out a fix' })]) } });
    await outboxSettled(real.store);
    expect(delivered.filter((e) => e.type === 'notice').map((e) => e.type === 'notice' && e.text)).toEqual(Array(3).fill('📣 Update from the desk: OpenAI is rolling out a fix'));
    expect((await post(`${url}/api/incidents/${incident!.id}/update`, { text: '   ' })).body).toMatchObject({ code: 'invalid_body', field: 'text' });
    expect((await post(`${url}/api/incidents/nope/update`, { text: 'x' })).status).toBe(404);
  });

  it('shows one incident at GET /api/incidents/:id: severity, reporters by platform, undelivered messages; 404 coded when unknown', async () => {
    const { url } = await setup();
    await threeReporters(url);
    const [incident] = (await list(url)).incidents;
    const res = await get(`${url}/api/incidents/${incident!.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      incident: { id: incident!.id, state: 'open', reporters: 3, severity: 'sev3', statusIncidents: [] },
      reportersByPlatform: { web: 3 },
    });
    const unknown = await get(`${url}/api/incidents/nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'No incident with this id.', code: 'not_found' });
    expect((await get(`${url}/api/incidents/${'x'.repeat(300)}`)).status).toBe(404);
  });

  it('snoozes for the minutes given (POST /api/incidents/:id/snooze), validated', async () => {
    const { url } = await setup();
    await threeReporters(url);
    const [incident] = (await list(url)).incidents;
    const before = Date.now();
    const res = await post(`${url}/api/incidents/${incident!.id}/snooze`, { minutes: 30, by: 'Kim' });
    expect(res.status).toBe(200);
    const body = res.body as { incident: { snoozedBy: string; snoozedUntil: string; timeline: { type: string }[] } };
    expect(body.incident.snoozedBy).toBe('Kim');
    const until = Date.parse(body.incident.snoozedUntil);
    expect(until).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1000);
    expect(body.incident.timeline.at(-1)).toMatchObject({ type: 'snoozed', detail: { by: 'Kim' } });
    for (const [bad, error] of [
      [{}, 'minutes: is required'],
      [{ minutes: '30' }, 'minutes: must be a whole number of minutes'],
      [{ minutes: 1.5 }, 'minutes: must be a whole number of minutes'],
      [{ minutes: 0 }, 'minutes: must be at least 1'],
      [{ minutes: 10_081 }, 'minutes: must be at most 10080 (7 days)'],
    ] as const) {
      const refused = await post(`${url}/api/incidents/${incident!.id}/snooze`, bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body).toMatchObject({ error, code: 'invalid_body', field: 'minutes' });
    }
    expect((await post(`${url}/api/incidents/nope/snooze`, { minutes: 5 })).status).toBe(404);
    expect((await post(`${url}/api/incidents/${incident!.id}/resolve`, {})).status).toBe(200);
    expect((await post(`${url}/api/incidents/${incident!.id}/snooze`, { minutes: 5 })).body).toEqual({ error: 'This incident is not open any more, so it cannot be snoozed.', code: 'not_open' });
  });

  it('resolves with a note that goes into the resolve notice every subscriber gets; the note is validated and capped', async () => {
    const { real, url, delivered } = await setup();
    const reporters = await threeReporters(url);
    for (const [n, id] of reporters.entries()) await reporters.clients[n]!.post(`${url}/api/conversations/${id}/subscribe`, {});
    const [incident] = (await list(url)).incidents;
    const tooLong = await post(`${url}/api/incidents/${incident!.id}/resolve`, { note: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: 'note: must be at most 1000 characters', code: 'invalid_body', field: 'note' });
    expect((await post(`${url}/api/incidents/${incident!.id}/resolve`, { note: 5 })).body).toMatchObject({ code: 'invalid_body', field: 'note' });
    expect((await list(url)).incidents[0]!.state).toBe('open');

    const res = await post(`${url}/api/incidents/${incident!.id}/resolve`, { by: 'Kim', note: '  The proxy rule was reverted.  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ incident: { state: 'resolved', resolvedBy: 'Kim', resolveNote: 'The proxy rule was reverted.' } });
    const timeline = (res.body as { incident: IncidentBody }).incident.timeline;
    expect(timeline.at(-1)).toMatchObject({ type: 'resolved', text: 'Resolved by Kim: The proxy rule was reverted.' });
    await outboxSettled(real.store);
    const notices = delivered.filter((e) => e.type === 'notice').map((e) => e.type === 'notice' && e.text);
    expect(notices).toHaveLength(3);
    for (const text of notices) {
      expect(text).toMatch(/^✅ Resolved: ChatGPT outage/);
      expect(text).toMatch(/\nNote from the desk: The proxy rule was reverted\.$/);
    }
  });

  it('answers 404 for an unknown incident and 409 for one that is not open', async () => {
    const { url } = await setup();
    await threeReporters(url);
    const [incident] = (await list(url)).incidents;
    const unknown = await post(`${url}/api/incidents/nope/resolve`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'No incident with this id.', code: 'not_found' });
    expect((await post(`${url}/api/incidents/${'x'.repeat(300)}/acknowledge`, {})).status).toBe(404);
    expect((await post(`${url}/api/incidents/${incident!.id}/resolve`, { by: 'Kim' })).status).toBe(200);
    const closed = await post(`${url}/api/incidents/${incident!.id}/acknowledge`, {});
    expect(closed.status).toBe(409);
    expect(closed.body).toEqual({ error: 'This incident is not open any more, so it cannot be acknowledged.', code: 'not_open' });
    expect((await post(`${url}/api/incidents/${incident!.id}/resolve`, {})).status).toBe(409);
  });

  it.each([
    [{ by: 5 }, 'by: must be a string'],
    [{ by: '   ' }, 'by: must not be empty'],
    [{ by: 'x'.repeat(101) }, 'by: must be at most 100 characters'],
    [[], 'body: must be a JSON object'],
  ])('refuses %j with 400 naming the field', async (body, error) => {
    const { url } = await setup();
    const res = await post(`${url}/api/incidents/any/acknowledge`, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error, code: 'invalid_body' });
  });

  it('refuses a non-JSON write with 415', async () => {
    const { url } = await setup();
    const res = await fetch(`${url}/api/incidents/any/resolve`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'resolve' });
    expect(res.status).toBe(415);
  });

  it('answers 503 when the process has no incident service', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk, incidents: false });
    const res = await get(`${url}/api/incidents`);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'incidents_unavailable' });
  });
});

describe('the incident API behind HELPDESK_TOKEN', () => {
  it('with Slack configured: 401 without or with a wrong bearer, 200 with the right one', async () => {
    const { url } = await setup({ chat: true, HELPDESK_TOKEN: TOKEN });
    await threeReporters(url);
    const none = await get(`${url}/api/incidents`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="chatgpt-500 helpdesk"');
    expect(none.body).toMatchObject({ code: 'unauthorized' });
    const wrong = await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await get(`${url}/api/incidents`, { authorization: 'Bearer h' })).status).toBe(401);
    expect((await get(`${url}/api/incidents`, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const ok = await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('www-authenticate')).toBeNull();
    const id = (ok.body as { incidents: IncidentBody[] }).incidents[0]!.id;

    const ackDenied = await post(`${url}/api/incidents/${id}/acknowledge`, {});
    expect(ackDenied.status).toBe(401);
    expect((await list(url, { authorization: `Bearer ${TOKEN}` })).incidents[0]!.state).toBe('open');
    const ack = await post(`${url}/api/incidents/${id}/acknowledge`, {}, { authorization: `bearer ${TOKEN}` });
    expect(ack.status).toBe(200);
  });

  it('with Slack configured and no token: the board API is off (403)', async () => {
    const { url } = await setup({ chat: true });
    const res = await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'The helpdesk board is off: set HELPDESK_TOKEN on the server to turn it on.', code: 'helpdesk_token_unset' });
  });

  it('without Slack, a HELPDESK_TOKEN that is set is required too', async () => {
    const { url } = await setup({ HELPDESK_TOKEN: TOKEN });
    expect((await get(`${url}/api/incidents`)).status).toBe(401);
    expect((await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('leaves the conversation API and the status open', async () => {
    const { url } = await setup({ chat: true, HELPDESK_TOKEN: TOKEN });
    expect((await get(`${url}/api/status`)).status).toBe(200);
    expect((await post(`${url}/api/conversations`, {})).status).toBe(201);
  });
});
