import express, { Router, type ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import { teamsActivitySchema } from './teams-activity.ts';
import type { TeamsBinding } from './teams-binding.ts';
import type { TeamsTokenVerifier } from './verify-teams-token.ts';
import { cleanText } from '../../src/clean-text.ts';
import { mapStrings } from '../../src/map-strings.ts';

/** Where the Azure Bot sends Teams' activities (the bot's messaging endpoint). */
export const TEAMS_MESSAGES_PATH = '/api/messages';

/** The fields the token is checked against, read before the activity is checked as a whole. */
const addressed = z.object({ serviceUrl: z.string().catch(''), channelId: z.string().catch('') }).loose();

/**
 * POST /api/messages: the activity's JSON is read (256 KB at most), the Bot Framework token is
 * verified (401 on anything short of a valid token for this activity: no side effect, no stack),
 * the activity is checked (400 naming the first bad field), and only then does the SDK see it.
 * Mounted before the web API's body parser and rate limit, like Slack's router.
 */
export function teamsRouter(deps: { verifier: TeamsTokenVerifier; binding: TeamsBinding; logger: Logger; bodyLimitBytes?: number }): Router {
  const router = Router();
  const log = deps.logger;
  const unauthorized = (res: express.Response) =>
    res.status(401).json({ error: 'The request does not carry a valid Bot Framework token for this bot.', code: 'unauthorized' });
  // No token at all: refused before the body is even read.
  router.post(TEAMS_MESSAGES_PATH, (req, res, next) => {
    if (/^Bearer\s+\S+\s*$/i.test(req.get('authorization') ?? '')) return next();
    log.warn({ reason: 'no bearer token' }, 'teams request refused: the Bot Framework token is not valid for it');
    unauthorized(res);
  });
  router.post(TEAMS_MESSAGES_PATH, express.json({ limit: deps.bodyLimitBytes ?? 262_144, type: () => true, strict: true }), async (req, res) => {
    const target = addressed.safeParse(req.body);
    const verdict = await deps.verifier.verify(req.get('authorization'), target.success ? target.data : { serviceUrl: '', channelId: '' });
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason }, 'teams request refused: the Bot Framework token is not valid for it');
      unauthorized(res);
      return;
    }
    // What people type is cleaned, not refused (cleanText: a lone UTF-16 surrogate becomes U+FFFD,
    // control characters other than line breaks and tabs go): the channel signed the activity.
    const activity = teamsActivitySchema.safeParse(mapStrings(req.body as unknown, cleanText));
    if (!activity.success) {
      const issue = activity.error.issues[0]!;
      const field = issue.path.map(String).join('.') || 'body';
      log.warn({ field, problem: issue.message }, 'teams request refused: malformed activity');
      res.status(400).json({ error: `${field}: ${issue.message}`, code: 'invalid_activity', field });
      return;
    }
    try {
      const answer = await deps.binding.run(activity.data, verdict.claims);
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    } catch (error) {
      log.error({ err: error, activityType: activity.data.type, activityId: activity.data.id }, 'teams activity failed');
      if (!res.headersSent) res.status(500).json({ error: 'The activity could not be handled; the channel may send it again.', code: 'internal' });
    }
  });
  const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 0;
    if (status === 413) res.status(413).json({ error: 'The activity is larger than the bot accepts.', code: 'body_too_large' });
    else if (status === 400) res.status(400).json({ error: 'The body is not JSON.', code: 'invalid_json' });
    else next(error);
  };
  router.use(TEAMS_MESSAGES_PATH, bodyErrors);
  return router;
}
