import { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { answerDirectRoutes } from '../../../adapters/app/answer-direct-routes.ts';
import type { DirectRoute } from '../../../adapters/shared/direct-route.ts';
import { createHttpApp } from '../../../adapters/app/create-http-app.ts';
import { CONTENT_SECURITY_POLICY } from '../../../adapters/app/security-headers.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { memoryLogger } from './helpers/memory-logger.ts';
import { get, serveApp } from './helpers/serve-app.ts';

const CONFIG = { WEB_BODY_LIMIT_BYTES: 1024, WEB_RATE_LIMIT_PER_MINUTE: 1000 };

/** The route's answer names who answered it, so a test sees which way a request went. */
function direct(handle?: DirectRoute['handle']): DirectRoute {
  return {
    method: 'POST',
    path: '/hook',
    handle:
      handle ??
      ((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(`direct:${Buffer.concat(chunks).toString('utf8')}`);
        });
      }),
  };
}

async function start(route: DirectRoute) {
  const log = memoryLogger();
  const metrics = createMetrics();
  const router = Router();
  router.all('/hook', (_req, res) => {
    res.type('text/plain').send('express');
  });
  const app = createHttpApp({ config: CONFIG, logger: log.logger, metrics, routers: [{ handler: router, direct: route }] });
  const server = await serveApp(answerDirectRoutes(app, [route], { metrics, logger: log.logger }));
  return { url: server.url, log, metrics };
}

describe('answerDirectRoutes', () => {
  it("answers the route's method and exact path itself, with the app's security headers and its timing under the route's path", async () => {
    const { url, metrics } = await start(direct());
    const res = await fetch(`${url}/hook`, { method: 'POST', body: 'hello' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('direct:hello');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/chatgpt500_http_request_duration_seconds_count\{route="\/hook",method="POST",code="200"\} 1/);
  });

  it('leaves every other request to the app: another method, a query string, another path', async () => {
    const { url } = await start(direct());
    expect((await get(`${url}/hook`)).text).toBe('express');
    const withQuery = await fetch(`${url}/hook?x=1`, { method: 'POST', body: 'hello' });
    expect(await withQuery.text()).toBe('express');
    expect((await get(`${url}/healthz`)).body).toEqual({ ok: true });
  });

  it('a handler that throws: a 500 with an empty body, the error in the log, and the server goes on', async () => {
    const { url, log } = await start(
      direct(() => {
        throw new Error('boom');
      }),
    );
    const res = await fetch(`${url}/hook`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('');
    expect(log.lines().some((line) => line.msg === 'request failed' && line.route === '/hook')).toBe(true);
    expect((await get(`${url}/healthz`)).status).toBe(200);
  });

  it('without routes, the listener is the app itself', () => {
    const app = createHttpApp({ config: CONFIG, logger: memoryLogger('silent').logger, metrics: createMetrics() });
    expect(answerDirectRoutes(app, [], { metrics: createMetrics(), logger: memoryLogger('silent').logger })).toBe(app);
  });
});
