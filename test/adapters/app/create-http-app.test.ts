import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { createHttpApp, type HttpAppDeps } from '../../../adapters/app/create-http-app.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { memoryLogger } from './helpers/memory-logger.ts';
import { get, post, serveApp } from './helpers/serve-app.ts';

const CONFIG = { WEB_BODY_LIMIT_BYTES: 1024, WEB_RATE_LIMIT_PER_MINUTE: 1000 };

/** A stand-in for the web router: an echo route, a parameterized route and one that crashes. */
function testRouter(): Router {
  const router = Router();
  router.post('/api/echo', (req, res) => {
    res.json({ got: req.body as unknown });
  });
  router.get('/api/things/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
  router.get('/api/crash', () => {
    throw new Error('database password is hunter2 at /srv/secret/path.ts:42');
  });
  router.get('/api/crash-async', async () => {
    await Promise.resolve();
    throw new TypeError('cannot read properties of undefined (reading "secretField")');
  });
  return router;
}

async function start(overrides: Partial<HttpAppDeps> = {}) {
  const log = memoryLogger();
  const metrics = createMetrics();
  const app = createHttpApp({ config: CONFIG, logger: log.logger, metrics, web: testRouter(), ...overrides });
  const server = await serveApp(app);
  return { url: server.url, log, metrics };
}

describe('createHttpApp: operational endpoints', () => {
  it('answers /healthz with 200 {ok: true}', async () => {
    const { url } = await start();
    const res = await get(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('answers /readyz 200 with each check when all are ok', async () => {
    const { url } = await start({
      readiness: [
        { name: 'store', check: async () => ({ ok: true, state: 'reachable' }) },
        { name: 'status', check: () => ({ ok: true, state: 'fresh' }) },
      ],
    });
    const res = await get(`${url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, checks: { store: { ok: true, state: 'reachable' }, status: { ok: true, state: 'fresh' } } });
  });

  it('answers /readyz 503 naming the check that is down, a throwing check (its text stays in the log) and a hanging one', async () => {
    const { url, log } = await start({
      readinessTimeoutMs: 200,
      readiness: [
        { name: 'store', check: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) },
        { name: 'status', check: () => ({ ok: true, state: 'stale' }) },
        { name: 'slow', check: () => new Promise(() => {}) },
      ],
    });
    const res = await get(`${url}/readyz`);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      ok: false,
      checks: {
        store: { ok: false, state: 'error', detail: 'store: the check failed (the log says why)' },
        status: { ok: true, state: 'stale' },
        slow: { ok: false, state: 'timeout', detail: 'no answer within 200 ms' },
      },
    });
    expect(log.lines().some((l) => l.msg === 'readiness check failed' && l.check === 'store')).toBe(true);
  });

  it('serves /metrics in the Prometheus text format with every metric of the bot', async () => {
    const { url, metrics } = await start();
    metrics.conversationsStarted.inc({ platform: 'web' });
    const res = await get(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(metrics.registry.contentType);
    for (const name of [
      'chatgpt500_conversations_started_total',
      'chatgpt500_verdicts_total',
      'chatgpt500_reports_total',
      'chatgpt500_incidents_open',
      'chatgpt500_status_fetches_total',
      'chatgpt500_chat_api_calls_total',
      'chatgpt500_http_request_duration_seconds',
    ]) {
      expect(res.text).toContain(`# TYPE ${name} `);
    }
    expect(res.text).toContain('chatgpt500_conversations_started_total{platform="web"} 1');
  });

  it('labels request durations with the matched route pattern, never the raw URL', async () => {
    const { url, metrics } = await start();
    await get(`${url}/api/things/abc-123`);
    await get(`${url}/api/things/def-456`);
    await get(`${url}/healthz`);
    await get(`${url}/no/such/page/7`);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/chatgpt500_http_request_duration_seconds_count\{route="\/api\/things\/:id",method="GET",code="200"\} 2/);
    expect(text).toMatch(/chatgpt500_http_request_duration_seconds_count\{route="\/healthz",method="GET",code="200"\} 1/);
    expect(text).toMatch(/chatgpt500_http_request_duration_seconds_count\{route="unmatched",method="GET",code="404"\} 1/);
    expect(text).not.toContain('abc-123');
    expect(text).not.toContain('/no/such/page');
  });
});

describe('createHttpApp: the API guards', () => {
  it('parses JSON bodies under the limit', async () => {
    const { url } = await start();
    const res = await post(`${url}/api/echo`, { hello: 'world' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ got: { hello: 'world' } });
  });

  it('refuses a body over WEB_BODY_LIMIT_BYTES with 413 body_too_large', async () => {
    const { url } = await start();
    const res = await post(`${url}/api/echo`, { text: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'The body is too large: the limit is 1024 bytes.', code: 'body_too_large' });
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    const { url } = await start();
    const res = await post(`${url}/api/echo`, '{"reporter": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'The body is not valid JSON.', code: 'invalid_json' });
  });

  it('refuses a write that is not JSON with 415 (no cross-site form posts)', async () => {
    const { url } = await start();
    const form = await fetch(`${url}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ code: 'unsupported_media_type' });
    const bare = await fetch(`${url}/api/echo`, { method: 'POST' });
    expect(bare.status).toBe(415);
  });

  it('rate-limits the API per client with 429, Retry-After and a JSON body; /healthz is not limited', async () => {
    const { url } = await start({ config: { ...CONFIG, WEB_RATE_LIMIT_PER_MINUTE: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(`${url}/api/things/${i}`)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await get(`${url}/api/things/4`);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body).toEqual({ error: `Too many requests: at most 3 a minute from one client. Try again in ${retryAfter} seconds.`, code: 'rate_limited' });
    expect((await get(`${url}/healthz`)).status).toBe(200);
  });

  it('behind a proxy named by TRUST_PROXY, limits each forwarded client on its own; without it, X-Forwarded-For is ignored', async () => {
    const trusting = await start({ config: { ...CONFIG, WEB_RATE_LIMIT_PER_MINUTE: 2, TRUST_PROXY: 'loopback' } });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    expect((await get(`${trusting.url}/api/things/1`, from('10.1.1.1'))).status).toBe(200);
    expect((await get(`${trusting.url}/api/things/2`, from('10.1.1.1'))).status).toBe(200);
    expect((await get(`${trusting.url}/api/things/3`, from('10.1.1.1'))).status).toBe(429);
    expect((await get(`${trusting.url}/api/things/4`, from('10.2.2.2'))).status).toBe(200);

    const plain = await start({ config: { ...CONFIG, WEB_RATE_LIMIT_PER_MINUTE: 2 } });
    expect((await get(`${plain.url}/api/things/1`, from('10.1.1.1'))).status).toBe(200);
    expect((await get(`${plain.url}/api/things/2`, from('10.2.2.2'))).status).toBe(200);
    expect((await get(`${plain.url}/api/things/3`, from('10.3.3.3'))).status).toBe(429);
  });

  it('answers unknown API routes with a JSON 404, other paths with a plain 404', async () => {
    const { url } = await start();
    const api = await get(`${url}/api/nope`);
    expect(api.status).toBe(404);
    expect(api.body).toEqual({ error: 'No such API route: GET /api/nope', code: 'not_found' });
    const page = await get(`${url}/nope`);
    expect(page.status).toBe(404);
    expect(page.text).toBe('Not found\n');
  });

  it('never leaks a stack trace or an internal message; the log has them', async () => {
    const { url, log } = await start();
    for (const path of ['/api/crash', '/api/crash-async']) {
      const res = await get(`${url}${path}`);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: 'Something went wrong on our side; the error has been logged.', code: 'internal' });
      expect(res.text).not.toMatch(/hunter2|secretField|at \/|\.ts:/);
    }
    const logged = log.lines().filter((l) => l.msg === 'request failed');
    expect(logged).toHaveLength(2);
    expect(JSON.stringify(logged[0]!.err)).toContain('hunter2');
  });
});

describe('createHttpApp: headers and mounting', () => {
  it('sends a strict CSP (no inline script) and no X-Powered-By', async () => {
    const { url } = await start();
    const res = await get(`${url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('marks API answers as not cacheable', async () => {
    const { url } = await start();
    expect((await get(`${url}/api/things/1`)).headers.get('cache-control')).toBe('no-store');
  });

  it('mounts chat routers before the body parser, so they read the raw body (signatures)', async () => {
    const slack = Router();
    slack.post('/slack/events', express.raw({ type: '*/*' }), (req, res) => {
      res.json({ raw: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : null });
    });
    const { url } = await start({ routers: [{ handler: slack }] });
    const res = await post(`${url}/slack/events`, '{"type":"url_verification"}');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ raw: '{"type":"url_verification"}' });
  });
});
