import type { RequestListener } from 'node:http';
import type { DirectRoute } from '../shared/direct-route.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import { securityHeaderList } from './security-headers.ts';


/**
 * The server's request listener: the direct routes (a chat platform's inbound path, where every
 * command, click and event arrives) are answered without passing express's router, its layers
 * and its request and response decorations, which cost about as much CPU per request as bolt
 * itself; every other request goes to `app`. A direct route's answer carries what the app's own
 * middleware gives every answer: the security headers, and its timing in the request-duration
 * histogram under the route's path (the label the app's router gave it).
 */
export function answerDirectRoutes(
  app: RequestListener,
  routes: readonly DirectRoute[],
  deps: { metrics: Metrics; logger: Logger; probeOrigins?: readonly string[] },
): RequestListener {
  if (routes.length === 0) return app;
  const byPath = new Map(routes.map((route) => [route.path, route]));
  const headers = securityHeaderList(deps.probeOrigins ? { probeOrigins: deps.probeOrigins } : {});
  return (req, res) => {
    const route = req.url === undefined ? undefined : byPath.get(req.url);
    if (!route || req.method !== route.method) {
      app(req, res);
      return;
    }
    const end = deps.metrics.requestDuration.startTimer();
    res.once('finish', () => end({ route: route.path, method: route.method, code: String(res.statusCode) }));
    for (const [name, value] of headers) res.setHeader(name, value);
    try {
      route.handle(req, res);
    } catch (error) {
      // What express's error handler would have done for a handler that throws: a 500, logged.
      deps.logger.error({ err: error, route: route.path }, 'request failed');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    }
  };
}
