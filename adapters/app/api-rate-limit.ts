import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Logger } from '../../src/logger.ts';
import type { ErrorBody } from './json-error-handler.ts';

export interface ApiRateLimitOptions {
  /** WEB_RATE_LIMIT_PER_MINUTE. */
  perMinute: number;
  logger: Logger;
  windowMs?: number;
  /** Default: express-rate-limit's memory store (per process). */
  store?: Store;
}

/**
 * The per-client limit of the JSON API, keyed on the client address (IPv6 by /56). Over the
 * limit: 429 with `Retry-After` (seconds) and a JSON body. The address is the socket's unless
 * TRUST_PROXY names the reverse proxies whose X-Forwarded-For may be believed.
 */
export function apiRateLimit(options: ApiRateLimitOptions): RequestHandler {
  const { logger } = options;
  return rateLimit({
    windowMs: options.windowMs ?? 60_000,
    limit: options.perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(options.store ? { store: options.store } : {}),
    logger: {
      warn: (message: unknown) => logger.warn({ detail: String(message) }, 'rate limiter warning'),
      error: (error: unknown, message?: string) => logger.error({ err: error }, message ?? 'rate limiter error'),
    },
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After')) || Math.ceil((options.windowMs ?? 60_000) / 1000);
      const body: ErrorBody = {
        error: `Too many requests: at most ${options.perMinute} a minute from one client. Try again in ${retryAfter} seconds.`,
        code: 'rate_limited',
      };
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json(body);
    },
  });
}
