import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifySlackError } from '../../../adapters/slack/classify-slack-error.ts';
import { createSlackWebApi } from '../../../adapters/slack/create-slack-web-api.ts';
import { createSlackOutbound } from '../../../adapters/slack/slack-outbound.ts';
import { SlackWebApiError } from '../../../adapters/slack/slack-web-api-error.ts';
import { DeliveryFailure } from '../../../src/delivery/delivery-failure.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { BOT_TOKEN, memoryLog } from './slack-test-kit.ts';

const message = { text: 'hello', blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'hello' } }] };

/** The error a call threw (the test fails when it resolved). */
async function failure(promise: Promise<unknown>): Promise<SlackWebApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SlackWebApiError);
  return error as SlackWebApiError;
}

describe("the adapter's Slack Web API client (undici) against the fake Slack API", () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await startFakeSlackApi({ token: BOT_TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(() => fake.reset());

  it('posts a JSON body with the token as a Bearer header, and returns the answer', async () => {
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url });
    const answer = await api.call('chat.postMessage', { channel: 'C0CHAN0001', text: message.text, blocks: message.blocks, unfurl_links: false, metadata: { event_type: 'e', event_payload: { key: 'k' } } });
    expect(answer).toMatchObject({ ok: true, channel: 'C0CHAN0001', ts: expect.any(String) });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(call!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call!.body).toEqual({ channel: 'C0CHAN0001', text: 'hello', blocks: message.blocks, unfurl_links: false, metadata: { event_type: 'e', event_payload: { key: 'k' } } });
    expect(call!.body.token).toBeUndefined();
    expect(fake.message('C0CHAN0001', String(answer.ts))?.metadata).toMatchObject({ event_type: 'e' });
    await api.close();
  });

  it('sends the read methods as form fields (Slack documents JSON for write methods only)', async () => {
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url });
    await api.call('conversations.history', { channel: 'C0CHAN0001', include_all_metadata: true, limit: 200 });
    const [call] = fake.callsTo('conversations.history');
    expect(call!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(call!.body).toEqual({ channel: 'C0CHAN0001', include_all_metadata: 'true', limit: '200' });
    await api.close();
  });

  it("ok: false is a coded error carrying Slack's error code; it is a refusal (not retried)", async () => {
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url });
    const error = await failure(api.call('chat.update', { channel: 'C0CHAN0001', ts: '1.000001', text: 'x' }));
    expect(error).toMatchObject({ code: 'slack_api.platform', method: 'chat.update', slackError: 'message_not_found' });
    expect(classifySlackError(error)).toEqual({ kind: 'api_error', error: 'message_not_found' });
    // Slack's transient platform errors and its "ratelimited" are retried, as before.
    fake.fail({ method: 'chat.postMessage', status: 200, error: 'internal_error' });
    expect(classifySlackError(await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' })))).toEqual({ kind: 'server_error' });
    fake.fail({ method: 'chat.postMessage', status: 200, error: 'ratelimited' });
    expect(classifySlackError(await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' })))).toEqual({ kind: 'rate_limited', retryAfterMs: 1000 });
    await api.close();
  });

  it('HTTP 429 carries Retry-After; 5xx is a server error; another status names itself; a 200 that is not JSON is unreadable', async () => {
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url });
    fake.fail({ method: 'chat.postMessage', status: 429, retryAfter: 7 });
    const limited = await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' }));
    expect(limited).toMatchObject({ code: 'slack_api.rate_limited', status: 429, retryAfterMs: 7000 });
    expect(classifySlackError(limited)).toEqual({ kind: 'rate_limited', retryAfterMs: 7000 });
    fake.fail({ method: 'chat.postMessage', status: 429 });
    expect(classifySlackError(await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' })))).toEqual({ kind: 'rate_limited', retryAfterMs: 1000 });

    fake.fail({ method: 'chat.postMessage', status: 500 });
    const broken = await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' }));
    expect(broken).toMatchObject({ code: 'slack_api.http', status: 500 });
    expect(classifySlackError(broken)).toEqual({ kind: 'server_error' });

    const lost = createSlackWebApi({ token: BOT_TOKEN, apiUrl: `${fake.origin}/elsewhere/` });
    expect(classifySlackError(await failure(lost.call('conversations.history', { channel: 'C1' })))).toEqual({ kind: 'api_error', error: 'http_404' });

    fake.fail({ method: 'chat.postMessage', status: 'invalid_json' });
    const garbled = await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' }));
    expect(garbled).toMatchObject({ code: 'slack_api.unreadable' });
    expect(classifySlackError(garbled)).toEqual({ kind: 'server_error', unreadable: true });
    await Promise.all([api.close(), lost.close()]);
  });

  it('a connection refused, and an answer later than the timeout, are network errors; no message names the token', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = createSlackWebApi({ token: BOT_TOKEN, apiUrl: `http://127.0.0.1:${port}/api/` });
    const error = await failure(refused.call('chat.postMessage', { channel: 'C1', text: 'x' }));
    expect(error.code).toBe('slack_api.network');
    expect(classifySlackError(error)).toEqual({ kind: 'network_error' });

    const slow = await startFakeSlackApi({ token: BOT_TOKEN, latencyMs: 1000 });
    try {
      const hurried = createSlackWebApi({ token: BOT_TOKEN, apiUrl: slow.url, timeoutMs: 100 });
      const late = await failure(hurried.call('chat.postMessage', { channel: 'C1', text: 'x' }));
      expect(classifySlackError(late)).toEqual({ kind: 'network_error' });
      for (const e of [error, late]) expect(`${e.message} ${JSON.stringify(e)}`).not.toContain(BOT_TOKEN);
      await hurried.close();
    } finally {
      await slow.close();
    }
    await refused.close();
  });

  it('the timeout is one deadline for the headers and the body together: an answer that trickles past it is a network error', async () => {
    // Headers at once, then a byte every 40 ms for 1.2 s: no single wait reaches the timeout, the whole answer does.
    const trickle = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":true,"pad":"');
      const timer = setInterval(() => res.write('x'), 40);
      setTimeout(() => {
        clearInterval(timer);
        res.end('"}');
      }, 1200);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve));
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: `http://127.0.0.1:${(trickle.address() as AddressInfo).port}/api/`, timeoutMs: 300 });
    try {
      const started = Date.now();
      const late = await failure(api.call('chat.postMessage', { channel: 'C1', text: 'x' }));
      expect(late.code).toBe('slack_api.network');
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await api.close();
      trickle.closeAllConnections();
      await new Promise<void>((resolve) => trickle.close(() => resolve()));
    }
  });

  it('uses the dispatcher it is given (and leaves it open on close)', async () => {
    const pool = new Pool(fake.origin, { connections: 1 });
    const api = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url, dispatcher: pool });
    await Promise.all([api.call('auth.test', {}), api.call('auth.test', {})]);
    expect(fake.callsTo('auth.test').map((c) => c.status)).toEqual([200, 200]);
    await api.close();
    expect(pool.closed).toBe(false);
    await pool.close();
  });

  it('through the outbound: 429 → rate_limited with Retry-After, 5xx → transient (uncertain for a post), ok:false → refused with the code', async () => {
    const outbound = createSlackOutbound({ client: createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url }), logger: memoryLog().logger });
    const post = (channel: string) => outbound.post({ channel, message, key: 'k' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    fake.fail({ method: 'chat.postMessage', channel: 'CRATE', status: 429, retryAfter: 3 });
    expect(await post('CRATE')).toMatchObject({ kind: 'rate_limited', reason: 'slack:rate_limited', retryAfterMs: 3000 });
    fake.fail({ method: 'chat.postMessage', channel: 'CFIVE', status: 503 });
    expect(await post('CFIVE')).toMatchObject({ kind: 'transient', reason: 'slack:server_error', uncertain: true });
    fake.fail({ method: 'chat.postMessage', channel: 'CGONE', status: 200, error: 'channel_not_found' });
    const refused = await post('CGONE');
    expect(refused).toBeInstanceOf(DeliveryFailure);
    expect(refused).toMatchObject({ kind: 'refused', reason: 'slack:channel_not_found' });
    await expect(outbound.update({ channel: 'CGONE', ts: '1.1', message })).rejects.toMatchObject({ kind: 'refused', reason: 'slack:message_not_found' });
  });
});
