import { App } from '@slack/bolt';
import express from 'express';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../../adapters/slack/bolt-logger.ts';
import type { SlackDelivery } from '../../../adapters/slack/classify-slack-body.ts';
import { createSlackHttpReceiver } from '../../../adapters/slack/create-slack-http-receiver.ts';
import { verifiedDelivery } from '../../../adapters/slack/verified-delivery.ts';
import { signSlackRequest } from '../../../adapters/slack/verify-slack-signature.ts';
import { SIGNING_SECRET, memoryLog, slashCommandBody } from './slack-test-kit.ts';

/**
 * The receiver alone at the wire: a bare bolt App with test listeners, the receiver's router in
 * an express app on 127.0.0.1:0, requests signed with a real HMAC. What each listener saw is
 * recorded; what must not reach a listener does not.
 */

interface Seen {
  name: string;
  delivery: SlackDelivery;
  sameBody: boolean;
  retryNum: unknown;
  retryReason: unknown;
}

const UNACKED_AFTER_MS = 300;

/** The receiver's router in an express app on 127.0.0.1, port 0. */
async function serve(router: express.Router): Promise<{ server: Server; port: number }> {
  const app = express();
  app.use(router);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  return { server, port: (server.address() as AddressInfo).port };
}

function stop(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
const BODY_LIMIT = 10_000;

describe('createSlackHttpReceiver at the wire (bare bolt app, real signatures)', () => {
  const log = memoryLog();
  const seen: Seen[] = [];
  let gate: { release: () => void; promise: Promise<void> };
  let server: Server;
  let port: number;

  const record = (name: string, body: unknown, context: Readonly<Record<string, unknown>>) => {
    const delivery = verifiedDelivery.of({ body, context });
    const payload = delivery.kind === 'command' ? delivery.command : delivery.kind === 'block_actions' ? delivery.actions : delivery.kind === 'event' ? delivery.envelope : undefined;
    seen.push({ name, delivery, sameBody: payload === body, retryNum: context.retryNum, retryReason: context.retryReason });
  };

  beforeAll(async () => {
    const receiver = createSlackHttpReceiver({ signingSecret: SIGNING_SECRET, path: '/slack/events', logger: log.logger, bodyLimitBytes: BODY_LIMIT, unackedAfterMs: UNACKED_AFTER_MS });
    const bolt = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-unused' }), ignoreSelf: false, convoStore: false, logger: toBoltLogger(log.logger) });
    // As the adapter does in HTTP mode: a listener's error goes back to the receiver.
    bolt.error(async (error) => {
      throw error;
    });
    bolt.command('/records', async ({ ack, body, context }) => {
      record('/records', body, context);
      await ack({ response_type: 'ephemeral', text: 'recorded' });
    });
    bolt.command('/text', async ({ ack }) => {
      await ack('plain words');
    });
    bolt.command('/acks-twice', async ({ ack }) => {
      await ack({ text: 'first' });
      await ack({ text: 'second' });
    });
    bolt.command('/never-acks', async ({ body, context }) => {
      record('/never-acks', body, context);
      await gate.promise;
      record('/never-acks:ended', body, context);
    });
    bolt.command('/returns-unacked', async ({ body, context }) => {
      record('/returns-unacked', body, context);
    });
    bolt.command('/throws', async () => {
      throw new Error('secret internals at line 42');
    });
    bolt.command('/throws-after-ack', async ({ ack }) => {
      await ack({ text: 'taken' });
      throw new Error('after the ack');
    });
    bolt.action({ type: 'block_actions', action_id: 'btn' }, async ({ ack, body, context }) => {
      await ack();
      record('btn', body, context);
    });
    bolt.event('app_mention', async ({ body, context }) => {
      record('app_mention', body, context);
    });
    ({ server, port } = await serve(receiver.router));
  });
  afterAll(async () => {
    gate.release();
    await stop(server);
  });
  beforeEach(() => {
    seen.length = 0;
    log.lines.length = 0;
    let release = () => {};
    const promise = new Promise<void>((r) => (release = r));
    gate = { release, promise };
  });

  function signedHeaders(body: string, options: { timestamp?: number; contentType?: string; headers?: Record<string, string> } = {}): Record<string, string> {
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    return {
      'content-type': options.contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded'),
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackRequest(SIGNING_SECRET, timestamp, body),
      ...options.headers,
    };
  }

  const post = (body: string, options: Parameters<typeof signedHeaders>[1] = {}) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: signedHeaders(body, options), body });

  /** One request over a raw socket (Connection: close): everything the server wrote, as text. */
  function rawPost(body: string): Promise<string> {
    const headers = { ...signedHeaders(body), host: `127.0.0.1:${port}`, connection: 'close', 'content-length': String(Buffer.byteLength(body)) };
    const head = `POST /slack/events HTTP/1.1\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`;
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(head + body));
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  }
  const statusLines = (raw: string) => raw.match(/^HTTP\/1\.1 \d{3}/gm) ?? [];
  const logged = (msg: string) => log.lines.filter((l) => l.msg?.includes(msg));

  describe('answers itself, and no listener runs', () => {
    const nowSeconds = () => Math.floor(Date.now() / 1000);
    it.each([
      ['a signature made with another secret', () => ({ headers: { 'x-slack-signature': signSlackRequest('other-secret', String(nowSeconds()), slashCommandBody({ command: '/records' })) } }), 'mismatch'],
      ['a stale timestamp (5 min 1 s)', () => ({ timestamp: nowSeconds() - 301 }), 'stale'],
      ['a timestamp from the future (5 min 2 s)', () => ({ timestamp: nowSeconds() + 302 }), 'future'],
      ['no signature at all', () => ({ headers: { 'x-slack-signature': '' } }), 'missing_headers'],
    ])('401: %s', async (_name, options, reason) => {
      const res = await post(slashCommandBody({ command: '/records' }), options());
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('');
      expect(seen).toEqual([]);
      expect(log.lines.some((l) => l.reason === reason)).toBe(true);
    });

    it('accepts a correctly signed timestamp 4 min 59 s old', async () => {
      const res = await post(slashCommandBody({ command: '/records' }), { timestamp: nowSeconds() - 299 });
      expect(res.status).toBe(200);
      expect(seen.map((s) => s.name)).toEqual(['/records']);
    });

    it.each([
      ['JSON that does not parse', '{"type":'],
      ['an unknown type', '{"type":"launch_missiles"}'],
      ['a command without trigger_id', slashCommandBody({ command: '/records' }).replace(/&trigger_id=[^&]*/, '')],
      ['block_actions without actions', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, container: { type: 'message' }, actions: [] }))}`],
    ])('400: %s', async (_name, body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(seen).toEqual([]);
    });

    it('413: a body over the limit, signed or not', async () => {
      const res = await post(`{"type":"event_callback","pad":"${'x'.repeat(BODY_LIMIT)}"}`);
      expect(res.status).toBe(413);
      expect(seen).toEqual([]);
    });

    it('url_verification: the challenge as JSON', async () => {
      const res = await post(JSON.stringify({ type: 'url_verification', challenge: 'ch-1' }));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ challenge: 'ch-1' });
    });

    it.each([
      ['ssl_check', 'ssl_check=1&token=x'],
      ['view_closed', `payload=${encodeURIComponent(JSON.stringify({ type: 'view_closed', user: { id: 'U1' } }))}`],
      ['shortcut', `payload=${encodeURIComponent(JSON.stringify({ type: 'shortcut', callback_id: 'x', user: { id: 'U1' } }))}`],
      ['app_rate_limited', JSON.stringify({ type: 'app_rate_limited', team_id: 'T1', minute_rate_limited: 1 })],
    ])('200, empty: %s', async (_name, body) => {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      expect(seen).toEqual([]);
    });
  });

  describe('hands the rest to bolt, parsed once', () => {
    it("a command: the listener's body is the receiver's validated payload (not parsed again), and the ack's object is the JSON answer", async () => {
      const res = await post(slashCommandBody({ command: '/records', text: '  hello ' }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ response_type: 'ephemeral', text: 'recorded' });
      expect(seen).toHaveLength(1);
      expect(seen[0]!.delivery).toMatchObject({ kind: 'command', command: { command: '/records', text: '  hello ', user_id: 'U0USER0001' } });
      expect(seen[0]!.sameBody).toBe(true);
    });

    it('a click and an event reach their listeners with the same validated payloads', async () => {
      const click = { type: 'block_actions', user: { id: 'U1' }, container: { type: 'message', message_ts: '1.2', channel_id: 'C1' }, actions: [{ action_id: 'btn', action_ts: '3.4' }] };
      expect((await post(`payload=${encodeURIComponent(JSON.stringify(click))}`)).status).toBe(200);
      const mention = { type: 'event_callback', event_id: 'Ev1', team_id: 'T1', event: { type: 'app_mention', user: 'U1', text: 'hi', ts: '1.2', channel: 'C1' } };
      const res = await post(JSON.stringify(mention));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      await expect.poll(() => seen.map((s) => s.name)).toEqual(['btn', 'app_mention']);
      expect(seen.every((s) => s.sameBody)).toBe(true);
      expect(seen[1]!.delivery).toMatchObject({ kind: 'event', envelope: { event_id: 'Ev1' } });
    });

    it("Slack's retry headers reach the listener's context", async () => {
      const res = await post(slashCommandBody({ command: '/records' }), { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
      expect(res.status).toBe(200);
      expect(seen[0]).toMatchObject({ retryNum: 2, retryReason: 'http_timeout' });
      expect(log.lines.some((l) => l.retryNum === '2' && l.retryReason === 'http_timeout' && l.msg === 'slack retried a delivery')).toBe(true);
    });

    it('without retry headers, none in the context', async () => {
      await post(slashCommandBody({ command: '/records' }));
      expect(seen[0]).toMatchObject({ retryNum: undefined, retryReason: undefined });
    });

    it('a string ack is the answer as text', async () => {
      const res = await post(slashCommandBody({ command: '/text' }));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('plain words');
    });
  });

  describe('exactly one HTTP answer per request', () => {
    it('a second ack is ignored (and logged): the first one is the answer', async () => {
      const raw = await rawPost(slashCommandBody({ command: '/acks-twice' }));
      expect(statusLines(raw)).toEqual(['HTTP/1.1 200']);
      expect(raw.endsWith('{"text":"first"}')).toBe(true);
      await expect.poll(() => logged('acknowledged twice')).toHaveLength(1);
    });

    it('a listener that never acks: an empty 200 once unackedAfterMs passed, and nothing more when it ends', async () => {
      const raw = await rawPost(slashCommandBody({ command: '/never-acks' }));
      expect(statusLines(raw)).toEqual(['HTTP/1.1 200']);
      expect(raw.split('\r\n\r\n')[1]).toBe('');
      expect(seen.map((s) => s.name)).toEqual(['/never-acks']);
      expect(logged('not acknowledged in time')).toHaveLength(1);
      gate.release();
      await expect.poll(() => seen.map((s) => s.name)).toEqual(['/never-acks', '/never-acks:ended']);
      await new Promise((r) => setImmediate(r));
      expect(logged('no listener acknowledged')).toHaveLength(0);
      expect(logged('acknowledged twice')).toHaveLength(0);
    });

    it('a listener that ends without acking: an empty 200 at once', async () => {
      const raw = await rawPost(slashCommandBody({ command: '/returns-unacked' }));
      expect(statusLines(raw)).toEqual(['HTTP/1.1 200']);
      expect(raw.split('\r\n\r\n')[1]).toBe('');
      expect(logged('no listener acknowledged')).toHaveLength(1);
      expect(logged('not acknowledged in time')).toHaveLength(0);
    });

    it('a command no listener takes: an empty 200 at once', async () => {
      const res = await post(slashCommandBody({ command: '/nobody' }));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      expect(logged('no listener acknowledged')).toHaveLength(1);
    });

    it('a listener that throws before acking: 500 with an empty body, the error in the log', async () => {
      const raw = await rawPost(slashCommandBody({ command: '/throws' }));
      expect(statusLines(raw)).toEqual(['HTTP/1.1 500']);
      expect(raw).not.toContain('secret internals');
      expect(raw.split('\r\n\r\n')[1]).toBe('');
      expect(log.lines.some((l) => l.level >= 50 && l.msg === 'slack delivery failed in processing' && JSON.stringify(l).includes('secret internals'))).toBe(true);
    });

    it('a listener that throws after acking: the ack stands', async () => {
      const raw = await rawPost(slashCommandBody({ command: '/throws-after-ack' }));
      expect(statusLines(raw)).toEqual(['HTTP/1.1 200']);
      expect(raw.endsWith('{"text":"taken"}')).toBe(true);
      await expect.poll(() => log.lines.some((l) => l.level >= 50 && JSON.stringify(l).includes('after the ack'))).toBe(true);
    });
  });
});

describe('createSlackHttpReceiver lanes: an App per kind of delivery', () => {
  const log = memoryLog();
  const heard: string[] = [];
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const receiver = createSlackHttpReceiver({ signingSecret: SIGNING_SECRET, path: '/slack/events', logger: log.logger });
    const options = { authorize: async () => ({ botToken: 'xoxb-unused' }), ignoreSelf: false, convoStore: false as const, logger: toBoltLogger(log.logger) };
    // The same listeners on both Apps: which App heard a delivery shows where it was routed.
    const listen = (app: App, name: string) => {
      app.command('/lane', async ({ ack }) => {
        heard.push(`${name}:command`);
        await ack();
      });
      app.action({ type: 'block_actions', action_id: 'btn' }, async ({ ack }) => {
        heard.push(`${name}:action`);
        await ack();
      });
    };
    listen(new App({ receiver, ...options }), 'fallback');
    listen(new App({ receiver: receiver.lane('command'), ...options }), 'commands');
    ({ server, port } = await serve(receiver.router));
  });
  afterAll(async () => {
    await stop(server);
  });

  const post = (body: string, contentType: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(SIGNING_SECRET, timestamp, body) },
      body,
    });
  };

  it('a command goes to its lane only; a kind without a lane goes to the App given to init', async () => {
    expect((await post(slashCommandBody({ command: '/lane' }), 'application/x-www-form-urlencoded')).status).toBe(200);
    const click = { type: 'block_actions', user: { id: 'U1' }, container: { type: 'message', message_ts: '1.2', channel_id: 'C1' }, actions: [{ action_id: 'btn', action_ts: '3.4' }] };
    expect((await post(`payload=${encodeURIComponent(JSON.stringify(click))}`, 'application/x-www-form-urlencoded')).status).toBe(200);
    expect(heard).toEqual(['commands:command', 'fallback:action']);
  });
});
