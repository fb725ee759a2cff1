import { EventEmitter } from 'node:events';
import { Agent, type Dispatcher } from 'undici';
import { parseRetryAfter } from '../../src/status/parse-retry-after.ts';
import { SlackWebApiError } from './slack-web-api-error.ts';

/** Slack's Web API, unless SLACK_API_URL points elsewhere (an enterprise proxy, the tests' fake). */
export const SLACK_API_URL = 'https://slack.com/api/';

/** A successful answer: Slack's JSON with `ok: true`; callers check the fields they read. */
export type SlackAnswer = Record<string, unknown>;

export interface SlackWebApi {
  /**
   * One call of a Web API method (no retries: the channel queue and the outbox own those). Resolves
   * with Slack's answer when it says `ok: true`; otherwise throws SlackWebApiError.
   */
  call(method: string, args: Record<string, unknown>): Promise<SlackAnswer>;
  /** Closes the client's own connection pool (never a dispatcher passed in). */
  close(): Promise<void>;
}

export interface SlackWebApiOptions {
  token: string;
  /** Base URL ending in "/api/" (SLACK_API_URL); default Slack's. */
  apiUrl?: string;
  /** undici dispatcher; by default the client's own keep-alive Agent. */
  dispatcher?: Dispatcher;
  /** Deadline of one call, headers and body together (default 15 s). */
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Methods whose arguments are sent as JSON. Slack takes JSON bodies for most write methods; the
 * read methods are documented with form fields only, so they get those (objects as JSON strings).
 */
const JSON_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'chat.delete', 'views.publish', 'views.open', 'views.update', 'conversations.open']);

function formOf(args: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    form.set(key, typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));
  }
  return form.toString();
}

/**
 * A call's abort signal as undici also takes one (`signal`: an EventEmitter with `aborted` and
 * `reason`, emitting 'abort'): a plain emitter per call instead of an AbortController, whose
 * EventTarget costs more to make and to listen to than the rest of the call's bookkeeping.
 */
class Deadline extends EventEmitter {
  aborted = false;
  reason: unknown;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A thin Slack Web API client on undici: one POST per call over a keep-alive pool, the token as
 * `Authorization: Bearer`, the answer parsed and checked. Unlike @slack/web-api's WebClient it
 * builds no debug strings of the request, has no global queue (a 429 is thrown at once, with
 * Retry-After, for the caller's per-channel lane to wait out) and no retries of its own.
 */
export function createSlackWebApi(options: SlackWebApiOptions): SlackWebApi {
  const base = new URL(options.apiUrl ?? SLACK_API_URL);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? Date.now;
  const own = options.dispatcher ? undefined : new Agent({ keepAliveTimeout: 30_000, connections: 64, connect: { timeout: Math.min(timeoutMs, 10_000) } });
  const dispatcher = options.dispatcher ?? own!;
  const authorization = `Bearer ${options.token}`;
  // A method's path is the base's path and its name: worked out once, not parsed per call.
  const origin = base.origin;
  const pathOf = (method: string): string => `${base.pathname}${encodeURIComponent(method)}`;

  async function call(method: string, args: Record<string, unknown>): Promise<SlackAnswer> {
    // The call's deadline, headers and body together: a timer cleared when the answer is read.
    // (AbortSignal.timeout's timer is never cleared: at 500 calls a second, 7,500 timers and weak
    // references of calls long answered waited out their 15 s, each firing at its end.)
    const deadline = new Deadline();
    const timer = setTimeout(() => deadline.abort(new DOMException(`the call took longer than ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    timer.unref();
    try {
      return answerOf(method, await read(method, args, deadline));
    } finally {
      clearTimeout(timer);
    }
  }

  /** The answer's text, once Slack said 200; a failure to get it is a coded error. */
  async function read(method: string, args: Record<string, unknown>, signal: Deadline): Promise<string> {
    const json = JSON_METHODS.has(method);
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request({
        origin,
        path: pathOf(method),
        method: 'POST',
        headers: { authorization, 'content-type': json ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded' },
        body: json ? JSON.stringify(args) : formOf(args),
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      throw new SlackWebApiError('slack_api.network', method, { cause: error });
    }
    const { statusCode, headers, body } = response;
    try {
      if (statusCode !== 200) {
        await body.dump();
        if (statusCode === 429) {
          const retryAfterMs = parseRetryAfter(headers['retry-after'], now());
          throw new SlackWebApiError('slack_api.rate_limited', method, { status: 429, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
        }
        throw new SlackWebApiError('slack_api.http', method, { status: statusCode });
      }
      return await body.text();
    } catch (error) {
      if (error instanceof SlackWebApiError) throw error;
      // The connection broke or the deadline passed while the answer was read.
      throw new SlackWebApiError('slack_api.network', method, { cause: error });
    }
  }

  /** Slack's JSON answer, checked: `ok: true`, else the coded error it says. */
  function answerOf(method: string, text: string): SlackAnswer {
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new SlackWebApiError('slack_api.unreadable', method, { status: 200 });
    }
    if (!isRecord(answer) || typeof answer.ok !== 'boolean') throw new SlackWebApiError('slack_api.unreadable', method, { status: 200 });
    if (!answer.ok) {
      const slackError = typeof answer.error === 'string' ? answer.error : undefined;
      if (slackError === undefined) throw new SlackWebApiError('slack_api.unreadable', method, { status: 200 });
      throw new SlackWebApiError('slack_api.platform', method, { status: 200, slackError });
    }
    return answer;
  }

  return {
    call,
    async close() {
      await own?.close();
    },
  };
}
