import { describe, expect, it } from 'vitest';
import { get } from '../app/helpers/serve-app.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { uniquePrefix } from '../../helpers/redis-server.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { FAILS_EVERYWHERE } from './helpers/report-over-api.ts';
import { serveWeb } from './helpers/serve-web.ts';
import { webClient } from './helpers/web-client.ts';

const API_TOKEN = 'integration-token-0123456789';
const backends = useStoreBackends();

async function setup(config: NonNullable<Parameters<typeof serveWeb>[0]['config']> = {}) {
  const real = await startRealDesk();
  const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current(), config, store: real.store });
  return { real, url };
}

const sessionCookieOf = (headers: Headers) => headers.getSetCookie().find((c) => c.startsWith('c500_session='));
const reporterOf = async (real: Awaited<ReturnType<typeof startRealDesk>>, id: unknown) => (await real.desk.get(String(id)))!.reporter;

describe('the session cookie', () => {
  it('is set on the first response (the page or the API): signed, HttpOnly, SameSite=Lax, Path=/, not Secure over http', async () => {
    const { url } = await setup();
    const page = await get(`${url}/`);
    expect(page.status).toBe(200);
    const cookie = sessionCookieOf(page.headers)!;
    expect(cookie).toMatch(/^c500_session=[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    expect(sessionCookieOf((await get(`${url}/api/status`)).headers)).toBeDefined();
    // A script or style is not a place for it.
    expect(sessionCookieOf((await get(`${url}/app.js`)).headers)).toBeUndefined();
    // A client that sends it back keeps it: no new cookie.
    const browser = webClient();
    await browser.get(`${url}/`);
    expect(sessionCookieOf((await browser.get(`${url}/api/status`)).headers)).toBeUndefined();
  });

  it('is Secure when the request came over https through a TRUST_PROXY proxy, not when anyone just says so', async () => {
    const trusted = await setup({ TRUST_PROXY: 'loopback' });
    expect(sessionCookieOf((await get(`${trusted.url}/`, { 'x-forwarded-proto': 'https' })).headers)).toMatch(/; Secure/);
    const untrusted = await setup({ TRUST_PROXY: '10.0.0.0/8' });
    expect(sessionCookieOf((await get(`${untrusted.url}/`, { 'x-forwarded-proto': 'https' })).headers)).not.toMatch(/Secure/);
  });

  it('replaces a forged, unsigned or foreign cookie with a new session (not an error)', async () => {
    const { real, url } = await setup();
    const mine = webClient();
    const started = await mine.post(`${url}/api/conversations`, {});
    const [value] = mine.cookie()!.split('=').slice(1);
    const [id] = value!.split('.');
    const forgeries = [
      `c500_session=${id}`,
      `c500_session=${id}.${'A'.repeat(43)}`,
      `c500_session=${'B'.repeat(24)}.${value!.split('.')[1]}`,
      'c500_session=admin',
    ];
    for (const cookie of forgeries) {
      const forged = webClient(cookie);
      const res = await forged.get(`${url}/api/conversations/${started.body!.id}`);
      expect(res.status, cookie).toBe(404);
      expect(sessionCookieOf(res.headers), cookie).toBeDefined();
      expect(forged.cookie()).not.toBe(cookie);
    }
    expect((await mine.get(`${url}/api/conversations/${started.body!.id}`)).status).toBe(200);
    expect((await reporterOf(real, started.body!.id)).id).toBe(id);
  });

  it('is signed with SESSION_SECRET when set: another server with the same secret knows the session', async () => {
    const SESSION_SECRET = 's'.repeat(40);
    const real = await startRealDesk();
    const a = await serveWeb({ desk: real.desk, config: { SESSION_SECRET } });
    const b = await serveWeb({ desk: real.desk, config: { SESSION_SECRET } });
    const other = await serveWeb({ desk: real.desk, config: { SESSION_SECRET: 'o'.repeat(40) } });
    const browser = webClient();
    const started = await browser.post(`${a.url}/api/conversations`, {});
    const cookie = browser.cookie()!;
    expect((await webClient(cookie).get(`${b.url}/api/conversations/${started.body!.id}`)).status).toBe(200);
    expect((await webClient(cookie).get(`${other.url}/api/conversations/${started.body!.id}`)).status).toBe(404);
  });

  it('without SESSION_SECRET, replicas on one Redis agree on the key generated once and kept there', async () => {
    const prefix = uniquePrefix('sessions');
    const [storeA, storeB] = [await backends.make('redis', { prefix }), await backends.make('redis', { prefix })];
    const real = await startRealDesk();
    const a = await serveWeb({ desk: real.desk, store: storeA });
    const b = await serveWeb({ desk: real.desk, store: storeB });
    const browser = webClient();
    const started = await browser.post(`${a.url}/api/conversations`, {});
    const res = await browser.get(`${b.url}/api/conversations/${started.body!.id}`);
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res.headers)).toBeUndefined();
  });
});

