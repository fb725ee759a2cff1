import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector, type FakeBotConnectorOptions } from './fake-bot-connector.ts';
import { manualClock } from './manual-clock.ts';
import { ALICE, BOB, channelMention, personalConversationId, personalMessage, TEST_HELPDESK_CHANNEL } from './teams-activities.ts';

/**
 * The fake Bot Framework is what the Teams tests trust, so it is held here, over real HTTP, to
 * what the Bot Framework does: OpenID metadata → JWKS → tokens that verify (and forged ones that
 * do not), the client-credentials token endpoint, the connector's operations behind a bearer
 * token, failures, Teams' per-thread limits and latency.
 */

const APP_ID = '0a1b2c3d-4e5f-4061-8a9b-0c1d2e3f4a5b';
const APP_PASSWORD = 'fake~secret.for-tests';
const TENANT = '72f988bf-0000-4a1b-9c2d-3e4f5a6b7c8d';
const SCOPE = 'https://api.botframework.com/.default';
const THREAD = `${TEST_HELPDESK_CHANNEL};messageid=1700000000000`;

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown> | undefined;
  text: string;
}

describe('fake Bot Connector', () => {
  let fake: FakeBotConnector | undefined;
  let botServer: Server | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
    if (botServer) await new Promise<void>((resolve) => botServer!.close(() => resolve()));
    botServer = undefined;
  });

  async function start(options: Partial<FakeBotConnectorOptions> = {}): Promise<FakeBotConnector> {
    fake = await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TENANT, ...options });
    return fake;
  }

  async function read(res: Response): Promise<Answer> {
    const text = await res.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  async function requestToken(fields: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: APP_PASSWORD, scope: SCOPE, ...fields });
    for (const [k, v] of Object.entries(fields)) if (v === '') body.delete(k);
    return read(await fetch(fake!.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }));
  }

  async function token(): Promise<string> {
    const a = await requestToken();
    expect(a.status, a.text).toBe(200);
    return String(a.json!.access_token);
  }

  const conv = (id: string) => encodeURIComponent(id);

  /** A connector call; `bearer` undefined fetches a fresh token, null sends none. */
  async function api(method: string, path: string, body?: unknown, bearer?: string | null): Promise<Answer> {
    const auth = bearer === undefined ? await token() : bearer;
    const res = await fetch(`${fake!.serviceUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8', ...(auth === null ? {} : { authorization: `Bearer ${auth}` }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return read(res);
  }

  const message = (text: string) => ({ type: 'message', text });
  const send = (conversationId: string, text: string, bearer?: string | null) => api('POST', `v3/conversations/${conv(conversationId)}/activities`, message(text), bearer);

  describe('OpenID metadata, keys and signed tokens', () => {
    it('serves the metadata and a JWKS whose key verifies the tokens it signs', async () => {
      const f = await start();
      const meta = (await read(await fetch(f.openIdMetadataUrl))).json!;
      expect(meta).toMatchObject({
        issuer: 'https://api.botframework.com',
        jwks_uri: f.jwksUrl,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      });
      expect(typeof meta.authorization_endpoint).toBe('string');
      const { keys } = (await read(await fetch(String(meta.jwks_uri)))).json as { keys: Record<string, unknown>[] };
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ kty: 'RSA', kid: f.keyId, use: 'sig', alg: 'RS256', endorsements: ['msteams'] });
      expect(typeof keys[0]!.n).toBe('string');
      expect(keys[0]).not.toHaveProperty('d');

      const jwks = createRemoteJWKSet(new URL(String(meta.jwks_uri)));
      const verify = (jwt: string) => jwtVerify(jwt, jwks, { issuer: 'https://api.botframework.com', audience: APP_ID, algorithms: ['RS256'] });
      const jwt = await f.signToken({ serviceUrl: f.serviceUrl });
      expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: 'RS256', kid: f.keyId });
      const { payload } = await verify(jwt);
      expect(payload.serviceurl).toBe(f.serviceUrl);
      expect(payload.exp! - payload.iat!).toBe(3600);
      expect(payload.nbf).toBe(payload.iat);

      const forged = await f.signToken({ serviceUrl: f.serviceUrl, key: 'other' });
      expect(decodeProtectedHeader(forged).kid).toBe(f.keyId);
      await expect(verify(forged)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
      await expect(verify(await f.signToken({ serviceUrl: f.serviceUrl, expiresIn: -600 }))).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
      await expect(verify(await f.signToken({ serviceUrl: f.serviceUrl, notBeforeIn: 600 }))).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'nbf' });
      await expect(verify(await f.signToken({ serviceUrl: f.serviceUrl, audience: 'someone-else' }))).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
      await expect(verify(await f.signToken({ serviceUrl: f.serviceUrl, issuer: 'https://sts.windows.net/x/' }))).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'iss' });
      await expect(verify(await f.signToken({ serviceUrl: f.serviceUrl, kid: 'not-in-the-jwks' }))).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });

      const extra = await verify(await f.signToken({ serviceUrl: 'https://elsewhere.test/', extra: { appid: 'x', serviceurl: undefined } }));
      expect(extra.payload.appid).toBe('x');
      expect(extra.payload).not.toHaveProperty('serviceurl');
      expect(f.callsTo('openid')).toHaveLength(1);
      expect(f.callsTo('jwks').length).toBeGreaterThanOrEqual(2);
    });

    it('endorses the key for the channels it is given', async () => {
      const f = await start({ endorsements: ['webchat'] });
      const { keys } = (await read(await fetch(f.jwksUrl))).json as { keys: { endorsements: string[] }[] };
      expect(keys[0]!.endorsements).toEqual(['webchat']);
    });
  });

  describe('token endpoint', () => {
    it('issues a bearer token for the right client credentials, and refuses the wrong ones', async () => {
      const f = await start({ tokenTtlSeconds: 120 });
      expect(f.tokenUrl).toBe(`${f.origin}/${TENANT}/oauth2/v2.0/token`);
      const ok = await requestToken();
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({ token_type: 'Bearer', expires_in: 120, ext_expires_in: 120 });
      const first = String(ok.json!.access_token);
      expect(first.length).toBeGreaterThan(20);
      expect(f.isValidToken(first)).toBe(true);
      expect(await token()).not.toBe(first);

      const wrongSecret = await requestToken({ client_secret: 'nope' });
      expect(wrongSecret.status).toBe(401);
      expect(wrongSecret.json).toMatchObject({ error: 'invalid_client' });
      const noSecret = await requestToken({ client_secret: '' });
      expect(noSecret.status).toBe(401);
      const wrongClient = await requestToken({ client_id: 'another-app' });
      expect(wrongClient.status).toBe(400);
      expect(wrongClient.json).toMatchObject({ error: 'invalid_client' });
      expect((await requestToken({ scope: 'https://graph.microsoft.com/.default' })).json).toMatchObject({ error: 'invalid_scope' });
      expect((await requestToken({ grant_type: 'password' })).json).toMatchObject({ error: 'unsupported_grant_type' });
      const otherTenant = await read(await fetch(f.tokenUrl.replace(TENANT, 'common'), { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: APP_PASSWORD, scope: SCOPE }) }));
      expect(otherTenant.status).toBe(400);

      // client_secret_basic
      const basic = Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64');
      expect((await requestToken({ client_id: '', client_secret: '' }, { authorization: `Basic ${basic}` })).status).toBe(200);

      expect(f.tokenRequests()).toBe(9);
      expect(f.callsTo('token').map((c) => c.status)).toEqual([200, 200, 401, 401, 400, 400, 400, 400, 200]);
      expect(f.callsTo('token')[0]!.body).toMatchObject({ grant_type: 'client_credentials', client_id: APP_ID, scope: SCOPE });
    });

    it('tokens expire after their lifetime, and expireTokens ends them all', async () => {
      const clock = manualClock();
      const f = await start({ tokenTtlSeconds: 60, now: clock.now });
      const t = await token();
      expect((await send('a:1', 'hi', t)).status).toBe(201);
      await clock.advance(59_000);
      expect((await send('a:1', 'hi', t)).status).toBe(201);
      await clock.advance(1000);
      const expired = await send('a:1', 'hi', t);
      expect(expired.status).toBe(401);
      expect(expired.json).toMatchObject({ error: { code: 'Unauthorized' } });
      expect(f.isValidToken(t)).toBe(false);

      const fresh = await token();
      expect((await send('a:1', 'hi', fresh)).status).toBe(201);
      f.expireTokens();
      expect((await send('a:1', 'hi', fresh)).status).toBe(401);
      expect(f.activitiesIn('a:1')).toHaveLength(3);
    });
  });

  describe('connector operations', () => {
    it('refuses every operation without a live token it issued, and does nothing', async () => {
      const f = await start();
      const t = await token();
      const create = { isGroup: true, channelData: { channel: { id: TEST_HELPDESK_CHANNEL } }, activity: message('card') };
      const attempts = [
        () => api('POST', 'v3/conversations', create, null),
        () => send(THREAD, 'x', null),
        () => send(THREAD, 'x', 'made-up-token'),
        () => send(THREAD, 'x', `${t}x`),
        () => api('POST', `v3/conversations/${conv(THREAD)}/activities/1`, message('x'), null),
        () => api('PUT', `v3/conversations/${conv(THREAD)}/activities/1`, message('x'), null),
        () => api('DELETE', `v3/conversations/${conv(THREAD)}/activities/1`, undefined, null),
      ];
      for (const attempt of attempts) {
        const a = await attempt();
        expect(a.status).toBe(401);
        expect(a.json).toMatchObject({ error: { code: 'Unauthorized' } });
      }
      expect(f.activitiesIn(TEST_HELPDESK_CHANNEL)).toEqual([]);
      expect(f.calls.filter((c) => c.status === 401).map((c) => c.kind)).toEqual(['create', 'send', 'send', 'send', 'reply', 'update', 'delete']);
    });

    it('creates a channel thread with its first activity, and a stable 1:1 conversation', async () => {
      const f = await start();
      const created = await api('POST', 'v3/conversations', {
        isGroup: true,
        bot: { id: `28:${APP_ID}` },
        channelData: { channel: { id: TEST_HELPDESK_CHANNEL }, tenant: { id: TENANT } },
        activity: { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }] },
      });
      expect(created.status).toBe(201);
      const activityId = String(created.json!.activityId);
      expect(activityId).toMatch(/^\d{13}$/);
      expect(created.json!.id).toBe(`${TEST_HELPDESK_CHANNEL};messageid=${activityId}`);
      const stored = f.activity(String(created.json!.id), activityId)!;
      expect(stored).toMatchObject({ via: 'create', updates: 0, activity: { type: 'message', id: activityId } });
      expect(f.activity(TEST_HELPDESK_CHANNEL, activityId)).toBe(stored);
      expect(f.activitiesIn(TEST_HELPDESK_CHANNEL)).toEqual([stored]);
      expect(f.callsTo('create')[0]).toMatchObject({ method: 'POST', conversationId: TEST_HELPDESK_CHANNEL, status: 201 });

      const oneToOne = { isGroup: false, bot: { id: `28:${APP_ID}` }, members: [{ id: ALICE.id }], channelData: { tenant: { id: TENANT } }, tenantId: TENANT };
      const a = await api('POST', 'v3/conversations', oneToOne);
      const b = await api('POST', 'v3/conversations', oneToOne);
      const bob = await api('POST', 'v3/conversations', { ...oneToOne, members: [{ id: BOB.id }] });
      expect(a.json).toEqual({ id: personalConversationId(APP_ID, ALICE.id) });
      expect(b.json).toEqual(a.json);
      expect(bob.json!.id).not.toBe(a.json!.id);
      // The user's own messages come from the same conversation.
      expect(personalMessage({ serviceUrl: f.serviceUrl, appId: APP_ID, user: ALICE, text: 'x' }).conversation.id).toBe(a.json!.id);

      expect((await api('POST', 'v3/conversations', { isGroup: true, channelData: { channel: { id: TEST_HELPDESK_CHANNEL } } })).json).toMatchObject({ error: { code: 'BadArgument' } });
      expect((await api('POST', 'v3/conversations', { ...oneToOne, members: [{ id: ALICE.id }, { id: BOB.id }] })).status).toBe(400);
    });

    it('sends, replies, updates and deletes, recording decoded ids', async () => {
      const f = await start();
      const personal = personalConversationId(APP_ID, ALICE.id);
      const first = await send(personal, 'first question');
      expect(first.status).toBe(201);
      const firstId = String(first.json!.id);
      const second = await send(personal, 'second question');
      expect(Number(second.json!.id)).toBeGreaterThan(Number(firstId));
      expect(f.activitiesIn(personal).map((a) => a.activity.text)).toEqual(['first question', 'second question']);

      // A send to a bare channel starts a thread rooted at the new activity.
      const post = await send(TEST_HELPDESK_CHANNEL, 'card');
      const postId = String(post.json!.id);
      const thread = `${TEST_HELPDESK_CHANNEL};messageid=${postId}`;
      expect(f.activitiesIn(thread).map((a) => a.id)).toEqual([postId]);

      // A reply into that thread (addressed by thread or by bare channel + activity id).
      const reply = await api('POST', `v3/conversations/${conv(thread)}/activities/${postId}`, message('in thread'));
      const reply2 = await api('POST', `v3/conversations/${conv(TEST_HELPDESK_CHANNEL)}/activities/${postId}`, message('also in thread'));
      expect([reply.status, reply2.status]).toEqual([201, 201]);
      expect(f.activitiesIn(thread).map((a) => [a.activity.text, a.via, a.replyToId ?? null])).toEqual([
        ['card', 'send', null],
        ['in thread', 'reply', postId],
        ['also in thread', 'reply', postId],
      ]);
      expect(f.activitiesIn(TEST_HELPDESK_CHANNEL)).toHaveLength(3);
      expect(f.callsTo('reply')[0]).toMatchObject({ kind: 'reply', method: 'POST', conversationId: thread, activityId: postId, status: 201, answer: { id: reply.json!.id } });
      expect(f.callsTo('reply')[1]!.conversationId).toBe(TEST_HELPDESK_CHANNEL);
      expect(f.callsTo('reply')[0]!.path).toContain('%3Bmessageid%3D');

      // An update replaces the activity in place; the thread or the bare channel finds it.
      const updated = await api('PUT', `v3/conversations/${conv(thread)}/activities/${postId}`, { type: 'message', text: 'card v2' });
      expect(updated.status).toBe(200);
      expect(updated.json).toEqual({ id: postId });
      await api('PUT', `v3/conversations/${conv(TEST_HELPDESK_CHANNEL)}/activities/${postId}`, { type: 'message', text: 'card v3' });
      expect(f.activity(thread, postId)).toMatchObject({ updates: 2, activity: { text: 'card v3', id: postId } });
      expect(f.activitiesIn(thread)).toHaveLength(3);
      const missing = await api('PUT', `v3/conversations/${conv(thread)}/activities/1600000000000`, message('x'));
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ error: { code: 'ActivityNotFound' } });
      expect((await api('PUT', `v3/conversations/${conv(personal)}/activities/${postId}`, message('x'))).status).toBe(404);

      // Unencoded separators in the path are understood too.
      expect((await api('PUT', `v3/conversations/${thread}/activities/${postId}`, message('card v4'))).status).toBe(200);

      const deleted = await api('DELETE', `v3/conversations/${conv(personal)}/activities/${firstId}`);
      expect(deleted.status).toBe(200);
      expect(f.activity(personal, firstId)).toBeUndefined();
      expect((await api('DELETE', `v3/conversations/${conv(personal)}/activities/${firstId}`)).status).toBe(404);
      expect(f.callsTo('delete').map((c) => [c.conversationId, c.activityId, c.status])).toEqual([
        [personal, firstId, 200],
        [personal, firstId, 404],
      ]);
      expect(f.callsTo('send').every((c) => typeof c.headers.authorization === 'string' && c.at > 0)).toBe(true);
    });

    it('refuses a message over 28 KB and a body that is not JSON, and 404s what it does not serve', async () => {
      const f = await start();
      const big = await send(THREAD, 'x'.repeat(29 * 1024));
      expect(big.status).toBe(413);
      expect(big.json).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
      const t = await token();
      const garbled = await read(await fetch(`${f.serviceUrl}v3/conversations/${conv(THREAD)}/activities`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: '{nope' }));
      expect(garbled.status).toBe(400);
      const unknown = await api('GET', `v3/conversations/${conv(THREAD)}/members`);
      expect(unknown.status).toBe(404);
      expect(f.callsTo('other')).toHaveLength(1);
      expect(f.activitiesIn(THREAD)).toEqual([]);
    });

    it('waitForCalls resolves once the calls are there, and rejects with what it saw after the timeout', async () => {
      const f = await start();
      const t = await token();
      const waiting = f.waitForCalls('send', 2, 2000);
      await send(THREAD, 'a', t);
      await send(THREAD, 'b', t);
      expect((await waiting).map((c) => c.body.text)).toEqual(['a', 'b']);
      await expect(f.waitForCalls('update', 1, 100)).rejects.toThrow(/0 of 1 update calls after 100 ms \(calls: token, send, send\)/);
    });

    it('reset forgets calls, activities and rules, and keeps issued tokens valid', async () => {
      const f = await start();
      const t = await token();
      await send(THREAD, 'a', t);
      f.fail({ status: 500, times: Infinity });
      f.reset();
      expect(f.calls).toEqual([]);
      expect(f.activitiesIn(THREAD)).toEqual([]);
      expect((await send(THREAD, 'b', t)).status).toBe(201);
    });
  });

  describe('failure rules', () => {
    it('answers 429 with Retry-After (1 by default, none with null)', async () => {
      const f = await start();
      const t = await token();
      f.fail({ kind: 'send', status: 429, retryAfter: 7 });
      f.fail({ kind: 'send', status: 429 });
      f.fail({ kind: 'send', status: 429, retryAfter: null });
      const a = await send(THREAD, 'x', t);
      expect(a.status).toBe(429);
      expect(a.headers.get('retry-after')).toBe('7');
      expect(a.json).toMatchObject({ error: { code: 'TooManyRequests' } });
      expect((await send(THREAD, 'x', t)).headers.get('retry-after')).toBe('1');
      const none = await send(THREAD, 'x', t);
      expect(none.status).toBe(429);
      expect(none.headers.get('retry-after')).toBeNull();
      expect((await send(THREAD, 'x', t)).status).toBe(201);
      expect(f.activitiesIn(THREAD)).toHaveLength(1);
    });

    it('answers 403 MessageWritesBlocked (or the given code), 412, 5xx and an unreadable 200', async () => {
      const f = await start();
      const t = await token();
      const personal = personalConversationId(APP_ID, BOB.id);
      f.fail({ conversationId: personal, status: 403 });
      const blocked = await send(personal, 'x', t);
      expect(blocked.status).toBe(403);
      expect(blocked.json).toEqual({ error: { code: 'MessageWritesBlocked', message: 'The bot is not part of the conversation roster.' } });
      f.fail({ status: 403, code: 'BotDisabledByAdmin' });
      expect((await send(personal, 'x', t)).json).toMatchObject({ error: { code: 'BotDisabledByAdmin' } });
      f.fail({ kind: 'update', status: 412 });
      const sent = await send(personal, 'x', t);
      const precondition = await api('PUT', `v3/conversations/${conv(personal)}/activities/${String(sent.json!.id)}`, message('y'), t);
      expect(precondition.status).toBe(412);
      expect(precondition.json).toMatchObject({ error: { code: 'PreconditionFailed' } });
      expect(f.activity(personal, String(sent.json!.id))!.updates).toBe(0);
      for (const status of [500, 502, 503, 504] as const) {
        f.fail({ status });
        const a = await send(personal, 'x', t);
        expect(a.status).toBe(status);
        expect(a.json).toHaveProperty('error.code');
      }
      f.fail({ status: 'invalid_json' });
      const garbled = await send(personal, 'x', t);
      expect(garbled.status).toBe(200);
      expect(garbled.headers.get('content-type')).toContain('application/json');
      expect(garbled.json).toBeUndefined();
      expect(f.activitiesIn(personal).map((a) => a.activity.text)).toEqual(['x']);
    });

    it('applies by kind and conversation (a channel covers its threads), `times` calls at a time', async () => {
      const f = await start();
      const t = await token();
      f.fail({ conversationId: TEST_HELPDESK_CHANNEL, status: 503, times: 2 });
      expect((await send('a:someone', 'x', t)).status).toBe(201);
      expect((await send(THREAD, 'x', t)).status).toBe(503);
      expect((await api('POST', 'v3/conversations', { isGroup: true, channelData: { channel: { id: TEST_HELPDESK_CHANNEL } }, activity: message('c') }, t)).status).toBe(503);
      expect((await send(THREAD, 'x', t)).status).toBe(201);

      // A rule without a kind leaves the auth endpoints alone; one naming them fails them.
      f.fail({ status: 500, times: Infinity });
      expect((await requestToken()).status).toBe(200);
      expect((await read(await fetch(f.openIdMetadataUrl))).status).toBe(200);
      f.clearFailures();
      f.fail({ kind: 'token', status: 503 });
      const down = await requestToken();
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ error: 'temporarily_unavailable' });
      expect((await requestToken()).status).toBe(200);
      f.fail({ kind: 'jwks', status: 500 });
      expect((await fetch(f.jwksUrl)).status).toBe(500);
    });

    it('`until` fails every matching call while it lasts, then none; clearFailures drops the rules', async () => {
      const clock = manualClock();
      const f = await start({ now: clock.now });
      const t = await token();
      f.fail({ kind: 'send', status: 502, until: clock.now() + 10_000 });
      expect((await send(THREAD, 'x', t)).status).toBe(502);
      expect((await send(THREAD, 'x', t)).status).toBe(502);
      await clock.advance(10_000);
      expect((await send(THREAD, 'x', t)).status).toBe(201);
      f.fail({ kind: 'send', status: 502, times: Infinity });
      expect((await send(THREAD, 'x', t)).status).toBe(502);
      f.clearFailures();
      expect((await send(THREAD, 'x', t)).status).toBe(201);
    });

    it('`reached` carries the call out and loses its answer (only for an authorized call)', async () => {
      const f = await start();
      const t = await token();
      f.fail({ kind: 'send', status: 504, reached: true });
      const lost = await send(THREAD, 'got there', t);
      expect(lost.status).toBe(504);
      expect(f.activitiesIn(THREAD).map((a) => a.activity.text)).toEqual(['got there']);
      f.fail({ kind: 'send', status: 504, reached: true });
      expect((await send(THREAD, 'no token', null)).status).toBe(504);
      expect(f.activitiesIn(THREAD)).toHaveLength(1);
      const id = f.activitiesIn(THREAD)[0]!.id;
      f.fail({ kind: 'update', status: 502, reached: true });
      expect((await api('PUT', `v3/conversations/${conv(THREAD)}/activities/${id}`, message('v2'), t)).status).toBe(502);
      expect(f.activity(THREAD, id)).toMatchObject({ updates: 1, activity: { text: 'v2' } });
    });
  });

  describe('per-thread limits', () => {
    it('7 per second per thread, then 429 with Retry-After; other threads are not held', async () => {
      const clock = manualClock();
      const f = await start({ perThreadLimits: true, now: clock.now });
      const t = await token();
      for (let i = 0; i < 7; i++) expect((await send(THREAD, `m${i}`, t)).status).toBe(201);
      const limited = await send(THREAD, 'm7', t);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(f.activitiesIn(THREAD)).toHaveLength(7);
      // Replies and updates count too; another thread is not held.
      expect((await api('PUT', `v3/conversations/${conv(THREAD)}/activities/${f.activitiesIn(THREAD)[0]!.id}`, message('v2'), t)).status).toBe(429);
      expect((await send('a:other', 'x', t)).status).toBe(201);

      // 8 per 2 s: one more after a second, then wait for the first to leave the 2 s window.
      await clock.advance(1000);
      expect((await send(THREAD, 'm7', t)).status).toBe(201);
      const eight = await send(THREAD, 'm8', t);
      expect(eight.status).toBe(429);
      expect(eight.headers.get('retry-after')).toBe('1');
      await clock.advance(1000);
      expect((await api('POST', `v3/conversations/${conv(THREAD)}/activities/1`, message('reply'), t)).status).toBe(201);
    });

    it('60 per 30 s and 1,800 per hour, Retry-After until the oldest call leaves the window', async () => {
      const clock = manualClock();
      await start({ perThreadLimits: true, now: clock.now, tokenTtlSeconds: 86_400 });
      const t = await token();
      // Every 300 ms: under the 1 s and 2 s limits, over 60 in 30 s after 18 s.
      for (let i = 0; i < 60; i++) {
        expect((await send(THREAD, `m${i}`, t)).status).toBe(201);
        await clock.advance(300);
      }
      const limited = await send(THREAD, 'm60', t);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('12');

      // Every second for an hour: 1,800 fit in the hour, the next waits for the first to leave.
      const other = `${TEST_HELPDESK_CHANNEL};messageid=1700000000099`;
      const started = clock.now();
      for (let i = 0; i < 1800; i++) {
        const a = await send(other, 'x', t);
        if (a.status !== 201) throw new Error(`call ${i}: ${a.status}`);
        await clock.advance(1000);
      }
      clock.set(started + 1800 * 1000);
      const hour = await send(other, 'x', t);
      expect(hour.status).toBe(429);
      expect(hour.headers.get('retry-after')).toBe('1800');
      clock.set(started + 3600 * 1000);
      expect((await send(other, 'x', t)).status).toBe(201);
    }, 60_000);

    it('is off by default', async () => {
      await start();
      const t = await token();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(THREAD, `m${i}`, t)));
      expect(answers.every((a) => a.status === 201)).toBe(true);
    });
  });

  describe('latency', () => {
    it('carries the call out at once and answers it later', async () => {
      const f = await start({ latencyMs: 500 });
      const t = await token();
      const began = Date.now();
      const pending = send(THREAD, 'slow', t);
      await new Promise((r) => setTimeout(r, 100));
      expect(f.activitiesIn(THREAD).map((a) => a.activity.text)).toEqual(['slow']);
      expect(f.callsTo('send')).toHaveLength(0);
      const a = await pending;
      expect(a.status).toBe(201);
      expect(Date.now() - began).toBeGreaterThanOrEqual(490);
      expect(f.callsTo('send')).toHaveLength(1);
      // The token endpoint and refusals are answered at once.
      const quick = Date.now();
      expect((await send(THREAD, 'x', null)).status).toBe(401);
      await token();
      expect(Date.now() - quick).toBeLessThan(450);
    });

    it('close does not wait for answers still on their way', async () => {
      const f = await start({ latencyMs: 5000 });
      const t = await token();
      const pending = send(THREAD, 'slow', t).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 50));
      const began = Date.now();
      await f.close();
      fake = undefined;
      expect(Date.now() - began).toBeLessThan(1000);
      expect(await pending).toBeInstanceOf(Error);
    });
  });

  describe('postActivity', () => {
    interface Received {
      path: string;
      headers: IncomingHttpHeaders;
      body: Record<string, unknown>;
    }

    async function startBot(): Promise<{ url: string; received: Received[] }> {
      const received: Received[] = [];
      botServer = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
          res.writeHead(200).end();
        });
      });
      await new Promise<void>((resolve) => botServer!.listen(0, '127.0.0.1', () => resolve()));
      return { url: `http://127.0.0.1:${(botServer.address() as AddressInfo).port}`, received };
    }

    it('posts the activity to /api/messages with a token whose serviceurl is the activity’s', async () => {
      const f = await start();
      const bot = await startBot();
      const activity = channelMention({ serviceUrl: f.serviceUrl, appId: APP_ID, user: ALICE, text: 'help', channelId: TEST_HELPDESK_CHANNEL });
      expect((await f.postActivity(bot.url, activity)).status).toBe(200);
      await f.postActivity(`${bot.url}/`, activity, { tokenClaims: { audience: 'another-bot' } });
      await f.postActivity(bot.url, activity, { token: null });
      await f.postActivity(`${bot.url}/api/messages`, activity, { token: 'given' });

      expect(bot.received.map((r) => r.path)).toEqual(['/api/messages', '/api/messages', '/api/messages', '/api/messages']);
      expect(bot.received[0]!.body).toEqual(activity);
      expect(bot.received[0]!.headers['content-type']).toContain('application/json');
      const jwks = createRemoteJWKSet(new URL(f.jwksUrl));
      const bearer = (i: number) => String(bot.received[i]!.headers.authorization).replace(/^Bearer /, '');
      const { payload } = await jwtVerify(bearer(0), jwks, { issuer: 'https://api.botframework.com', audience: APP_ID });
      expect(payload.serviceurl).toBe(f.serviceUrl);
      await expect(jwtVerify(bearer(1), jwks, { audience: APP_ID })).rejects.toMatchObject({ claim: 'aud' });
      expect(bot.received[2]!.headers.authorization).toBeUndefined();
      expect(bot.received[3]!.headers.authorization).toBe('Bearer given');
    });
  });
});
