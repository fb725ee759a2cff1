import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { FakeSlackApi } from './fake-slack-api.ts';

/**
 * A fake Socket Mode service on 127.0.0.1 (port 0), for the real @slack/socket-mode client that
 * bolt's SocketModeReceiver runs. It speaks what the client reads: a `hello` when a socket opens,
 * envelopes `{envelope_id, type, payload, accepts_response_payload, retry_attempt?, retry_reason?}`,
 * acks `{envelope_id, payload}` back, `disconnect` when asked, and pongs to the client's pings
 * (the client drops a socket that stops answering them). Attached to a fake Web API, whose
 * apps.connections.open then hands out `ws://127.0.0.1:<port>/link/?ticket=…`; a ticket opens one
 * socket, once, as Slack's do, so a reconnect has to go through apps.connections.open again.
 */

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface EnvelopeOptions {
  /** Default a fresh id. */
  envelopeId?: string;
  /** Slack's redelivery count; events_api envelopes always carry one (default 0). */
  retryAttempt?: number;
  retryReason?: string;
  /** Default as Slack sets it: true for slash commands and view submissions, false otherwise. */
  acceptsResponsePayload?: boolean;
  /** How long to wait for the ack (default 5000 ms); Slack itself waits about 3 s. */
  timeoutMs?: number;
}

export interface RecordedAck {
  envelopeId: string;
  /** The ack's payload; undefined when it carried none or an empty one (a bare `ack()`). */
  payload: Record<string, unknown> | undefined;
  /** Date.now() when it arrived. */
  at: number;
}

export interface FakeSocketMode {
  /** The WebSocket endpoint, without a ticket. */
  readonly url: string;
  /** Every ack received, in order. */
  readonly acks: RecordedAck[];
  /**
   * Sends an envelope to one connected client (round robin) and resolves with the ack's payload
   * once the client acked that envelope_id; rejects when no client is connected or after the timeout.
   */
  send(type: EnvelopeType, payload: Record<string, unknown>, options?: EnvelopeOptions): Promise<Record<string, unknown> | undefined>;
  /** Open sockets. */
  connections(): number;
  /** Pings received from clients (each answered with a pong). */
  pings(): number;
  /** Tells every client to reconnect, as Slack does before recycling a server. */
  disconnect(reason?: string): void;
  /** Detaches from the fake Web API, closes every socket and the server. */
  close(): Promise<void>;
}

interface Waiter {
  resolve(payload: Record<string, unknown> | undefined): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const APP_ID = 'A0APP00001';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function defaultAccepts(type: EnvelopeType, payload: Record<string, unknown>): boolean {
  if (type === 'slash_commands') return true;
  return type === 'interactive' && (payload.type === 'view_submission' || payload.type === 'block_suggestion');
}

export async function startFakeSocketMode(api: FakeSlackApi): Promise<FakeSocketMode> {
  const tickets = new Set<string>();
  const sockets = new Set<WebSocket>();
  const pending = new Map<string, Waiter[]>();
  const acks: RecordedAck[] = [];
  let pings = 0;
  let turn = 0;
  let closing: Promise<void> | undefined;

  const server: Server = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('Socket Mode speaks WebSocket only');
  });
  // Pongs are answered by `ws` itself (autoPong); made explicit because the client depends on them.
  const wss = new WebSocketServer({ noServer: true, autoPong: true });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/link/' || !tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  function onAck(data: RawData, isBinary: boolean): void {
    if (isBinary) return;
    let message: unknown;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    if (!isRecord(message) || typeof message.envelope_id !== 'string') return;
    const envelopeId = message.envelope_id;
    const payload = isRecord(message.payload) && Object.keys(message.payload).length > 0 ? message.payload : undefined;
    acks.push({ envelopeId, payload, at: Date.now() });
    const waiters = pending.get(envelopeId);
    const waiter = waiters?.shift();
    if (waiters?.length === 0) pending.delete(envelopeId);
    if (!waiter) return;
    clearTimeout(waiter.timer);
    waiter.resolve(payload);
  }

  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    ws.on('ping', () => pings++);
    ws.on('message', onAck);
    ws.on('close', () => sockets.delete(ws));
    ws.on('error', () => sockets.delete(ws));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'fake', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: APP_ID },
      }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}/link/`;
  const detach = api.attachSocketMode(() => {
    const ticket = randomUUID();
    tickets.add(ticket);
    return `${url}?ticket=${ticket}`;
  });

  const open = () => [...sockets].filter((s) => s.readyState === WebSocket.OPEN);

  function forget(envelopeId: string, waiter: Waiter): void {
    clearTimeout(waiter.timer);
    const waiters = pending.get(envelopeId) ?? [];
    if (waiters.includes(waiter)) waiters.splice(waiters.indexOf(waiter), 1);
    if (waiters.length === 0) pending.delete(envelopeId);
  }

  /** Detaches, fails what waits for an ack, then closes the sockets and the server (once). */
  async function shutDown(): Promise<void> {
    detach();
    for (const waiters of pending.values()) {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error('fake Socket Mode closed'));
      }
    }
    pending.clear();
    // A close handshake first (1001 "going away"); whatever does not finish it in a second is cut.
    await Promise.all(
      [...sockets].map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.readyState === WebSocket.CLOSED) return resolve();
            const cut = setTimeout(() => s.terminate(), 1000);
            s.once('close', () => {
              clearTimeout(cut);
              resolve();
            });
            s.close(1001, 'going away');
          }),
      ),
    );
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  return {
    url,
    acks,
    send(type, payload, options = {}) {
      const targets = open();
      if (targets.length === 0) return Promise.reject(new Error('fake Socket Mode: no client is connected'));
      const target = targets[turn++ % targets.length]!;
      const envelopeId = options.envelopeId ?? randomUUID();
      const retry =
        type === 'events_api' || options.retryAttempt !== undefined
          ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }
          : {};
      const envelope = { envelope_id: envelopeId, type, payload, accepts_response_payload: options.acceptsResponsePayload ?? defaultAccepts(type, payload), ...retry };
      const timeoutMs = options.timeoutMs ?? 5000;
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          timer: setTimeout(() => {
            forget(envelopeId, waiter);
            reject(new Error(`fake Socket Mode: no ack for ${type} envelope ${envelopeId} within ${timeoutMs} ms`));
          }, timeoutMs),
        };
        pending.set(envelopeId, [...(pending.get(envelopeId) ?? []), waiter]);
        target.send(JSON.stringify(envelope), (error) => {
          if (!error) return;
          forget(envelopeId, waiter);
          reject(error);
        });
      });
    },
    connections: () => open().length,
    pings: () => pings,
    disconnect(reason = 'refresh_requested') {
      for (const s of open()) s.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
    },
    close() {
      closing ??= shutDown();
      return closing;
    },
  };
}
