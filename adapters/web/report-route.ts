import { Router, type Request, type Response } from 'express';
import type { Desk } from '../../src/desk/desk.port.ts';
import { checkReportInput } from '../../src/evidence/report/report-input.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { reportFormInputs } from '../shared/report-form-inputs.ts';
import { localeParam } from './locale-param.ts';
import { HttpError } from './http-error.ts';
import { eventIdFrom } from './request-bodies.ts';
import { mayActFor, type WebIdentity } from './web-identity.ts';

export interface ReportRouteDeps {
  desk: Pick<Desk, 'get' | 'reportDraft' | 'report'>;
  identify: (req: Request, res: Response) => WebIdentity;
}

/** An IANA name ("Europe/Berlin"), "UTC", or an offset ("UTC+2"): what a browser's Intl names. */
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+\-/:]{0,63}$/;

/** `?timezone=` (the browser's): a zone's name, or 400 naming the parameter. */
function timezoneParam(req: Request): string | undefined {
  const raw: unknown = req.query.timezone;
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && TIMEZONE.test(raw)) return raw;
  throw new HttpError(400, 'http.invalid_query', 'timezone: must be a timezone name such as Europe/Berlin', { field: 'timezone' });
}

const notFound = () => new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.');

/**
 * The support report of a conversation over JSON, for its reporter only (anyone else gets the 404
 * of an unknown id):
 * - `GET /api/conversations/:id/report[?locale=xx][&timezone=Area/City]`: the prefilled draft,
 *   `{text, json, form}` (`form`: the inputs of a report form, prefilled from json.prefill, with
 *   labels in the report's language; times written in `timezone`, the browser's, when the
 *   conversation knows none);
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
    const timezone = timezoneParam(req);
    const draft = await deps.desk.reportDraft(id, { ...(locale ? { locale } : {}), ...(timezone ? { timezone } : {}) });
    if (!draft) throw notFound();
    res.json({ text: draft.text, json: draft.json, form: reportFormInputs(draft.json, messagesFor(draft.json.locale)) });
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
