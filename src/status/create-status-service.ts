import pino from 'pino';
import { Agent, type Dispatcher } from 'undici';
import { AppError } from '../app-error.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { buildStatusReading, type GoodReading, type ReadError, type StatusReading } from './build-status-reading.ts';
import { classifyStatus } from './classify-status.ts';
import { diffChatgptIncidents, type StatusChange } from './diff-chatgpt-incidents.ts';
import { fetchStatusJson, STATUS_USER_AGENT } from './fetch-status-json.ts';
import { nextPollDelay } from './next-poll-delay.ts';
import { readStatusPayload } from './read-status-payload.ts';
import { statusEndpoints } from './status-endpoint.ts';
import { StatusFetchError } from './status-fetch-error.ts';

export type StatusConfig = Pick<
  Config,
  | 'STATUS_URL'
  | 'STATUS_PROVIDER'
  | 'STATUS_POLL_SECONDS'
  | 'STATUS_STALE_AFTER_SECONDS'
  | 'STATUS_CONNECT_TIMEOUT_MS'
  | 'STATUS_TIMEOUT_MS'
  | 'STATUS_MAX_BYTES'
>;

/** The timer functions the poll loop uses; tests pass a manual scheduler. */
export interface StatusTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface StatusChangeEvent extends StatusChange {
  /** The reading that produced the change. */
  reading: StatusReading;
}

export type StatusChangeListener = (event: StatusChangeEvent) => void;

/** Called with the reading after every good read of the page (a 304 included). */
export type StatusReadingListener = (reading: StatusReading) => void;

export interface StatusServiceOptions {
  config: StatusConfig;
  /** undici dispatcher; by default the service makes its own Agent with STATUS_CONNECT_TIMEOUT_MS. */
  dispatcher?: Dispatcher;
  now?: () => number;
  logger?: Logger;
  timers?: StatusTimers;
  /** Which group names mean ChatGPT (default /\bchatgpt\b/i). */
  chatgptGroup?: RegExp;
  userAgent?: string;
  /** Called after every read of the page (not after one cancelled by stop()): for metrics. */
  onFetch?: (result: 'ok' | 'not_modified' | 'error') => void;
}

export interface StatusService {
  /** Starts polling: the first read now (not awaited), then every STATUS_POLL_SECONDS or later on backoff. */
  start(): void;
  /** Stops polling, cancels a read in flight, closes the service's own Agent (never a passed-in dispatcher). */
  stop(): Promise<void>;
  /** The cached reading; never fetches. */
  current(): StatusReading;
  /**
   * Reads the page now and resolves with the new reading; never rejects (a failed read is in the
   * reading). Concurrent calls share one request. While a 429/5xx backoff (Retry-After) runs, it
   * resolves with the cached reading without a request.
   */
  refresh(): Promise<StatusReading>;
  /** ChatGPT incident opened / updated / resolved. Returns the unsubscribe function. */
  onChange(listener: StatusChangeListener): () => void;
  /**
   * Every good read (200 or 304), whether or not anything changed: for state that must agree with
   * the page as it is now, not only with what changed while this process watched (reconciliation).
   * Returns the unsubscribe function.
   */
  onReading(listener: StatusReadingListener): () => void;
}

