import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Logger } from '../../src/logger.ts';
import type { ErrorBody } from './json-error-handler.ts';

/**
 * The reads an open triage page repeats on its own (the conversation's notices, the live status),
 * per client address a minute: about 100 pages behind one office address polling every 15 s (and the
 * status every minute) fit, and they never use up the address's WEB_RATE_LIMIT_PER_MINUTE.
 */
export const POLL_LIMIT_PER_MINUTE = 600;

export interface ApiRateLimitOptions {
  /** WEB_RATE_LIMIT_PER_MINUTE. */
  perMinute: number;
  /** The polling budget (default POLL_LIMIT_PER_MINUTE). */
  pollPerMinute?: number;
  logger: Logger;
  windowMs?: number;
  /** Default: express-rate-limit's memory store (per process). */
  store?: Store;
  /** The polling budget's store (a store serves one limiter); default: in memory. */
  pollStore?: Store;
}

/** GET of one conversation (/api/conversations/<id>, also `current`) and of /api/status: what an open page polls. */
export function isPollRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = `${req.baseUrl}${req.path}`;
  return path === '/api/status' || /^\/api\/conversations\/[^/]+$/.test(path);
}

/**
 * The per-client limits of the JSON API, keyed on the client address (IPv6 by /56): the polls of
 * open pages (isPollRequest) count in a budget of their own, everything else in
 * WEB_RATE_LIMIT_PER_MINUTE. Over a limit: 429 with `Retry-After` (seconds) and a JSON body
 * (`rate_limited`, or `poll_rate_limited` for the polling budget). The address is the socket's
 * unless TRUST_PROXY names the reverse proxies whose X-Forwarded-For may be believed.
 */
export function apiRateLimit(options: ApiRateLimitOptions): RequestHandler {
  const requests = limiter(options, options.perMinute, options.store, 'rate_limited', (req) => isPollRequest(req));
  const polls = limiter(options, options.pollPerMinute ?? POLL_LIMIT_PER_MINUTE, options.pollStore, 'poll_rate_limited', (req) => !isPollRequest(req));
  return (req, res, next) => {
    void requests(req, res, (error?: unknown) => (error === undefined ? void polls(req, res, next) : next(error)));
  };
}

function limiter(options: ApiRateLimitOptions, perMinute: number, store: Store | undefined, code: string, skip: (req: Request) => boolean): RequestHandler {
  const { logger } = options;
  const windowMs = options.windowMs ?? 60_000;
  return rateLimit({
    windowMs,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip,
    ...(store ? { store } : {}),
    logger: {
      warn: (message: unknown) => logger.warn({ detail: String(message) }, 'rate limiter warning'),
      error: (error: unknown, message?: string) => logger.error({ err: error }, message ?? 'rate limiter error'),
    },
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After')) || Math.ceil(windowMs / 1000);
      const body: ErrorBody = {
        error: `Too many requests: at most ${perMinute} a minute from one client. Try again in ${retryAfter} seconds.`,
        code,
      };
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json(body);
    },
  });
}
