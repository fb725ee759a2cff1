import type { Request, RequestHandler, Response } from 'express';
import type { Metrics } from '../../src/metrics.ts';

/**
 * Times every request into `chatgpt500_http_request_duration_seconds`. The `route` label is the
 * matched route pattern ("/api/conversations/:id/answers"), never the raw URL, so ids do not
 * explode the label set: static files are "static", anything unmatched is "unmatched".
 * A handler may name its route itself with `res.locals.route`.
 */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.requestDuration.startTimer();
    res.once('finish', () => end({ route: routeLabel(req, res), method: req.method, code: String(res.statusCode) }));
    next();
  };
}

export function routeLabel(req: Request, res: Response): string {
  const named: unknown = res.locals.route;
  if (typeof named === 'string') return named;
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  return 'unmatched';
}
