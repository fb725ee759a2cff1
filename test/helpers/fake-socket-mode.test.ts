import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from './fake-socket-mode.ts';

/**
 * The fake Socket Mode service against a plain WebSocket client: the ticket from
 * apps.connections.open, the hello, envelopes and acks, pongs, disconnect. The real SDK client
 * runs against it in test/adapters/slack/slack-socket-mode.test.ts.
 */

const APP_TOKEN = 'xapp-1-A0-test';

interface Client {
  ws: WebSocket;
  /** Messages from the server, parsed, in order. */
  received: Record<string, unknown>[];
  next(type?: string): Promise<Record<string, unknown>>;
}

describe('fake Socket Mode', () => {
  let api: FakeSlackApi | undefined;
  let socket: FakeSocketMode | undefined;
  const clients: WebSocket[] = [];
  afterEach(async () => {
    for (const ws of clients.splice(0)) ws.terminate();
    await socket?.close();
    await api?.close();
    socket = undefined;
    api = undefined;
  });

  async function start(): Promise<{ api: FakeSlackApi; socket: FakeSocketMode }> {
    api = await startFakeSlackApi();
    socket = await startFakeSocketMode(api);
    return { api, socket };
  }

  async function openUrl(): Promise<string> {
    const res = await fetch(`${api!.url}apps.connections.open`, { method: 'POST', headers: { authorization: `Bearer ${APP_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    const json = (await res.json()) as { ok: boolean; url: string };
    expect(json.ok).toBe(true);
    return json.url;
  }

  async function connect(url: string): Promise<Client> {
    const ws = new WebSocket(url);
    clients.push(ws);
    const received: Record<string, unknown>[] = [];
    const waiting: (() => void)[] = [];
    ws.on('message', (data) => {
      received.push(JSON.parse(String(data)) as Record<string, unknown>);
      for (const w of waiting.splice(0)) w();
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    let read = 0;
    return {
      ws,
      received,
      async next(type) {
        for (;;) {
          while (read < received.length) {
            const m = received[read++]!;
            if (!type || m.type === type) return m;
          }
          await new Promise<void>((resolve) => waiting.push(resolve));
        }
      },
    };
  }

  it('hands out a one-time ticket URL and says hello on connect', async () => {
    const { socket } = await start();
    const url = await openUrl();
    expect(url).toMatch(new RegExp(`^${socket.url.replace(/[.?]/g, '\\$&')}\\?ticket=[0-9a-f-]{36}$`));
    expect(socket.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/$/);
    const client = await connect(url);
    expect(await client.next()).toEqual({
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'fake', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: 'A0APP00001' },
    });
    expect(socket.connections()).toBe(1);
    // The same ticket does not open a second socket.
    await expect(connect(url)).rejects.toThrow(/401/);
    expect(socket.connections()).toBe(1);
  });

  it('sends envelopes and resolves with the ack payload of that envelope', async () => {
    const { socket } = await start();
    const client = await connect(await openUrl());
    await client.next('hello');

    const acked = socket.send('slash_commands', { command: '/chatgpt-500', text: '' });
    const envelope = await client.next('slash_commands');
    expect(envelope).toMatchObject({ type: 'slash_commands', payload: { command: '/chatgpt-500' }, accepts_response_payload: true });
    expect(envelope).not.toHaveProperty('retry_attempt');
    client.ws.send(JSON.stringify({ envelope_id: 'someone-else', payload: { text: 'not this one' } }));
    client.ws.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'thanks' } }));
    expect(await acked).toEqual({ text: 'thanks' });

    const event = socket.send('events_api', { type: 'event_callback' }, { envelopeId: 'env-1', retryAttempt: 1, retryReason: 'timeout' });
    expect(await client.next('events_api')).toEqual({ envelope_id: 'env-1', type: 'events_api', payload: { type: 'event_callback' }, accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout' });
    // A bare ack() of the SDK sends an empty payload: no payload.
    client.ws.send(JSON.stringify({ envelope_id: 'env-1', payload: {} }));
    expect(await event).toBeUndefined();
    expect(socket.acks.map((a) => a.envelopeId)).toEqual(['someone-else', envelope.envelope_id, 'env-1']);
  });

  it('rejects when no client is connected, and when the ack does not come in time', async () => {
    const { socket } = await start();
    await expect(socket.send('interactive', { type: 'block_actions' })).rejects.toThrow(/no client/);
    const client = await connect(await openUrl());
    await client.next('hello');
    await expect(socket.send('interactive', { type: 'block_actions' }, { timeoutMs: 100 })).rejects.toThrow(/no ack .* within 100 ms/);
  });

  it('answers pings with pongs, and tells clients to reconnect on disconnect()', async () => {
    const { socket } = await start();
    const client = await connect(await openUrl());
    await client.next('hello');
    const pong = new Promise<string>((resolve) => client.ws.once('pong', (data) => resolve(String(data))));
    client.ws.ping('are you there');
    expect(await pong).toBe('are you there');
    expect(socket.pings()).toBe(1);
    socket.disconnect();
    expect(await client.next('disconnect')).toMatchObject({ type: 'disconnect', reason: 'refresh_requested' });
    const closed = new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)));
    client.ws.close(1000);
    expect(await closed).toBe(1000);
    await expect.poll(() => socket.connections()).toBe(0);
  });

  it('detaches from the Web API when closed', async () => {
    const { api, socket } = await start();
    await socket.close();
    const res = await fetch(`${api.url}apps.connections.open`, { method: 'POST', headers: { authorization: `Bearer ${APP_TOKEN}` }, body: '' });
    expect(res.status).toBe(501);
  });
});
