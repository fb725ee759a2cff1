import { createSecretKey } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import express, { type Router } from 'express';
import type { WaitingRequests } from '../../src/delivery/waiting-requests.ts';
import type { DirectRoute } from '../shared/direct-route.ts';
import type { Logger } from '../../src/logger.ts';
import { classifySlackBody, type SlackDelivery } from './classify-slack-body.ts';
import { parseSlackBody } from './parse-slack-body.ts';
import { verifiedDelivery } from './verified-delivery.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Where Slack posts (events, interactivity and slash commands alike). */
  path: string;
  now?: () => number;
  /** Largest body accepted (default 1 MB; Slack's payloads are far smaller). */
  bodyLimitBytes?: number;
  /**
   * A delivery no listener acknowledged by then is answered with an empty 200 (default 2900 ms,
   * inside Slack's 3 s), so Slack never sees a timeout.
   */
  unackedAfterMs?: number;
  /** Counts each request from receipt until its answer is written (the outbox worker gives way meanwhile). */
  waiting?: Pick<WaitingRequests, 'enter'>;
}

/** The kinds of delivery that go on to bolt's listeners. */
export type SlackLane = 'command' | 'block_actions' | 'view_submission' | 'event';

/** bolt's Receiver for HTTP mode; `router` is what the host's express app mounts. */
export interface SlackHttpReceiver extends Receiver {
  /** POST `path`. Mount before any body parser: it reads the raw body itself. */
  readonly router: Router;
  /**
   * The same handler on node's own request and response, for a server that answers POST `path`
   * ahead of express's routing (the hot path: every command, click and event comes here).
   */
  readonly handle: DirectRoute['handle'];
  /**
   * A receiver for a bolt App that takes only one kind of delivery. bolt runs every listener's
   * matchers for every event (about 10 µs a listener), so an App per kind, holding only that
   * kind's listeners, spends a slash command 2 listeners' work instead of all of them. A kind whose
   * lane no App took goes to the App given to `init`.
   */
  lane(kind: SlackLane): Receiver;
}

type Ack = ReceiverEvent['ack'];
type HandedOn = Extract<SlackDelivery, { kind: SlackLane }>;

/**
 * The one receiver of HTTP mode, in place of bolt's ExpressReceiver: each request's raw body is
 * read once, its signature verified once, its body parsed and classified once, and then it is
 * either answered here or handed to bolt (`app.processEvent`) with the validated delivery in the
 * listeners' context (verifiedDelivery). Answered here:
 * - 401 for a missing or wrong signature and for a timestamp more than five minutes off, either
 *   way (bolt accepts timestamps from the future);
 * - 400 for a body that is not what Slack sends (bad JSON, unknown type, a handled kind without
 *   the fields the handler reads), 413 for an oversized one;
 * - url_verification (its challenge), ssl_check, and the well-formed kinds the app does not use: 200.
 * A handed-on delivery gets exactly one HTTP answer: the first ack's (its object as JSON, a string
 * as text, else empty; a second ack is logged and ignored), a 500 when processing fails before
 * any ack, and an empty 200 when no listener acks (processing ended, or `unackedAfterMs` passed).
 * Nothing here calls the Web API or the desk.
 */
