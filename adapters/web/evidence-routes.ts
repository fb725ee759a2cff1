import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ConversationSnapshot, Desk } from '../../src/desk/desk.port.ts';
import { HarError } from '../../src/evidence/har/har-error.ts';
import { processHar, type HarReport } from '../../src/evidence/har/process-har.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { HttpError } from './http-error.ts';
import { networkCheckResults, targetDomain } from './network-check-results.ts';
import { eventIdFrom, parseBody } from './request-bodies.ts';
import { toTurnView } from './turn-view.ts';
import { mayActFor, type WebIdentity } from './web-identity.ts';

/** How long the page waits for each probe of the network check. */
export const NETWORK_CHECK_TIMEOUT_MS = 5000;
/** The media type of an uploaded HAR (a HAR is JSON, but it is streamed, never parsed whole by the JSON body parser). */
export const HAR_MEDIA_TYPE = 'application/har+json';
/** The name of the redacted HAR the page downloads. */
export const REDACTED_HAR_NAME = 'chatgpt-500-redacted.har';

export interface EvidenceRoutesDeps {
  desk: Pick<Desk, 'get' | 'attachEvidence'>;
  identify: (req: Request, res: Response) => WebIdentity;
  /** HAR_MAX_BYTES. */
  harMaxBytes: number;
  /** The IT allowlist the HAR analysis marks reached and failed. */
  allowlist: { minimum: readonly string[]; broader: readonly string[] };
  /** NETWORK_CHECK_TARGETS (config.networkCheckTargets). */
  networkCheckTargets: readonly string[];
  /** Where the redacted copy waits while it is written (default: the OS's temporary directory). */
  tempDir?: string;
}

/**
 * The evidence a person attaches on the web page:
 *
 * - `POST /api/conversations/:id/har` — the HAR file itself as the body (`Content-Type:
 *   application/har+json`), streamed through `processHar`: redacted entry by entry before it is
 *   analysed, never written anywhere unredacted. 413 above HAR_MAX_BYTES, 400 for a file that is
 *   not a HAR or is cut off. The findings go to the desk (`attachEvidence`), which keeps a small
 *   summary and answers the turn. With `?redacted=1` the answer is the redacted HAR as a download
 *   instead (written to a temporary file readable by this user only, sent, deleted); the page
 *   then reads the conversation for the findings.
 * - `GET /api/network-check` — what the page probes (`{targets: [{url, domain}], timeoutMs}`).
 * - `POST /api/conversations/:id/network-check` `{"results": [{"url", "reachable"}]}` — the
 *   browser's result, for the configured targets only; recorded as evidence, its blocked domains
 *   go into the IT note.
 *
 * Only the identity that started the conversation may add to it; anyone else gets the 404 of an unknown id.
 */
export function evidenceRoutes(deps: EvidenceRoutesDeps): Router {
  const router = Router();
  const targets = deps.networkCheckTargets.map((url) => ({ url, domain: targetDomain(url) }));

  async function owned(req: Request, res: Response): Promise<ConversationSnapshot> {
    const identity = deps.identify(req, res);
    const id = req.params.id;
    const snapshot = typeof id === 'string' && id.length <= 200 ? await deps.desk.get(id) : null;
    if (!snapshot || !mayActFor(identity, snapshot.reporter)) throw new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.');
    return snapshot;
  }

  router.post('/api/conversations/:id/har', async (req, res) => {
    const snapshot = await owned(req, res);
    const m = messagesFor(snapshot.locale);
    if (!req.is(HAR_MEDIA_TYPE)) throw new HttpError(415, 'http.unsupported_media_type', m.t('evidence.web.error.media_type'));
    const tooLarge = () => {
      // The rest of an oversized body is not read: the connection closes after this answer.
      res.setHeader('Connection', 'close');
      return new HttpError(413, 'http.har_too_large', m.t('evidence.web.error.too_large', { mb: Math.floor(deps.harMaxBytes / 1024 / 1024) || 1 }));
    };
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > deps.harMaxBytes) throw tooLarge();

    const redacted = req.query.redacted === '1' || req.query.redacted === 'true';
    const dir = redacted ? await mkdtemp(join(deps.tempDir ?? tmpdir(), 'c500-har-')) : undefined;
    try {
      let out: WriteStream | undefined;
      const path = dir ? join(dir, REDACTED_HAR_NAME) : undefined;
      if (path) {
        out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
        await once(out, 'open');
      }
      let report: HarReport;
      try {
        report = await processHar(req, {
          maxBytes: deps.harMaxBytes,
          allowlist: deps.allowlist,
          ...(out ? { redactTo: out } : {}),
        });
      } catch (error) {
        out?.destroy();
        throw harProblem(error, m, tooLarge);
      }
      const eventId = eventIdFrom(req.get('idempotency-key'));
      const turn = await deps.desk.attachEvidence(snapshot.conversationId, { kind: 'har', report }, eventId ? { eventId } : {});
      if (!path) {
        res.json(toTurnView(turn));
        return;
      }
      res.status(200);
      res.attachment(REDACTED_HAR_NAME);
      res.type(HAR_MEDIA_TYPE);
      await pipeline(createReadStream(path), res);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });

  router.get('/api/network-check', (_req, res) => {
    res.json({ targets, timeoutMs: NETWORK_CHECK_TIMEOUT_MS });
  });

  const results = networkCheckResults(deps.networkCheckTargets, 'GET /api/network-check');
  const resultsSchema = z.object({ results: results.schema }, { error: 'must be a JSON object such as {"results": [{"url": "…", "reachable": true}]}' });

  router.post('/api/conversations/:id/network-check', async (req, res) => {
    const snapshot = await owned(req, res);
    const body = parseBody(resultsSchema, req.body);
    const eventId = eventIdFrom(req.get('idempotency-key'));
    const turn = await deps.desk.attachEvidence(snapshot.conversationId, { kind: 'network_check', ...results.split(body.results) }, eventId ? { eventId } : {});
    res.json(toTurnView(turn));
  });

  return router;
}

/** A HAR that cannot be read, as the answer people see (in the conversation's language); anything else as it is. */
function harProblem(error: unknown, m: ReturnType<typeof messagesFor>, tooLarge: () => HttpError): unknown {
  if (error instanceof HarError) {
    if (error.code === 'har.too_large') return tooLarge();
    if (error.code === 'har.not_har') return new HttpError(400, 'http.not_har', m.t('evidence.web.error.not_har'), { cause: error });
    if (error.code === 'har.cannot_write') return error;
    return new HttpError(400, 'http.har_truncated', m.t('evidence.web.error.truncated'), { cause: error });
  }
  // The request itself ended early (the client went away, a reset): the HAR is cut off.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code === 'ERR_STREAM_PREMATURE_CLOSE')) {
    return new HttpError(400, 'http.har_truncated', m.t('evidence.web.error.truncated'), { cause: error });
  }
  return error;
}
