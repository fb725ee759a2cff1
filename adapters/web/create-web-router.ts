import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { conversationRoutes } from './conversation-routes.ts';
import { mapDeskErrors } from './desk-error-to-http.ts';
import { helpdeskGuard, helpdeskTokenRequired } from './helpdesk-guard.ts';
import type { IncidentBoard } from './incident-board.port.ts';
import { incidentRoutes } from './incident-routes.ts';

/** The page, the board, their scripts and styles. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

export interface WebRouterDeps {
  desk: Desk;
  config: Pick<Config, 'chat' | 'HELPDESK_TOKEN'>;
  /** The desk's incidents adapted to the board's port (incidentBoardFrom). */
  incidents?: IncidentBoard;
  readStatus?: () => StatusReading;
}

/**
 * The web adapter: the triage page (/), the helpdesk board (/board) and the JSON API (/api/...).
 * Expects adapters/app to have parsed JSON bodies and rate-limited /api before it.
 */
export function createWebRouter(deps: WebRouterDeps): Router {
  const router = Router();
  router.use(conversationRoutes({ desk: deps.desk, ...(deps.readStatus ? { readStatus: deps.readStatus } : {}) }));
  router.use(
    incidentRoutes({
      ...(deps.incidents ? { incidents: deps.incidents } : {}),
      guard: helpdeskGuard({ token: deps.config.HELPDESK_TOKEN, required: helpdeskTokenRequired(deps.config) }),
    }),
  );
  router.use(mapDeskErrors);

  const serveStatic = express.static(PUBLIC_DIR, { index: 'index.html', extensions: ['html'], redirect: false, cacheControl: true, maxAge: 0 });
  router.use((req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    res.locals.route = 'static';
    serveStatic(req, res, (error?: unknown) => {
      delete res.locals.route;
      next(error);
    });
  });
  return router;
}
