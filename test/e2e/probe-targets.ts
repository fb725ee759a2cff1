import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageProblems } from './chromium.ts';

// The network check's local targets (one answers, one refuses, one hangs) and a page to watch
// while it probes them: shared by the triage page's test and the chat link's page test.

/** A port nothing listens on (a server was there a moment ago): connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers. */
export async function hangingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A server that answers every request (the probe's target that is reachable). */
export async function answeringServer(): Promise<{ port: number; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server = createHttpServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'image/x-icon' }).end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    hits: () => hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * newWatchedPage without its request routing: Playwright's interception makes every no-cors
 * fetch fail ("Failed to fetch"), and the network check probes with exactly those. Requests
 * leaving 127.0.0.1 are still recorded as problems (not blocked), with console errors (CSP
 * violations) and uncaught exceptions.
 */
export async function watchedPage(context: BrowserContext): Promise<Page & PageProblems> {
  const page = (await context.newPage()) as Page & PageProblems;
  page.problems = [];
  page.setDefaultTimeout(5000);
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'blob:' && target.hostname !== '127.0.0.1') page.problems.push(`request to ${target.href}`);
  });
  return page;
}

