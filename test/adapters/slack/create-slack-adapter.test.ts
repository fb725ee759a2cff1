import { MemoryOutbox } from '../../../src/outbox/memory-outbox.ts';
import { startFakeSocketMode } from '../../helpers/fake-socket-mode.ts';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/create-slack-adapter.ts';
import { signSlackRequest } from '../../../adapters/slack/verify-slack-signature.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Desk } from '../../../src/desk/desk.port.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, memoryLog } from './slack-test-kit.ts';

/** These tests never reach the desk: any call fails the test. */
const unusedDesk = new Proxy({} as Desk, {
  get(_t, name) {
    throw new Error(`desk.${String(name)} must not be used here`);
  },
});

describe('createSlackAdapter: modes and mounting', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function fakeApi(): Promise<FakeSlackApi> {
    const fake = await startFakeSlackApi({ token: BOT_TOKEN });
    cleanups.push(() => fake.close());
    return fake;
  }

  it('refuses to start without Slack configuration', () => {
    const { logger } = memoryLog();
    expect(() => createSlackAdapter({ config: loadConfig({}), desk: unusedDesk, outbox: new MemoryOutbox(Date.now), logger, metrics: createMetrics() })).toThrow(expect.objectContaining({ code: 'slack.config' }));
  });

  it('Socket Mode: no router, no call when built; start() asks SLACK_API_URL for a socket with the app token', async () => {
    const fake = await fakeApi();
    const { logger } = memoryLog();
    const config = loadConfig({ SLACK_APP_TOKEN: 'xapp-1-A0-test', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.url });
    const adapter = createSlackAdapter({ config, desk: unusedDesk, outbox: new MemoryOutbox(Date.now), logger, metrics: createMetrics() });
    cleanups.push(() => adapter.stop());
    expect(adapter.mode).toBe('socket');
    expect(adapter.router).toBeUndefined();
    expect(fake.calls).toEqual([]);
    const socket = await startFakeSocketMode(fake);
    cleanups.push(() => socket.close());
    // The socket service answers 503 once: the client tries again (a reconnect must not give up on one 5xx).
    fake.fail({ method: 'apps.connections.open', status: 503, times: 1 });
    await adapter.start();
    await expect.poll(() => socket.connections()).toBe(1);
    expect(fake.calls.map((c) => [c.method, c.headers.authorization, c.status])).toEqual([
      ['apps.connections.open', 'Bearer xapp-1-A0-test', 503],
      ['apps.connections.open', 'Bearer xapp-1-A0-test', 200],
    ]);
  });

  it('a helpdesk channel given by name is looked up once at start; a name that does not exist is refused with a clear message', async () => {
    const fake = await startFakeSlackApi({ token: BOT_TOKEN, channels: [{ id: 'C0INCIDENTS', name: 'chatgpt-incidents' }] });
    cleanups.push(() => fake.close());
    const make = (channel: string) =>
      createSlackAdapter({
        config: loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.url, SLACK_HELPDESK_CHANNEL: channel }),
        desk: unusedDesk,
        outbox: new MemoryOutbox(Date.now),
        logger: memoryLog().logger,
        metrics: createMetrics(),
      });
    const named = make('#chatgpt-incidents');
    await named.start();
    cleanups.push(() => named.stop());
    expect(named.helpdesk.id()).toBe('C0INCIDENTS');
    expect(fake.callsTo('conversations.list')).toHaveLength(1);
    const missing = make('#no-such-channel');
    await expect(missing.start()).rejects.toMatchObject({ code: 'slack.config', message: expect.stringMatching(/^SLACK_HELPDESK_CHANNEL: no channel named #no-such-channel that the bot can see/) });
    // An id is used as it is: no call at start.
    const before = fake.calls.length;
    const byId = make('C0INCIDENTS');
    await byId.start();
    cleanups.push(() => byId.stop());
    expect(byId.helpdesk.id()).toBe('C0INCIDENTS');
    expect(fake.calls.length).toBe(before);
  });

  async function serve(app: express.Express): Promise<string> {
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function signedChallenge(challenge: string) {
    const body = JSON.stringify({ type: 'url_verification', challenge });
    const ts = String(Math.floor(Date.now() / 1000));
    return { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': ts, 'x-slack-signature': signSlackRequest(SIGNING_SECRET, ts, body) } };
  }

  it('HTTP mode: the router can be mounted by the host app before its body parsers, beside other routes', async () => {
    const fake = await fakeApi();
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.url });
    const adapter = createSlackAdapter({ config, desk: unusedDesk, outbox: new MemoryOutbox(Date.now), logger: memoryLog().logger, metrics: createMetrics() });
    cleanups.push(() => adapter.stop());
    const app = express();
    app.get('/healthz', (_req, res) => void res.json({ ok: true }));
    app.use(adapter.router!);
    app.use(express.json());
    app.post('/api/echo', (req, res) => void res.json(req.body));
    const base = await serve(app);
    await adapter.start();
    const res = await fetch(`${base}/slack/events`, signedChallenge('c-1'));
    expect(await res.json()).toEqual({ challenge: 'c-1' });
    expect(await (await fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' })).json()).toEqual({ a: 1 });
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    expect(fake.calls).toEqual([]);
  });

  it('HTTP mode: a body parser mounted before the Slack router is named in the log and answered 500, not 401', async () => {
    const fake = await fakeApi();
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.url });
    const log = memoryLog();
    const adapter = createSlackAdapter({ config, desk: unusedDesk, outbox: new MemoryOutbox(Date.now), logger: log.logger, metrics: createMetrics() });
    cleanups.push(() => adapter.stop());
    const app = express();
    app.use(express.json());
    app.use(adapter.router!);
    const base = await serve(app);
    const res = await fetch(`${base}/slack/events`, signedChallenge('c-2'));
    expect(res.status).toBe(500);
    expect(log.lines.some((l) => l.msg?.includes('mount the Slack router before any body parser'))).toBe(true);
  });
});