export function createSlackHttpReceiver(options: SlackHttpReceiverOptions): SlackHttpReceiver {
  const now = options.now ?? Date.now;
  const unackedAfterMs = options.unackedAfterMs ?? 2900;
  const readRaw = express.raw({ type: () => true, limit: options.bodyLimitBytes ?? 1_000_000 });
  const log = options.logger;
  // The HMAC key is prepared once, not for every request.
  const signingKey = createSecretKey(Buffer.from(options.signingSecret, 'utf8'));
  let app: App | undefined;
  const lanes = new Map<SlackLane, App>();

  function handOn(req: IncomingMessage, res: ServerResponse, delivery: HandedOn, bolt: App): void {
    const retryHeader = header(req, 'x-slack-retry-num');
    const retryReason = header(req, 'x-slack-retry-reason');
    const retryNum = retryHeader !== undefined && /^\d{1,6}$/.test(retryHeader) ? Number(retryHeader) : undefined;
    if (retryHeader) log.info({ retryNum: retryHeader, retryReason, delivery: describe(delivery) }, 'slack retried a delivery');

    let answered = false;
    // `timer` is set below, before anything can call `answer` (ack, processEvent's outcome).
    const answer = (status: number, body?: unknown): void => {
      answered = true;
      clearTimeout(timer);
      if (res.headersSent) return;
      // Written directly, not through express's send: an ack needs no ETag (a hash of every answer).
      if (body && typeof body === 'object') writeAnswer(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
      else if (typeof body === 'string' && body) writeAnswer(res, status, 'text/plain; charset=utf-8', body);
      else endWith(res, status);
    };
    const timer = setTimeout(() => {
      if (answered) return;
      log.warn({ delivery: describe(delivery), afterMs: unackedAfterMs }, 'slack delivery not acknowledged in time; answered 200');
      answer(200);
    }, unackedAfterMs);
    const ack: Ack = async (response?: unknown) => {
      if (answered) {
        log.warn({ delivery: describe(delivery) }, 'slack delivery acknowledged twice; the second ack is ignored');
        return;
      }
      answer(200, response);
    };
    const event: ReceiverEvent = {
      body: bodyOf(delivery),
      ack,
      ...(retryNum !== undefined ? { retryNum } : {}),
      ...(retryReason ? { retryReason } : {}),
      customProperties: verifiedDelivery.properties(delivery),
    };
    bolt.processEvent(event).then(
      () => {
        if (answered) return;
        log.warn({ delivery: describe(delivery) }, 'no listener acknowledged the slack delivery; answered 200');
        answer(200);
      },
      (error: unknown) => {
        log.error({ err: error, delivery: describe(delivery) }, 'slack delivery failed in processing');
        if (!answered) answer(500);
      },
    );
  }

  function handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): void {
    if (options.waiting) {
      const answered = options.waiting.enter();
      res.once('finish', answered);
      res.once('close', answered);
    }
    if (req.readableEnded && !Buffer.isBuffer(req.body)) {
      // A body parser mounted before the Slack router consumed the body: nothing left to verify.
      log.error('slack request body was consumed before the Slack router: mount the Slack router before any body parser');
      endWith(res, 500);
      return;
    }
    readRaw(req, res, (error?: unknown) => {
      if (error) {
        const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 400;
        log.warn({ status }, 'slack request body could not be read');
        endWith(res, status === 413 ? 413 : 400);
        return;
      }
      const text = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
      const verdict = verifySlackSignature({
        signingSecret: signingKey,
        body: text,
        timestamp: header(req, 'x-slack-request-timestamp'),
        signature: header(req, 'x-slack-signature'),
        nowMs: now(),
      });
      if (!verdict.ok) {
        log.warn({ reason: verdict.reason }, 'slack request refused: signature verification failed');
        endWith(res, 401);
        return;
      }
      const parsed = parseSlackBody(text, header(req, 'content-type'));
      if (!parsed.ok) {
        log.warn({ problem: parsed.problem }, 'slack request refused: malformed body');
        endWith(res, 400);
        return;
      }
      const delivery = classifySlackBody(parsed.body);
      switch (delivery.kind) {
        case 'malformed':
          log.warn({ problem: delivery.problem }, 'slack request refused: malformed payload');
          endWith(res, 400);
          return;
        case 'ignored':
          log[delivery.type === 'app_rate_limited' ? 'warn' : 'debug']({ type: delivery.type }, 'slack delivery of a kind the app does not use');
          endWith(res, 200);
          return;
        case 'url_verification':
          writeAnswer(res, 200, 'application/json; charset=utf-8', JSON.stringify({ challenge: delivery.challenge }));
          return;
        case 'ssl_check':
          endWith(res, 200);
          return;
        default: {
          const bolt = lanes.get(delivery.kind) ?? app;
          if (!bolt) {
            log.error('slack request before the bolt app was built');
            endWith(res, 503);
            return;
          }
          handOn(req, res, delivery, bolt);
        }
      }
    });
  }

  const router = express.Router();
  router.post(options.path, (req, res) => handle(req, res));

  return {
    router,
    handle,
    init(bolt: App) {
      app = bolt;
    },
    lane(kind: SlackLane): Receiver {
      return {
        init(bolt: App) {
          lanes.set(kind, bolt);
        },
        async start() {},
        async stop() {},
      };
    },
    // The host's HTTP server listens and closes; nothing of the receiver's own to start or stop.
    async start() {},
    async stop() {},
  };
}

function writeAnswer(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An answer without a body. */
function endWith(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}

/** A request header as one string (node joins repeated ones), as express's `req.get` reads it. */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The validated body for bolt (its routing reads the same fields the classification checked). */
function bodyOf(delivery: HandedOn): ReceiverEvent['body'] {
  switch (delivery.kind) {
    case 'command':
      return delivery.command;
    case 'block_actions':
      return delivery.actions;
    case 'view_submission':
      return delivery.submission;
    case 'event':
      return delivery.envelope;
  }
}

/** What a log line says about a delivery (ids, not its content). */
function describe(delivery: HandedOn): Record<string, string | undefined> {
  switch (delivery.kind) {
    case 'command':
      return { kind: 'command', command: delivery.command.command, trigger: delivery.command.trigger_id };
    case 'block_actions':
      return { kind: 'block_actions', actionId: delivery.actions.actions[0]!.action_id };
    case 'view_submission':
      return { kind: 'view_submission', callbackId: delivery.submission.view.callback_id };
    case 'event':
      return { kind: 'event', eventType: delivery.envelope.event.type, eventId: delivery.envelope.event_id };
  }
}