const unrefTimers: StatusTimers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** The live OpenAI status: a background-refreshed, single-flight, stale-while-error cache. */
export function createStatusService(options: StatusServiceOptions): StatusService {
  const { config } = options;
  const now = options.now ?? Date.now;
  const timers = options.timers ?? unrefTimers;
  const logger = options.logger ?? pino({ level: 'silent' });
  const sources = statusEndpoints(config.STATUS_PROVIDER, config.STATUS_URL);
  /** The endpoint in use: the next candidate is tried only when the current one answers 404. */
  let sourceIndex = 0;
  let source = sources[0]!;
  const pollMs = config.STATUS_POLL_SECONDS * 1000;
  const staleAfterMs = config.STATUS_STALE_AFTER_SECONDS * 1000;
  const listeners = new Set<StatusChangeListener>();
  const readingListeners = new Set<StatusReadingListener>();

  let ownAgent: Agent | null = null;
  let good: GoodReading | null = null;
  let etag: string | null = null;
  let lastError: ReadError | null = null;
  let backoffFailures = 0;
  /** No request before this (epoch ms): set by 429/5xx backoff and Retry-After. */
  let notBefore = 0;
  let nextAttemptAt = 0;
  let inflight: Promise<StatusReading> | null = null;
  let running = false;
  let timer: unknown = null;
  let cancel = new AbortController();

  const dispatcher = (): Dispatcher => {
    if (options.dispatcher) return options.dispatcher;
    ownAgent ??= new Agent({ connect: { timeout: config.STATUS_CONNECT_TIMEOUT_MS } });
    return ownAgent;
  };

  // Every turn reads the status: the reading is built again only when something it says changed
  // (a read of the page, the age's whole seconds, staleness), not on every call.
  let served: { good: GoodReading | null; lastError: ReadError | null; ageSeconds: number; stale: boolean; reading: StatusReading } | undefined;
  const current = (): StatusReading => {
    const at = now();
    const ageMs = good ? Math.max(0, at - good.fetchedAt) : 0;
    const ageSeconds = Math.floor(ageMs / 1000);
    const stale = ageMs > staleAfterMs;
    if (served && served.good === good && served.lastError === lastError && served.ageSeconds === ageSeconds && served.stale === stale) return served.reading;
    const reading = buildStatusReading({ good, lastError, now: at, staleAfterMs, source });
    served = { good, lastError, ageSeconds, stale, reading };
    return reading;
  };

  /** Runs a listener; a throwing one is logged (`what`) and never stops the poller or the other listeners. */
  const tell = (call: () => void, what: string, fields: object = {}) => {
    try {
      call();
    } catch (error) {
      logger.error({ err: error, ...fields }, what);
    }
  };

  const emit = (changes: StatusChange[], reading: StatusReading) => {
    for (const change of changes) {
      logger.info({ change: change.kind, incident: change.incident.id, name: change.incident.name }, 'ChatGPT status change');
      for (const listener of listeners) tell(() => listener({ ...change, reading }), 'a status change listener failed', { change: change.kind });
    }
  };

  async function attempt(): Promise<StatusReading> {
    const reading = await attemptOnce();
    if (lastError?.code === 'status.http' && lastError.httpStatus === 404 && !good && sourceIndex < sources.length - 1) {
      sourceIndex += 1;
      source = sources[sourceIndex]!;
      etag = null;
      notBefore = 0;
      logger.info({ source }, 'status document not found; trying the next endpoint');
      return attempt();
    }
    return reading;
  }

  async function attemptOnce(): Promise<StatusReading> {
    const before = current().status;
    let changes: StatusChange[] = [];
    try {
      const result = await fetchStatusJson(source, {
        dispatcher: dispatcher(),
        timeoutMs: config.STATUS_TIMEOUT_MS,
        maxBytes: config.STATUS_MAX_BYTES,
        etag: good ? etag : null,
        userAgent: options.userAgent ?? STATUS_USER_AGENT,
        signal: cancel.signal,
        now,
      });
      if (result.kind === 'not_modified') {
        if (!good) throw new StatusFetchError('status.http', 'the status page answered 304 to a request without If-None-Match', { httpStatus: 304 });
        good = { ...good, fetchedAt: now() };
        etag = result.etag;
        logger.debug({ source }, 'status page not modified');
      } else {
        const model = readStatusPayload(config.STATUS_PROVIDER, result.body, { pageUrl: config.STATUS_URL, now: now() });
        const next: GoodReading = { model, classification: classifyStatus(model, options.chatgptGroup ? { chatgptGroup: options.chatgptGroup } : {}), fetchedAt: now() };
        changes = diffChatgptIncidents(good, next);
        good = next;
        etag = result.etag;
      }
      options.onFetch?.(result.kind === 'not_modified' ? 'not_modified' : 'ok');
      lastError = null;
      backoffFailures = 0;
      notBefore = 0;
      nextAttemptAt = now() + pollMs;
    } catch (error) {
      if (error instanceof StatusFetchError && error.code === 'status.aborted') {
        logger.debug({ source }, 'status read cancelled by stop()');
        return current();
      }
      options.onFetch?.('error');
      const code = error instanceof AppError ? error.code : 'status.internal';
      const message = error instanceof Error ? error.message : String(error);
      lastError = { code, message, ...(error instanceof StatusFetchError && error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}) };
      let delay = pollMs;
      if (error instanceof StatusFetchError && error.backoff) {
        backoffFailures += 1;
        delay = nextPollDelay({ pollMs, backoffFailures, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) });
        notBefore = now() + delay;
      }
      nextAttemptAt = now() + delay;
      // An expected failure (timeout, HTTP error, bad payload) is one line without a stack trace.
      if (error instanceof AppError) logger.warn({ code, reason: message, source, retryInMs: delay }, 'status read failed');
      else logger.error({ err: error, code, source, retryInMs: delay }, 'status read failed');
    }
    const reading = current();
    if (reading.status !== before) logger.info({ status: reading.status, previous: before, reason: reading.reason }, 'status changed');
    emit(changes, reading);
    if (!lastError && good) for (const listener of readingListeners) tell(() => listener(reading), 'a status reading listener failed');
    return reading;
  }

  function refresh(): Promise<StatusReading> {
    if (inflight) return inflight;
    if (now() < notBefore) return Promise.resolve(current());
    inflight = attempt().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  async function tick(): Promise<void> {
    timer = null;
    if (!running) return;
    if (now() >= nextAttemptAt) await refresh();
    if (!running) return;
    timer = timers.setTimeout(() => void tick(), Math.max(nextAttemptAt - now(), 100));
  }

  return {
    start() {
      if (running) return;
      running = true;
      void tick();
    },
    async stop() {
      running = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      cancel.abort();
      cancel = new AbortController();
      if (inflight) await inflight;
      const agent = ownAgent;
      ownAgent = null;
      if (agent) await agent.destroy();
    },
    current,
    refresh,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReading(listener) {
      readingListeners.add(listener);
      return () => readingListeners.delete(listener);
    },
  };
}
