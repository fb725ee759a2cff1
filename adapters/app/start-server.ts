import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.ts';

export interface RunningServer {
  server: Server;
  /** The address to reach it, e.g. "http://localhost:3000" (wildcard hosts shown as localhost). */
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (idle keep-alive connections are
   * closed at once), and after `timeoutMs` cuts whatever is still open. Resolves when closed.
   */
  close(timeoutMs?: number): Promise<{ forced: boolean }>;
}

export interface StartServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Default for close(): how long requests in flight may take to finish. */
  drainTimeoutMs?: number;
}

/** Starts an HTTP server for `app` on host:port (port 0 picks a free one). */
export async function startServer(app: RequestListener, options: StartServerOptions): Promise<RunningServer> {
  const server = createServer(app);
  // Slow-loris guard; the drain on shutdown cuts idle keep-alive connections anyway.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  // Answers still to be written learn about a shutdown: they ask their client to reconnect elsewhere.
  let closing = false;
  const pending = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) res.setHeader('Connection', 'close');
    pending.add(res);
    res.once('close', () => pending.delete(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${displayHost(options.host)}:${port}`;
  options.logger.info({ url, host: options.host, port }, 'http server listening');

  let closed: Promise<{ forced: boolean }> | undefined;
  const close = (timeoutMs = options.drainTimeoutMs ?? 10_000) =>
    (closed ??= new Promise((resolve, reject) => {
      closing = true;
      for (const res of pending) if (!res.headersSent) res.setHeader('Connection', 'close');
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        options.logger.warn({ timeoutMs }, 'requests still in flight after the drain timeout: closing their connections');
        server.closeAllConnections();
      }, timeoutMs);
      server.close((error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve({ forced });
      });
      server.closeIdleConnections();
    }));
  return { server, url, port, close };
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
