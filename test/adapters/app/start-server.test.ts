import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../adapters/app/start-server.ts';
import { memoryLogger } from './helpers/memory-logger.ts';

/** A handler that holds every request until released, and says when one arrived. */
function gatedHandler() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const entered = new Promise<void>((resolve) => (arrived = resolve));
  const handler = (_req: IncomingMessage, res: ServerResponse) => {
    arrived();
    void gate.then(() => res.end('finished'));
  };
  return { handler, entered, release };
}

describe('startServer', () => {
  it('listens on the given host and a free port, and reports its URL', async () => {
    const server = await startServer((_req, res) => res.end('hi'), { host: '127.0.0.1', port: 0, logger: memoryLogger().logger });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(server.url)).text()).toBe('hi');
    await server.close();
  });

  it('shows a wildcard host as localhost in the URL', async () => {
    const server = await startServer((_req, res) => res.end(), { host: '0.0.0.0', port: 0, logger: memoryLogger().logger });
    expect(server.url).toBe(`http://localhost:${server.port}`);
    await server.close();
  });

  it('on close, stops accepting but finishes the request in flight first', async () => {
    const { handler, entered, release } = gatedHandler();
    const server = await startServer(handler, { host: '127.0.0.1', port: 0, logger: memoryLogger().logger });
    const inFlight = fetch(server.url).then(async (r) => ({ status: r.status, text: await r.text(), connection: r.headers.get('connection') }));
    await entered;

    const events: string[] = [];
    const closed = server.close(5000).then((result) => {
      events.push('closed');
      return result;
    });
    // A new connection is refused while the old request is still running, and close() waits for it.
    await expect(fetch(`${server.url}/new`)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]);

    release();
    expect(await inFlight).toEqual({ status: 200, text: 'finished', connection: 'close' });
    expect(await closed).toEqual({ forced: false });
    expect(events).toEqual(['closed']);
  });

  it('cuts requests still in flight after the drain timeout', async () => {
    const { handler, entered } = gatedHandler();
    const log = memoryLogger();
    const server = await startServer(handler, { host: '127.0.0.1', port: 0, logger: log.logger });
    const inFlight = fetch(server.url);
    await entered;
    expect(await server.close(100)).toEqual({ forced: true });
    await expect(inFlight).rejects.toThrow();
    expect(log.lines().some((l) => l.level === 40 && String(l.msg).includes('drain timeout'))).toBe(true);
  });

  it('rejects when the port is taken', async () => {
    const first = await startServer((_req, res) => res.end(), { host: '127.0.0.1', port: 0, logger: memoryLogger().logger });
    await expect(startServer((_req, res) => res.end(), { host: '127.0.0.1', port: first.port, logger: memoryLogger().logger })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.close();
  });
});
