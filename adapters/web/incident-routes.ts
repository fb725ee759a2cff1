import { Router, type RequestHandler } from 'express';
import { HttpError } from './http-error.ts';
import type { IncidentBoard } from './incident-board.port.ts';
import { helpdeskActionSchema, helpdeskUpdateSchema, parseBody } from './request-bodies.ts';

export interface IncidentRoutesDeps {
  /** The desk's incidents adapted to the board's port. Absent: the routes answer 503. */
  incidents?: IncidentBoard;
  /** The HELPDESK_TOKEN guard, run before every incident route. */
  guard: RequestHandler;
}

const DEFAULT_ACTOR = 'helpdesk (web board)';

/** The helpdesk's incident API (paths under /api/incidents), behind the helpdesk guard. */
export function incidentRoutes(deps: IncidentRoutesDeps): Router {
  const router = Router();
  const board = (): IncidentBoard => {
    if (!deps.incidents) throw new HttpError(503, 'http.incidents_unavailable', 'Incidents are not available in this process yet.');
    return deps.incidents;
  };

  router.use('/api/incidents', deps.guard);
  router.use('/api/outbox', deps.guard);

  router.get('/api/incidents', async (_req, res) => {
    res.json({ incidents: await board().list() });
  });

  // What is on its way and what could not be delivered (the board's "N messages could not be delivered").
  router.get('/api/outbox', async (_req, res) => {
    const deliveries = board().deliveries;
    if (!deliveries) throw new HttpError(503, 'http.outbox_unavailable', 'The outbox is not available in this process.');
    res.json(await deliveries());
  });

  for (const action of ['acknowledge', 'resolve'] as const) {
    router.post(`/api/incidents/:id/${action}`, async (req, res) => {
      const body = parseBody(helpdeskActionSchema, req.body ?? {});
      const id = req.params.id;
      if (typeof id !== 'string' || id.length > 200) throw notFound();
      const outcome = await board()[action](id, body.by ?? DEFAULT_ACTOR);
      if (!outcome.ok && outcome.reason === 'not_found') throw notFound();
      if (!outcome.ok) throw new HttpError(409, 'http.not_open', `This incident is not open any more, so it cannot be ${action === 'resolve' ? 'resolved' : 'acknowledged'}.`);
      res.json({ incident: outcome.incident });
    });
  }
  // A desk update to every reporter of the incident, each in their own thread (through the outbox).
  router.post('/api/incidents/:id/update', async (req, res) => {
    const body = parseBody(helpdeskUpdateSchema, req.body ?? {});
    const id = req.params.id;
    if (typeof id !== 'string' || id.length > 200) throw notFound();
    const outcome = await board().postUpdate(id, body.text, body.by ?? DEFAULT_ACTOR);
    if (!outcome.ok) throw notFound();
    res.json({ incident: outcome.incident, queued: outcome.queued ?? 0 });
  });
  return router;
}

const notFound = () => new HttpError(404, 'http.not_found', 'No incident with this id.');
