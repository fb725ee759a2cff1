import { createHttpApp } from '../../adapters/app/create-http-app.ts';
import { PUBLIC_DIR } from '../../adapters/web/public-dir.ts';
import { netcheckRoutes } from '../../adapters/web/netcheck-routes.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import { createMetrics } from '../../src/metrics.ts';
import { memoryLogger } from '../adapters/app/helpers/memory-logger.ts';
import { serveApp } from '../adapters/app/helpers/serve-app.ts';

/** A SESSION_SECRET for the tests that sign and check "Check my network" links. */
export const NETCHECK_SECRET = 'netcheck-test-secret-0123456789-abcdefghij';

/**
 * The real app (security headers, the API's rate limit and JSON parsing, the error handler) with
 * only the "Check my network" routes, over `desk`, on 127.0.0.1:0 (closed after the test).
 */
export async function serveNetcheck(desk: Pick<Desk, 'get' | 'attachEvidence'>, targets: readonly string[], options: { now?: () => number } = {}) {
  const log = memoryLogger();
  const app = createHttpApp({
    config: { WEB_BODY_LIMIT_BYTES: 65_536, WEB_RATE_LIMIT_PER_MINUTE: 10_000 },
    logger: log.logger,
    metrics: createMetrics(),
    netcheck: netcheckRoutes({ desk, secret: NETCHECK_SECRET, networkCheckTargets: targets, defaultLocale: 'en', publicDir: PUBLIC_DIR, ...(options.now ? { now: options.now } : {}) }),
    probeOrigins: targets.map((t) => new URL(t).origin),
  });
  const server = await serveApp(app);
  return { url: server.url, log };
}
