import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Desk } from '../../src/desk/desk.port.ts';
import { HttpError } from './http-error.ts';
import { ASKED_FACTS, eventIdFrom, parseBody } from './request-bodies.ts';
import { toTurnView } from './turn-view.ts';
import { mayActFor, type WebIdentity } from './web-identity.ts';

const askedFact = z.enum(ASKED_FACTS, { error: `must be one of: ${ASKED_FACTS.join(', ')}` });
/** A fact, or a fact with the value it was read as (`read.facts` of a turn: taken back only while it still has that value). */
const target = z.union([askedFact, z.object({ fact: askedFact, value: z.string().min(1).max(64) })], {
  error: `must be one of: ${ASKED_FACTS.join(', ')}, or {"fact", "value"} as in "read.facts"`,
});

/** `{"facts": ["clean_browser", …]}` (or `read.facts` as the turn gave them): what a "Got it" line named, to take back. */
const changeBodySchema = z.object(
  {
    facts: z
      .array(target, { error: 'must be a list of facts such as ["clean_browser"]' })
      .min(1, 'must name at least one fact')
      .max(ASKED_FACTS.length, `must name at most ${ASKED_FACTS.length} facts`),
  },
  { error: 'must be a JSON object such as {"facts": ["clean_browser"]}' },
);

export interface ChangeRouteDeps {
  desk: Pick<Desk, 'get' | 'change'>;
  identify: (req: Request, res: Response) => WebIdentity;
}

/**
 * POST /api/conversations/:id/change `{"facts": [...]}`: the "Change" of a "Got it: …" line. The
 * facts are taken back and their question is asked again; the answer is the turn, as for an
 * answer (Idempotency-Key applies it once). Only the identity that started the conversation may
 * change it; anyone else gets the 404 of an unknown id.
 */
export function changeRoute(deps: ChangeRouteDeps): Router {
  const router = Router();
  router.post('/api/conversations/:id/change', async (req, res) => {
    const identity = deps.identify(req, res);
    const id = req.params.id;
    const snapshot = typeof id === 'string' && id.length <= 200 ? await deps.desk.get(id) : null;
    if (!snapshot || !mayActFor(identity, snapshot.reporter)) throw new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.');
    const body = parseBody(changeBodySchema, req.body);
    const eventId = eventIdFrom(req.get('idempotency-key'));
    const turn = await deps.desk.change(snapshot.conversationId, body.facts, eventId ? { eventId } : {});
    res.json(toTurnView(turn));
  });
  return router;
}
