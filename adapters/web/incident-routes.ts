import { Router, type RequestHandler } from 'express';
import { HttpError } from './http-error.ts';
import type { BoardActionOutcome, IncidentBoard, IncidentView } from './incident-board.port.ts';
import { helpdeskActionSchema, helpdeskResolveSchema, helpdeskSnoozeSchema, helpdeskUpdateSchema, parseBody } from './request-bodies.ts';

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

  // One incident for its page on the board (/board/incidents/<id>): reporters by platform, undelivered messages.
  router.get('/api/incidents/:id', async (req, res) => {
    const detail = await board().get(incidentId(req.params.id));
    if (!detail) throw notFound();
    res.json(detail);
  });

  router.post('/api/incidents/:id/acknowledge', async (req, res) => {
    const body = parseBody(helpdeskActionSchema, req.body ?? {});
    res.json({ incident: acted(await board().acknowledge(incidentId(req.params.id), body.by ?? DEFAULT_ACTOR), 'acknowledged') });
  });
  // Resolves and tells every subscriber; the optional `note` goes into that notice.
  router.post('/api/incidents/:id/resolve', async (req, res) => {
    const body = parseBody(helpdeskResolveSchema, req.body ?? {});
    const id = incidentId(req.params.id);
    const by = body.by ?? DEFAULT_ACTOR;
    res.json({ incident: acted(body.note ? await board().resolve(id, by, body.note) : await board().resolve(id, by), 'resolved') });
  });
  router.post('/api/incidents/:id/snooze', async (req, res) => {
    const body = parseBody(helpdeskSnoozeSchema, req.body ?? {});
    res.json({ incident: acted(await board().snooze(incidentId(req.params.id), body.minutes, body.by ?? DEFAULT_ACTOR), 'snoozed') });
  });
  // A desk update to every reporter of the incident, each in their own thread (through the outbox).
  router.post('/api/incidents/:id/update', async (req, res) => {
    const body = parseBody(helpdeskUpdateSchema, req.body ?? {});
    const outcome = await board().postUpdate(incidentId(req.params.id), body.text, body.by ?? DEFAULT_ACTOR);
    if (!outcome.ok) throw notFound();
    res.json({ incident: outcome.incident, queued: outcome.queued ?? 0 });
  });
  return router;
}

const notFound = () => new HttpError(404, 'http.not_found', 'No incident with this id.');

/** The path's id; a missing or overlong one is no incident. */
function incidentId(id: string | undefined): string {
  if (typeof id !== 'string' || id.length > 200) throw notFound();
  return id;
}

/** The incident an action left, or the 404 / 409 it earned. */
function acted(outcome: BoardActionOutcome, done: 'acknowledged' | 'resolved' | 'snoozed'): IncidentView {
  if (!outcome.ok && outcome.reason === 'not_found') throw notFound();
  if (!outcome.ok) throw new HttpError(409, 'http.not_open', `This incident is not open any more, so it cannot be ${done}.`);
  return outcome.incident;
}
