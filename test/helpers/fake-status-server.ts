import { readSharedFixture } from './shared-fixtures.ts';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP status page on 127.0.0.1 (port 0) for tests: serves fixture payloads and can be
 * scripted per request (304 with ETag, 429/503 with Retry-After, wrong content type, oversize body,
 * never answering, slow trickle, malformed JSON).
 */
export type FakeReply =
  /** JSON body; with `etag`, a request whose If-None-Match matches gets 304. */
  | { kind: 'json'; body: unknown; etag?: string; contentType?: string; delayMs?: number; headers?: Record<string, string> }
  /** Any status, content type and body (malformed JSON, HTML, …). */
  | { kind: 'raw'; status?: number; body?: string; contentType?: string; headers?: Record<string, string> }
  /** An error status such as 429 or 503, optionally with Retry-After. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Answers 200 at once, then sends the body in small pieces. */
  | { kind: 'trickle'; body: string; chunkBytes?: number; intervalMs?: number; contentType?: string }
  /** A JSON-typed body of `bytes` bytes; with declareLength, Content-Length says so up front. */
  | { kind: 'oversize'; bytes: number; declareLength?: boolean };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeStatusServer {
  /** Base URL, e.g. http://127.0.0.1:41234 — use as STATUS_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order; after them the default reply is used. */
  enqueue(...replies: FakeReply[]): void;
  setDefault(reply: FakeReply): void;
  /** Resolves once at least `count` requests have arrived. */
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeStatusServer(defaultReply: FakeReply = { kind: 'status', status: 404 }): Promise<FakeStatusServer> {
  const queue: FakeReply[] = [];
  let fallback = defaultReply;
  const requests: RecordedRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const waiters = new Set<() => void>();

  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    for (const wake of waiters) wake();
    const reply = queue.shift() ?? fallback;
    req.resume();
    answer(reply, req.headers, res, later);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setDefault: (reply) => {
      fallback = reply;
    },
    waitForRequests(count, timeoutMs = 5000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake status server: ${requests.length} of ${count} requests after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function answer(reply: FakeReply, headers: IncomingHttpHeaders, res: ServerResponse, later: (fn: () => void, ms: number) => void): void {
  switch (reply.kind) {
    case 'json': {
      const send = () => {
        if (reply.etag && headers['if-none-match'] === reply.etag) {
          res.writeHead(304, { etag: reply.etag }).end();
          return;
        }
        const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(200, {
          'content-type': reply.contentType ?? 'application/json; charset=utf-8',
          ...(reply.etag ? { etag: reply.etag } : {}),
          ...reply.headers,
        });
        res.end(body);
      };
      if (reply.delayMs) later(send, reply.delayMs);
      else send();
      return;
    }
    case 'raw':
      res.writeHead(reply.status ?? 200, { ...(reply.contentType ? { 'content-type': reply.contentType } : {}), ...reply.headers });
      res.end(reply.body ?? '');
      return;
    case 'status':
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...(reply.retryAfter !== undefined ? { 'retry-after': reply.retryAfter } : {}) });
      res.end(`status ${reply.status}`);
      return;
    case 'hang':
      return;
    case 'trickle': {
      res.writeHead(200, { 'content-type': reply.contentType ?? 'application/json' });
      const size = reply.chunkBytes ?? 1;
      let offset = 0;
      const step = () => {
        if (res.destroyed) return;
        if (offset >= reply.body.length) {
          res.end();
          return;
        }
        res.write(reply.body.slice(offset, offset + size));
        offset += size;
        later(step, reply.intervalMs ?? 100);
      };
      step();
      return;
    }
    case 'oversize': {
      res.writeHead(200, { 'content-type': 'application/json', ...(reply.declareLength ? { 'content-length': String(reply.bytes) } : {}) });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      let left = reply.bytes;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          if (!res.write(piece)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      res.on('error', () => undefined); // the client hangs up mid-body on purpose
      pump();
      return;
    }
  }
}

/** The captured status payloads beside the repository (../shared/fixtures/status). */
export function loadStatusFixture(name: string): unknown {
  return JSON.parse(readSharedFixture(`status/${name}`));
}
