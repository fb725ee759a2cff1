import express, { type Express, type RequestHandler } from 'express';
import type { Store } from 'express-rate-limit';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import { AggregatorRegistry } from 'prom-client';
import { apiRateLimit } from './api-rate-limit.ts';
import { jsonErrorHandler, type ErrorBody } from './json-error-handler.ts';
import { runReadinessChecks, type ReadinessCheck } from './readiness.ts';
import { requestMetrics } from './request-metrics.ts';
import type { DirectRoute } from '../shared/direct-route.ts';
import { securityHeaders } from './security-headers.ts';

/** A router with its own body handling (e.g. Slack's, which verifies signatures over the raw body). */
export interface MountedRouter {
  /** Mount path; default "/" (the Slack receiver's router carries its own "/slack/events"). */
  path?: string;
  handler: RequestHandler;
  /** The router's hot route, for the server to answer ahead of express's routing (answerDirectRoutes). */
  direct?: DirectRoute;
}

export interface HttpAppDeps {
  config: Pick<Config, 'WEB_BODY_LIMIT_BYTES' | 'WEB_RATE_LIMIT_PER_MINUTE'> & Partial<Pick<Config, 'TRUST_PROXY'>>;
  logger: Logger;
  metrics: Metrics;
  /** /readyz runs these: store reachable, status reader state, … */
  readiness?: readonly ReadinessCheck[];
  readinessTimeoutMs?: number;
  /** The web adapter (pages + JSON API under /api), when the web is on. */
  web?: RequestHandler;
  /** "Check my network" opened from a chat thread (/check/<token>, /api/check/<token>), when links are offered; served with the web on or off. */
  netcheck?: RequestHandler;
  /** Mounted before any body parser and outside the API rate limit. */
  routers?: readonly MountedRouter[];
  /** The API rate limiter's store (default: in memory, per process). */
  rateLimitStore?: Store;
  /** Origins the pages may reach besides their own (the network check's probes): added to the CSP's connect-src and img-src. */
  probeOrigins?: readonly string[];
  /** More metrics for each scrape (prom-client JSON, e.g. the delivery thread's), added to `metrics`. */
  moreMetrics?: () => Promise<Record<string, unknown>[]>;
  /** Runs before each /metrics scrape, e.g. to set gauges read from the store; a failure is logged, the scrape still answers. */
  onScrape?: () => Promise<void>;
}

/**
 * The bot's express app: operational endpoints (/healthz, /readyz, /metrics), the routers of the
 * chat platforms, and the web adapter behind the API's rate limit, JSON body parsing and body limit.
 * Every error answer is JSON without a stack trace.
 */
export function createHttpApp(deps: HttpAppDeps): Express {
  const { config, logger, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client address (rate limit, logs) comes from X-Forwarded-For, but
  // only from the proxies named by TRUST_PROXY; off by default so nobody can spoof it.
  if (config.TRUST_PROXY !== undefined && config.TRUST_PROXY !== false) app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestMetrics(metrics));
  app.use(securityHeaders({ probeOrigins: deps.probeOrigins ?? [] }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await runReadinessChecks(deps.readiness ?? [], { logger, timeoutMs: deps.readinessTimeoutMs });
    res.setHeader('Cache-Control', 'no-store');
    res.status(report.ok ? 200 : 503).json(report);
  });
  app.get('/metrics', async (_req, res) => {
    if (deps.onScrape) {
      await deps.onScrape().catch((error: unknown) => logger.warn({ err: error }, 'metrics: updating the gauges before the scrape failed'));
    }
    const more = deps.moreMetrics ? await deps.moreMetrics().catch(() => []) : [];
    // Counters and histograms of another thread add up with this one's (prom-client's aggregation).
    const registry = more.length > 0 ? AggregatorRegistry.aggregate([await metrics.registry.getMetricsAsJSON(), more]) : metrics.registry;
    const text = await registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(text);
  });

  for (const router of deps.routers ?? []) app.use(router.path ?? '/', router.handler);

  app.use(
    '/api',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    apiRateLimit({ perMinute: config.WEB_RATE_LIMIT_PER_MINUTE, logger, store: deps.rateLimitStore }),
    requireJsonWrites(),
    express.json({ limit: config.WEB_BODY_LIMIT_BYTES, strict: false, type: 'application/json' }),
  );
  if (deps.netcheck) app.use(deps.netcheck);
  if (deps.web) app.use(deps.web);

  app.use('/api', (req, res) => {
    const body: ErrorBody = { error: `No such API route: ${req.method} ${req.baseUrl}${req.path}`, code: 'not_found' };
    res.status(404).json(body);
  });
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  app.use(jsonErrorHandler(logger));
  return app;
}

/**
 * Every write to the API must say `Content-Type: application/json`. Besides naming the problem,
 * this keeps other web sites from driving the API with "simple" cross-site form posts (CSRF):
 * a cross-origin JSON request needs a CORS preflight, which this server never grants.
 */
function requireJsonWrites(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    // A HAR upload (application/har+json) is JSON too, streamed by its route instead of parsed here.
    if (req.is(['application/json', 'application/har+json'])) return next();
    const body: ErrorBody = { error: 'Send the request with Content-Type: application/json (an empty body may be {}).', code: 'unsupported_media_type' };
    res.status(415).json(body);
  };
}
