import type { RequestListener } from 'node:http';
import { afterEach } from 'vitest';
import { startServer, type RunningServer } from '../../../../adapters/app/start-server.ts';
import { memoryLogger } from './memory-logger.ts';

const running: RunningServer[] = [];

/** Serves `app` on 127.0.0.1:0 for one test; closed after the test. */
export async function serveApp(app: RequestListener): Promise<RunningServer> {
  const server = await startServer(app, { host: '127.0.0.1', port: 0, logger: memoryLogger('silent').logger, drainTimeoutMs: 2000 });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close(500)));
});

/** POSTs JSON (or a raw string) and returns status, headers and the parsed body. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

export async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body, text };
}
