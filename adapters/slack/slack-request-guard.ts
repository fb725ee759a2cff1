import express, { type RequestHandler } from 'express';
import type { Logger } from '../../src/logger.ts';
import { classifySlackBody } from './classify-slack-body.ts';
import { parseSlackBody } from './parse-slack-body.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

export interface SlackRequestGuardOptions {
  signingSecret: string;
  logger: Logger;
  now?: () => number;
  /** Largest body accepted (default 1 MB; Slack's payloads are far smaller). */
  bodyLimitBytes?: number;
}

/** What the guard leaves on the request for bolt's ExpressReceiver (it reads `rawBody` first). */
interface GuardedRequest {
  rawBody?: Buffer;
}

/**
 * Runs before bolt's ExpressReceiver on POST /slack/events and answers what bolt answers badly:
 * - 401 for a missing or wrong signature and for a timestamp more than five minutes off, either
 *   way (bolt accepts timestamps from the future);
 * - 400 for a body that is not what Slack sends (bad JSON, unknown type, a handled kind without
 *   the fields the handler reads), where bolt would either parse it and time out with a 404 after
 *   3 s or, for shapes it half-recognises, throw inside a listener;
 * - 413 for an oversized body; 200 for well-formed kinds the app does not use.
 * Everything else goes on to bolt, which verifies the signature again over the same raw bytes.
 * Nothing here calls the Web API or the desk.
 */
export function slackRequestGuard(options: SlackRequestGuardOptions): RequestHandler {
  const now = options.now ?? Date.now;
  const readRaw = express.raw({ type: () => true, limit: options.bodyLimitBytes ?? 1_000_000 });
  const log = options.logger;

  return (req, res, next) => {
    if (req.readableEnded && !Buffer.isBuffer(req.body)) {
      // A body parser mounted before the Slack router consumed the body: nothing left to verify.
      log.error('slack request body was consumed before the Slack router: mount the Slack router before any body parser');
      res.status(500).end();
      return;
    }
    readRaw(req, res, (error?: unknown) => {
      if (error) {
        const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 400;
        log.warn({ status }, 'slack request body could not be read');
        res.status(status === 413 ? 413 : 400).end();
        return;
      }
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const text = raw.toString('utf8');
      const verdict = verifySlackSignature({
        signingSecret: options.signingSecret,
        body: text,
        timestamp: req.get('x-slack-request-timestamp'),
        signature: req.get('x-slack-signature'),
        nowMs: now(),
      });
      if (!verdict.ok) {
        log.warn({ reason: verdict.reason }, 'slack request refused: signature verification failed');
        res.status(401).end();
        return;
      }
      const parsed = parseSlackBody(text, req.get('content-type'));
      if (!parsed.ok) {
        log.warn({ problem: parsed.problem }, 'slack request refused: malformed body');
        res.status(400).end();
        return;
      }
      const delivery = classifySlackBody(parsed.body);
      if (delivery.kind === 'malformed') {
        log.warn({ problem: delivery.problem }, 'slack request refused: malformed payload');
        res.status(400).end();
        return;
      }
      const retryNum = req.get('x-slack-retry-num');
      if (delivery.kind === 'ignored') {
        log[delivery.type === 'app_rate_limited' ? 'warn' : 'debug']({ type: delivery.type }, 'slack delivery of a kind the app does not use');
        res.status(200).end();
        return;
      }
      if (retryNum) log.info({ retryNum, retryReason: req.get('x-slack-retry-reason'), delivery }, 'slack retried a delivery');
      // bolt compares the content type exactly; the signature does not cover headers.
      req.headers['content-type'] = parsed.mediaType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
      (req as GuardedRequest).rawBody = raw;
      req.body = undefined;
      next();
    });
  };
}