describe('who the reporter is', () => {
  it('ignores a body reporter id without API_TOKEN: the session is the reporter, once prefixed (web:<id>)', async () => {
    const { real, url } = await setup({ API_TOKEN });
    const browser = webClient();
    const res = await browser.post(`${url}/api/conversations`, { reporter: { id: 'ceo', name: 'Ana' }, text: 'chatgpt.com shows HTTP ERROR 500' });
    expect(res.status).toBe(201);
    const session = /^c500_session=([^.]+)\./.exec(browser.cookie()!)![1];
    expect(await reporterOf(real, res.body!.id)).toEqual({ id: session, name: 'Ana', platform: 'web' });
    expect((await real.store.incidents.getReport(String(res.body!.id)))!.reporterId).toBe(`web:${session}`);
  });

  it('honours a body reporter with Authorization: Bearer <API_TOKEN>; a wrong token is 401', async () => {
    const { real, url } = await setup({ API_TOKEN });
    const res = await webClient().post(`${url}/api/conversations`, { reporter: { id: 'u-42', name: 'Ana' } }, { authorization: `Bearer ${API_TOKEN}` });
    expect(res.status).toBe(201);
    expect(await reporterOf(real, res.body!.id)).toEqual({ id: 'api:u-42', name: 'Ana', platform: 'web' });
    const wrong = await webClient().post(`${url}/api/conversations`, { reporter: { id: 'u-42' } }, { authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'unauthorized' });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('leaves an Authorization header alone when the server has no API_TOKEN (a proxy may send its own)', async () => {
    const { real, url } = await setup();
    const browser = webClient();
    const res = await browser.post(`${url}/api/conversations`, { reporter: { id: 'u-42' } }, { authorization: 'Bearer from-a-proxy' });
    expect(res.status).toBe(201);
    expect((await reporterOf(real, res.body!.id)).id).toBe(/^c500_session=([^.]+)\./.exec(browser.cookie()!)![1]);
  });

  it('believes WEB_IDENTITY_HEADER from a TRUST_PROXY address, ignores it from anyone else', async () => {
    const trusted = await setup({ TRUST_PROXY: '127.0.0.1', WEB_IDENTITY_HEADER: 'X-Forwarded-Email' });
    const res = await webClient().post(`${trusted.url}/api/conversations`, {}, { 'x-forwarded-email': 'ana@example.com' });
    expect((await reporterOf(trusted.real, res.body!.id)).id).toBe('hdr:ana@example.com');
    // The same person from another browser (another cookie) reads it: the proxy vouches for them.
    expect((await webClient().get(`${trusted.url}/api/conversations/${res.body!.id}`, { 'x-forwarded-email': 'ana@example.com' })).status).toBe(200);
    expect((await webClient().get(`${trusted.url}/api/conversations/${res.body!.id}`, { 'x-forwarded-email': 'bob@example.com' })).status).toBe(404);

    // A value no sign-in proxy sends (over 200 characters) is answered 400 naming the header.
    const bad = await webClient().post(`${trusted.url}/api/conversations`, {}, { 'x-forwarded-email': `${'a'.repeat(200)}@example.com` });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid_header', field: 'X-Forwarded-Email' });

    const untrusted = await setup({ TRUST_PROXY: '10.0.0.0/8', WEB_IDENTITY_HEADER: 'X-Forwarded-Email' });
    const browser = webClient();
    const spoofed = await browser.post(`${untrusted.url}/api/conversations`, {}, { 'x-forwarded-email': 'ceo@example.com' });
    expect((await reporterOf(untrusted.real, spoofed.body!.id)).id).toBe(/^c500_session=([^.]+)\./.exec(browser.cookie()!)![1]);
  });
});

describe('who may read and answer a conversation', () => {
  it('its own session only: another cookie gets the same 404 as an unknown id, for reads, answers and subscribe', async () => {
    const { url } = await setup();
    const mine = webClient();
    const { body } = await mine.post(`${url}/api/conversations`, {});
    const id = String(body!.id);
    const stranger = webClient();
    const unknown = await stranger.get(`${url}/api/conversations/no-such-id`);
    for (const res of [
      await stranger.get(`${url}/api/conversations/${id}`),
      await stranger.post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' }),
      await stranger.post(`${url}/api/conversations/${id}/subscribe`, {}),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
    }
    // Mine still works, and nothing the stranger sent was applied.
    const read = await mine.get(`${url}/api/conversations/${id}`);
    expect(read.body).toMatchObject({ id, next: { fact: 'surface' }, subscribed: false });
    expect((await mine.post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' })).body).toMatchObject({ next: { fact: 'symptom' } });
  });

  it('never a chat conversation, not even with API_TOKEN', async () => {
    const { real, url } = await setup({ API_TOKEN });
    const slack = await real.desk.start({ reporter: { id: 'T1:U7RANDOM1', platform: 'slack' }, thread: { platform: 'slack', ref: {} }, text: 'chatgpt is down' });
    for (const headers of [{}, { authorization: `Bearer ${API_TOKEN}` }] as Record<string, string>[]) {
      const client = webClient();
      expect((await client.get(`${url}/api/conversations/${slack.conversationId}`, headers)).status).toBe(404);
      expect((await client.post(`${url}/api/conversations/${slack.conversationId}/answers`, { fact: 'surface', value: 'web' }, headers)).status).toBe(404);
      expect((await client.post(`${url}/api/conversations/${slack.conversationId}/subscribe`, {}, headers)).status).toBe(404);
    }
    const after = await real.desk.get(slack.conversationId);
    expect(after).toMatchObject({ subscribed: false, reporter: { platform: 'slack' } });
    expect(after!.facts.surface).toBeUndefined();
  });

  it('an API_TOKEN holder acts on the conversations started with the token, not on a session’s', async () => {
    const { url } = await setup({ API_TOKEN });
    const bearer = { authorization: `Bearer ${API_TOKEN}` };
    const integration = await webClient().post(`${url}/api/conversations`, { reporter: { id: 'u-1' } }, bearer);
    expect((await webClient().get(`${url}/api/conversations/${integration.body!.id}`, bearer)).status).toBe(200);
    expect((await webClient().get(`${url}/api/conversations/${integration.body!.id}`)).status).toBe(404);
    const browser = await webClient().post(`${url}/api/conversations`, {});
    expect((await webClient().get(`${url}/api/conversations/${browser.body!.id}`, bearer)).status).toBe(404);
  });

  it('scopes the Idempotency-Key of a start to its reporter: someone else’s key starts their own conversation', async () => {
    const { url } = await setup();
    const mine = await webClient().post(`${url}/api/conversations`, {}, { 'idempotency-key': 'k-1' });
    const theirs = await webClient().post(`${url}/api/conversations`, {}, { 'idempotency-key': 'k-1' });
    expect(theirs.status).toBe(201);
    expect(theirs.body).toMatchObject({ duplicate: false });
    expect(theirs.body!.id).not.toBe(mine.body!.id);
  });
});

describe('a forged web crowd', () => {
  const SITES = ['Berlin', 'Paris'];
  const NETWORKS = ['office', 'home', 'vpn'];

  /** Six people whose ChatGPT fails everywhere, on two sites and three networks, each a browser of its own. */
  async function crowd(url: string, headers: (n: number) => Record<string, string>) {
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      const client = webClient();
      const started = await client.post(`${url}/api/conversations`, { site: SITES[n % 2], reporter: { id: `invented-${n}` } }, headers(n));
      expect(started.status).toBe(201);
      let turn = started.body as { id: string; next?: { fact: string }; verdict?: unknown };
      const answers: Record<string, string> = { ...FAILS_EVERYWHERE, network: NETWORKS[n % 3]! };
      while (turn.next) {
        const res = await client.post(`${url}/api/conversations/${turn.id}/answers`, { fact: turn.next.fact, value: answers[turn.next.fact] }, headers(n));
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        turn = res.body as typeof turn;
      }
      // The person gets their whole triage, counted or not.
      expect(turn.verdict).toBeDefined();
      ids.push(turn.id);
    }
    return ids;
  }

  it('from one address (cookie-less browsers, invented body reporters) opens no incident: at most 2 count', async () => {
    const { real, url } = await setup({ WEB_REPORTERS_PER_ADDRESS: 2, API_TOKEN });
    const ids = await crowd(url, () => ({}));
    expect(await real.desk.incidents.list()).toEqual([]);
    const reports = await Promise.all(ids.map((id) => real.store.incidents.getReport(id)));
    expect(reports.map((r) => r!.class)).toEqual(['candidate', 'candidate', 'not_counted', 'not_counted', 'not_counted', 'not_counted']);
    expect(reports.map((r) => r!.uncounted ?? false)).toEqual([false, false, true, true, true, true]);
    for (const where of [{ site: 'Berlin' }, { site: 'Paris' }, ...NETWORKS.map((network) => ({ network }))]) {
      expect((await real.store.incidents.crowd(where)).reporters, JSON.stringify(where)).toBeLessThanOrEqual(2);
    }
  });

  it('is a real crowd when its reporters are verified (API_TOKEN): the same six open the outage', async () => {
    const { real, url } = await setup({ WEB_REPORTERS_PER_ADDRESS: 2, API_TOKEN });
    await crowd(url, () => ({ authorization: `Bearer ${API_TOKEN}` }));
    const incidents = await real.desk.incidents.list();
    expect(incidents.map((i) => [i.kind, i.reporters])).toEqual([['upstream', 6]]);
  });
});
