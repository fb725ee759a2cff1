import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ConversationSnapshot, Desk } from '../../src/desk/desk.port.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { messagesFor, type Messages } from '../../src/messages/messages-for.ts';
import { netcheckLines } from '../shared/netcheck-lines.ts';
import { netcheckTokens, type NetcheckTokenProblem } from '../shared/netcheck-token.ts';
import { NETWORK_CHECK_TIMEOUT_MS } from './evidence-routes.ts';
import { mapDeskErrors } from './desk-error-to-http.ts';
import { HttpError } from './http-error.ts';
import { localizedPage } from './localized-page.ts';
import { networkCheckResults, targetDomain } from './network-check-results.ts';
import { eventIdFrom, parseBody } from './request-bodies.ts';

export interface NetcheckRoutesDeps {
  desk: Pick<Desk, 'get' | 'attachEvidence'>;
  /** SESSION_SECRET: the key the chat adapters sign the links with (netcheckLinkFrom). */
  secret: string;
  /** NETWORK_CHECK_TARGETS (config.networkCheckTargets). */
  networkCheckTargets: readonly string[];
  /** DEFAULT_LOCALE: the language of an answer that names no conversation (a forged link). */
  defaultLocale: Locale;
  /** Where check.html, check.js, probe.js and style.css are. */
  publicDir: string;
  now?: () => number;
}

/** The files the page loads, under /check/assets/ (served here: the page works with the web off). */
const ASSETS: Readonly<Record<string, string>> = { 'check.js': 'text/javascript', 'probe.js': 'text/javascript', 'style.css': 'text/css' };

/** The conversation a result's body names, read before the rest: the token must be that conversation's. */
const claimedConversation = z.object({ conversationId: z.string() });

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 403 of a token that is forged, expired or another conversation's, in `m`'s language. */
function refused(code: NetcheckTokenProblem, m: Messages): HttpError {
  const message = code === 'netcheck.expired' ? m.t('netcheck.error.expired') : code === 'netcheck.wrong_conversation' ? m.t('netcheck.error.wrong_conversation') : m.t('netcheck.error.forged');
  return new HttpError(403, `http.${code.replace('.', '_')}`, message);
}

/**
 * "Check my network" for a Slack or Teams conversation, opened from the link button in its
 * thread (`PUBLIC_URL/check/<token>`, the token a signed, expiring capability for one
 * conversation: netcheck-token.ts). The link is all the page needs: no session, no cookie.
 *
 * - `GET /check/:token` — the page in the conversation's language: the triage page's probe, nothing else.
 * - `GET /api/check/:token` — what it probes (`{conversationId, targets: [{url, domain}], timeoutMs}`).
 * - `POST /api/check/:token` `{"conversationId", "results": [{"url", "reachable"}]}` — the
 *   browser's result for the configured targets, recorded on that conversation through the desk
 *   (`attachEvidence`, delivered: the bot posts the turn, with the result and the IT note naming
 *   the blocked domains, in the thread through the outbox); answers `{lines}` for the page.
 *
 * A forged or expired token, or one whose conversation is not the body's, is a 403 with a coded
 * JSON error (`netcheck_forged`, `netcheck_expired`, `netcheck_wrong_conversation`); a
 * conversation that has expired is a 404.
 */
export function netcheckRoutes(deps: NetcheckRoutesDeps): Router {
  const router = Router();
  const now = deps.now ?? Date.now;
  const tokens = netcheckTokens(deps.secret);
  const page = localizedPage(readFileSync(join(deps.publicDir, 'check.html'), 'utf8'), 'check.html');
  const targets = deps.networkCheckTargets.map((url) => ({ url, domain: targetDomain(url) }));
  const fallback = messagesFor(deps.defaultLocale);

  /** The conversation a token opens, or the answer why not. */
  async function opened(token: unknown, conversationId?: string): Promise<ConversationSnapshot> {
    const text = typeof token === 'string' ? token : '';
    const reading = conversationId === undefined ? tokens.read(text, now()) : tokens.verify(text, conversationId, now());
    if (!reading.ok) throw refused(reading.code, fallback);
    const snapshot = await deps.desk.get(reading.conversationId);
    if (!snapshot) throw new HttpError(404, 'http.not_found', fallback.t('netcheck.error.gone'));
    return snapshot;
  }

  router.get('/check/assets/:file', (req, res, next) => {
    const file = req.params.file;
    if (typeof file !== 'string' || !Object.hasOwn(ASSETS, file)) return next();
    res.locals.route = '/check/assets';
    res.set('Cache-Control', 'no-cache').type(ASSETS[file]!).send(readFileSync(join(deps.publicDir, file)));
  });

  router.get('/check/:token', async (req, res) => {
    res.locals.route = '/check';
    res.set({ 'Cache-Control': 'no-store' });
    let snapshot: ConversationSnapshot;
    try {
      snapshot = await opened(req.params.token);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // A person opened the link: they get a page that says so, not JSON.
      const m = fallback;
      const html = `<!doctype html><html lang="${m.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.t('netcheck.page.title'))}</title><link rel="stylesheet" href="/check/assets/style.css"></head><body><main class="wrap"><h1>${escapeHtml(m.t('netcheck.page.heading'))}</h1><p id="link-problem" data-code="${escapeHtml(error.code.slice('http.'.length))}">${escapeHtml(error.status === 404 ? error.message : m.t('netcheck.page.invalid'))}</p></main></body></html>`;
      res.status(error.status).type('html').send(html);
      return;
    }
    res.set('Content-Language', snapshot.locale).type('html').send(page(snapshot.locale));
  });

  router.get('/api/check/:token', async (req, res) => {
    const snapshot = await opened(req.params.token);
    res.json({ conversationId: snapshot.conversationId, targets, timeoutMs: NETWORK_CHECK_TIMEOUT_MS });
  });

  const results = networkCheckResults(deps.networkCheckTargets, 'GET /api/check/<token>');
  const bodySchema = z.object(
    { conversationId: z.string({ error: 'must be the conversationId GET /api/check/<token> names' }).min(1).max(200), results: results.schema },
    { error: 'must be a JSON object such as {"conversationId": "…", "results": [{"url": "…", "reachable": true}]}' },
  );

  router.post('/api/check/:token', async (req: Request, res: Response) => {
    // The token first: without a valid one, nothing about the body is said.
    // (A body that names no conversation is a 400 once the token is known to be good.)
    const claimed = claimedConversation.safeParse(req.body);
    const snapshot = await opened(req.params.token, claimed.success ? claimed.data.conversationId : undefined);
    const body = parseBody(bodySchema, req.body);
    const { reachable, blocked } = results.split(body.results);
    const key = eventIdFrom(req.get('idempotency-key'), `netcheck:${snapshot.conversationId}`);
    // deliver: the turn goes to the thread through the outbox, like a HAR shared there.
    const turn = await deps.desk.attachEvidence(snapshot.conversationId, { kind: 'network_check', reachable, blocked }, { deliver: true, ...(key ? { eventId: key } : {}) });
    const check = turn.details.networkCheck ?? { reachable, blocked };
    res.json({ lines: netcheckLines(check, messagesFor(turn.locale)) });
  });

  router.use(mapDeskErrors);
  return router;
}
