import { Router, type Request, type Response } from 'express';
import type { ConversationSnapshot, Desk, Reporter } from '../../src/desk/desk.port.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { statusJson } from '../../src/status/status-json.ts';
import { changeRoute } from './change-route.ts';
import { reportRoute } from './report-route.ts';
import { HttpError } from './http-error.ts';
import { acceptedLocale, type Locale } from '../../src/messages/locale.ts';
import { localeParam } from './locale-param.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { summarizeStatus } from '../../src/desk/summarize-status.ts';
import { eventIdFrom, parseAnswerBody, parseBody, startBodySchema, type StartBody } from './request-bodies.ts';
import { toConversationView, toTurnView } from './turn-view.ts';
import { cookieValues } from './session-cookie.ts';
import { mayActFor, reporterIds, type WebIdentity } from './web-identity.ts';

/** The id of the conversation this browser started last: not a secret (only its session may read it). */
export const CURRENT_COOKIE = 'c500_conversation';

/** A day, as long as a quiet conversation is kept. */
const CURRENT_COOKIE_OPTIONS = (req: Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/api/conversations', maxAge: 24 * 3600 * 1000 });

export interface ConversationRoutesDeps {
  desk: Desk;
  /** The status service's cached reading: GET /api/status answers its public JSON (statusJson) plus the desk's line. */
  readStatus?: () => StatusReading;
  /** Who the request is (webIdentity): session, proxy identity, API_TOKEN. */
  identify: (req: Request, res: Response) => WebIdentity;
  /** Whether an unverified reporter from this client address still counts (reporterCap). */
  admit: (address: string | undefined, reporterId: string) => Promise<boolean>;
}

/**
 * The conversation use cases and the status over JSON (paths under /api). The reporter is the
 * server's to name (see reporterOf); a conversation answers only the identity that started it, and
 * anyone else gets the same 404 as an unknown id.
 */
export function conversationRoutes(deps: ConversationRoutesDeps): Router {
  const { desk } = deps;
  const router = Router();

  /** The conversation, when this request may act on it; otherwise 404 (its existence is not revealed). */
  async function owned(req: Request, res: Response, options: { resolved?: boolean } = {}): Promise<ConversationSnapshot> {
    const identity = deps.identify(req, res);
    const snapshot = await desk.get(conversationId(req), options);
    if (!snapshot || !mayActFor(identity, snapshot.reporter)) throw notFound();
    return snapshot;
  }

  router.post('/api/conversations', async (req, res) => {
    const identity = deps.identify(req, res);
    const body = parseBody(startBodySchema, req.body);
    const { reporter, verified } = reporterOf(identity, body);
    // Unverified reporters from one address count at most WEB_REPORTERS_PER_ADDRESS per window; the others are triaged all the same.
    const uncounted = !verified && !(await deps.admit(req.ip, reporter.id));
    const eventId = eventIdFrom(req.get('idempotency-key'), reporter.id);
    const turn = await desk.start({
      reporter,
      thread: { platform: 'web', ref: {} },
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.site !== undefined ? { site: body.site } : {}),
      ...(eventId ? { eventId } : {}),
      ...(uncounted ? { uncounted: true } : {}),
      ...localeOf(body.locale, req.get('accept-language')),
    });
    // This browser's conversation: a reload or another tab picks it up (GET /api/conversations/current).
    if (!identity.integration) res.cookie(CURRENT_COOKIE, turn.conversationId, CURRENT_COOKIE_OPTIONS(req));
    res.status(201).location(`/api/conversations/${encodeURIComponent(turn.conversationId)}`).json(toTurnView(turn));
  });

  // The conversation this browser started last (its cookie), when the request may still act on it;
  // else 204 (nothing to resume: a page's first visit is not an error).
  router.get('/api/conversations/current', async (req, res) => {
    const identity = deps.identify(req, res);
    const id = cookieValues(req.get('cookie'), CURRENT_COOKIE).find((value) => value.length > 0 && value.length <= 200);
    const snapshot = id ? await desk.get(id, { resolved: true }) : null;
    if (!snapshot || !mayActFor(identity, snapshot.reporter)) return void res.status(204).end();
    res.json(toConversationView(snapshot));
  });

  // "Start over": this browser no longer resumes its conversation (the conversation itself stays until it expires).
  router.delete('/api/conversations/current', (req, res) => {
    deps.identify(req, res);
    res.clearCookie(CURRENT_COOKIE, { path: '/api/conversations' });
    res.status(204).end();
  });

  router.get('/api/conversations/:id', async (req, res) => {
    res.json(toConversationView(await owned(req, res, { resolved: true })));
  });

  router.post('/api/conversations/:id/answers', async (req, res) => {
    const { conversationId: id } = await owned(req, res);
    const answer = parseAnswerBody(req.body);
    const options = eventOption(req);
    const turn = answer.kind === 'text' ? await desk.reply(id, answer.text, options) : await desk.answer(id, answer.fact, answer.value, options);
    res.json(toTurnView(turn));
  });

  router.use(changeRoute({ desk, identify: deps.identify }));
  router.use(reportRoute({ desk, identify: deps.identify }));

  router.post('/api/conversations/:id/subscribe', async (req, res) => {
    const { conversationId: id } = await owned(req, res);
    res.json(await desk.subscribe(id));
  });

  // `?locale=de` (or Accept-Language) writes the line in that language (an unsupported one: 400); the JSON's values never change.
  router.get('/api/status', (req, res) => {
    const reading = deps.readStatus?.();
    const locale = localeParam(req) ?? acceptedLocale(req.get('accept-language'));
    if (!reading) return void res.json(desk.status());
    const line = locale ? summarizeStatus(reading, messagesFor(locale)).line : desk.status().line;
    res.json({ ...statusJson(reading), line });
  });

  return router;
}

/**
 * The reporter of a new conversation: the body's `reporter.id` for an API_TOKEN holder, else the
 * proxy's identity header, else the session. A body `reporter.id` without the token is ignored;
 * `reporter.name` is the person's own label and never identifies anyone.
 */
function reporterOf(identity: WebIdentity, body: StartBody): { reporter: Reporter; verified: boolean } {
  const name = body.reporter?.name ? { name: body.reporter.name } : {};
  if (identity.integration && body.reporter?.id) return { reporter: { id: reporterIds.integration(body.reporter.id), platform: 'web', ...name }, verified: true };
  if (identity.proxied !== undefined) return { reporter: { id: reporterIds.proxied(identity.proxied), platform: 'web', ...name }, verified: true };
  return { reporter: { id: reporterIds.session(identity.session), platform: 'web', ...name }, verified: false };
}

/**
 * The reporter's language: the body's `locale` (validated), else the best supported language of
 * Accept-Language; with neither, none (the desk then speaks its DEFAULT_LOCALE).
 */
function localeOf(chosen: Locale | undefined, acceptLanguage: string | undefined): { locale?: Locale } {
  const locale = chosen ?? acceptedLocale(acceptLanguage);
  return locale ? { locale } : {};
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
