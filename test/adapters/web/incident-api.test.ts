import { describe, expect, it } from 'vitest';
import { get, post } from '../app/helpers/serve-app.ts';
import { createFakeDesk } from './helpers/fake-desk.ts';
import { createFakeIncidentBoard, sampleIncident } from './helpers/fake-incident-board.ts';
import { serveWeb } from './helpers/serve-web.ts';

const TOKEN = 'helpdesk-token-0123456789abcdef';

async function setup(config: Parameters<typeof serveWeb>[0]['config'] = {}) {
  const board = createFakeIncidentBoard([sampleIncident(), sampleIncident({ id: 'inc-old', state: 'resolved', resolvedBy: 'Kim' })]);
  const { url } = await serveWeb({ desk: createFakeDesk(), incidents: board, config });
  return { board, url };
}

describe('the incident API with no chat platform and no token (open board)', () => {
  it('lists open and recent incidents', async () => {
    const { url } = await setup();
    const res = await get(`${url}/api/incidents`);
    expect(res.status).toBe(200);
    const incidents = (res.body as { incidents: { id: string; kind: string; state: string; reporters: number; reports: number }[] }).incidents;
    expect(incidents.map((i) => [i.id, i.kind, i.state, i.reporters, i.reports])).toEqual([
      ['inc-upstream-1', 'upstream', 'open', 41, 43],
      ['inc-old', 'upstream', 'resolved', 41, 43],
    ]);
  });

  it('acknowledges and resolves, with the name given or a default', async () => {
    const { board, url } = await setup();
    const ack = await post(`${url}/api/incidents/inc-upstream-1/acknowledge`, { by: 'Kim' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ incident: { id: 'inc-upstream-1', state: 'acknowledged', acknowledgedBy: 'Kim' } });
    const resolved = await post(`${url}/api/incidents/inc-upstream-1/resolve`, {});
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ incident: { state: 'resolved', resolvedBy: 'helpdesk (web board)' } });
    expect(board.actions).toEqual([
      { action: 'acknowledge', id: 'inc-upstream-1', by: 'Kim' },
      { action: 'resolve', id: 'inc-upstream-1', by: 'helpdesk (web board)' },
    ]);
  });

  it('answers 404 for an unknown incident and 409 for one that is not open', async () => {
    const { url } = await setup();
    const unknown = await post(`${url}/api/incidents/nope/resolve`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'No incident with this id.', code: 'not_found' });
    const closed = await post(`${url}/api/incidents/inc-old/acknowledge`, {});
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'not_open' });
  });

  it('refuses a bad body with 400 naming the field', async () => {
    const { url } = await setup();
    const res = await post(`${url}/api/incidents/inc-upstream-1/acknowledge`, { by: 5 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'by: must be a string', code: 'invalid_body', field: 'by' });
  });

  it('answers 503 when the process has no incident service', async () => {
    const { url } = await serveWeb({ desk: createFakeDesk() });
    const res = await get(`${url}/api/incidents`);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'incidents_unavailable' });
  });
});

describe('the incident API behind HELPDESK_TOKEN', () => {
  it('with Slack configured: 401 without or with a wrong bearer, 200 with the right one', async () => {
    const { board, url } = await setup({ slack: 'http', HELPDESK_TOKEN: TOKEN });
    const none = await get(`${url}/api/incidents`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="chatgpt-500 helpdesk"');
    expect(none.body).toMatchObject({ code: 'unauthorized' });
    const wrong = await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
    const short = await get(`${url}/api/incidents`, { authorization: 'Bearer h' });
    expect(short.status).toBe(401);
    const basic = await get(`${url}/api/incidents`, { authorization: `Basic ${TOKEN}` });
    expect(basic.status).toBe(401);
    const ok = await get(`${url}/api/incidents`, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('www-authenticate')).toBeNull();

    const ackDenied = await post(`${url}/api/incidents/inc-upstream-1/acknowledge`, {});
    expect(ackDenied.status).toBe(401);
    expect(board.actions).toEqual([]);
    const ack = await post(`${url}/api/incidents/inc-upstream-1/acknowledge`, {}, { authorization: `bearer ${TOKEN}` });
    expect(ack.status).toBe(200);
  });

  it('with Slack configured and no token: the board API is off (403)', async () => {
    const { url } = await setup({ slack: 'socket' });
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
    const { url } = await setup({ slack: 'http', HELPDESK_TOKEN: TOKEN });
    expect((await get(`${url}/api/status`)).status).toBe(200);
    expect((await post(`${url}/api/conversations`, { reporter: { id: 'r' } })).status).toBe(201);
  });
});
