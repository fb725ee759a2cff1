import { Router, type Request, type Response } from 'express';
import type { Desk } from '../../src/desk/desk.port.ts';
import { checkReportInput } from '../../src/evidence/report/report-input.ts';
import { localeParam } from './locale-param.ts';
import { HttpError } from './http-error.ts';
import { eventIdFrom } from './request-bodies.ts';
import { mayActFor, type WebIdentity } from './web-identity.ts';

export interface ReportRouteDeps {
  desk: Pick<Desk, 'get' | 'reportDraft' | 'report'>;
  identify: (req: Request, res: Response) => WebIdentity;
}

const notFound = () => new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.');

/**
 * The support report of a conversation over JSON, for its reporter only (anyone else gets the 404
 * of an unknown id):
 * - `GET /api/conversations/:id/report[?locale=xx]`: the prefilled draft, `{text, json}`;
 * - `POST /api/conversations/:id/report[?locale=xx]` with the person's fields (ReportInput):
 *   the report is filed and kept with the conversation, `{text, json}`; 400 names the bad field;
 *   Idempotency-Key applies a retried request once.
 */
export function reportRoute(deps: ReportRouteDeps): Router {
  const router = Router();

  async function owned(req: Request, res: Response): Promise<string> {
    const identity = deps.identify(req, res);
    const id = req.params.id;
    const snapshot = typeof id === 'string' && id.length <= 200 ? await deps.desk.get(id) : null;
    if (!snapshot || !mayActFor(identity, snapshot.reporter)) throw notFound();
    return snapshot.conversationId;
  }

  router.get('/api/conversations/:id/report', async (req, res) => {
    const id = await owned(req, res);
    const locale = localeParam(req);
    const draft = await deps.desk.reportDraft(id, locale ? { locale } : {});
    if (!draft) throw notFound();
    res.json(draft);
  });

  router.post('/api/conversations/:id/report', async (req, res) => {
    const id = await owned(req, res);
    const locale = localeParam(req);
    const checked = checkReportInput(req.body);
    if (!checked.ok) throw new HttpError(400, 'http.invalid_body', `${checked.problem.field}: ${checked.problem.message}`, { field: checked.problem.field });
    const eventId = eventIdFrom(req.get('idempotency-key'));
    const filed = await deps.desk.report(id, checked.input, { ...(eventId ? { eventId } : {}), ...(locale ? { locale } : {}) });
    res.json({ text: filed.text, json: filed.json });
  });
  return router;
}
