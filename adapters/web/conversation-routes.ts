import { Router, type Request } from 'express';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { statusJson } from '../../src/status/status-json.ts';
import { HttpError } from './http-error.ts';
import { eventIdFrom, parseAnswerBody, parseBody, startBodySchema } from './request-bodies.ts';
import { toConversationView, toTurnView } from './turn-view.ts';

export interface ConversationRoutesDeps {
  desk: Desk;
  /** The status service's cached reading: GET /api/status answers its public JSON (statusJson) plus the desk's line. */
  readStatus?: () => StatusReading;
}

/** Web reporters are namespaced so they never collide with another platform's ids. */
export const webReporterId = (id: string) => `web:${id}`;

/** The conversation use cases and the status over JSON (paths under /api). */
export function conversationRoutes(deps: ConversationRoutesDeps): Router {
  const { desk } = deps;
  const router = Router();

  router.post('/api/conversations', async (req, res) => {
    const body = parseBody(startBodySchema, req.body);
    const turn = await desk.start({
      reporter: { id: webReporterId(body.reporter.id), platform: 'web', ...(body.reporter.name ? { name: body.reporter.name } : {}) },
      thread: { platform: 'web', ref: {} },
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.site !== undefined ? { site: body.site } : {}),
      ...eventOption(req),
    });
    res.status(201).location(`/api/conversations/${encodeURIComponent(turn.conversationId)}`).json(toTurnView(turn));
  });

  router.get('/api/conversations/:id', async (req, res) => {
    const snapshot = await desk.get(conversationId(req));
    if (!snapshot) throw notFound();
    res.json(toConversationView(snapshot));
  });

  router.post('/api/conversations/:id/answers', async (req, res) => {
    const id = conversationId(req);
    const answer = parseAnswerBody(req.body);
    const options = eventOption(req);
    const turn = answer.kind === 'text' ? await desk.reply(id, answer.text, options) : await desk.answer(id, answer.fact, answer.value, options);
    res.json(toTurnView(turn));
  });

  router.post('/api/conversations/:id/subscribe', async (req, res) => {
    res.json(await desk.subscribe(conversationId(req)));
  });

  router.get('/api/status', (_req, res) => {
    const reading = deps.readStatus?.();
    res.json(reading ? { ...statusJson(reading), line: desk.status().line } : desk.status());
  });

  return router;
}

function conversationId(req: Request): string {
  const id = req.params.id;
  // Ids are the desk's; anything this long cannot be one.
  if (typeof id !== 'string' || id.length > 200) throw notFound();
  return id;
}

function eventOption(req: Request): { eventId?: string } {
  const eventId = eventIdFrom(req.get('idempotency-key'));
  return eventId ? { eventId } : {};
}

const notFound = () => new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.');
