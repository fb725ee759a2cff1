import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Logger } from '../../src/logger.ts';
import { classifySlackError, type SlackCallFailure } from './classify-slack-error.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';

/** What one attempt of a call came to; the `outcome` label of metrics.chatApiCalls. */
export type CallOutcome = 'ok' | 'rate_limited' | 'server_error' | 'network_error' | 'api_error';

export interface ChannelQueueOptions {
  /** Attempts per call, the first included (default 4). */
  maxAttempts?: number;
  /** A Retry-After longer than this fails the call at once instead of holding its lane (default 120 s). */
  maxRetryAfterMs?: number;
  /** Wait before retrying a 5xx or network failure (default: 500 ms doubling, jittered, at most 8 s). */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
  random?: () => number;
  logger?: Logger;
  /** Called after every attempt (metrics). */
  onAttempt?: (method: string, outcome: CallOutcome) => void;
}

export interface ChannelQueue {
  /**
   * Runs `call` in the lane `lane` (a channel id, or e.g. "user:U1" for calls without one). Calls
   * of one lane run one after another, in order; lanes run independently. A 429 pauses only its
   * own lane for Retry-After, then the call is tried again; 5xx and network failures are retried
   * with backoff; all within `maxAttempts`. Other failures are not retried.
   * Rejects with SlackAdapterError ('slack.rate_limited', 'slack.server_error',
   * 'slack.network_error', 'slack.api_error', 'slack.closed') with the last error as `cause`.
   */
  run<T>(lane: string, method: string, call: () => Promise<T>): Promise<T>;
  /** Lanes with calls queued or running. */
  lanes(): number;
  /** Resolves when no call is queued or running. */
  idle(): Promise<void>;
  /** Ends waits at once: calls waiting for a retry reject with 'slack.closed'. */
  close(): void;
}

interface Lane {
  tail: Promise<unknown>;
  pending: number;
}

const FAILURE_CODE: Readonly<Record<SlackCallFailure['kind'], string>> = {
  rate_limited: 'slack.rate_limited',
  server_error: 'slack.server_error',
  network_error: 'slack.network_error',
  api_error: 'slack.api_error',
};

/**
 * A queue per channel in front of the Slack Web API. @slack/web-api's own handling of 429 pauses
 * its one global queue (every channel waits); the client is configured to reject rate-limited
 * calls instead (`rejectRateLimitedCalls: true`, no retries of its own) and this queue waits for
 * Retry-After in the affected lane only.
 */
export function createChannelQueue(options: ChannelQueueOptions = {}): ChannelQueue {
  const maxAttempts = options.maxAttempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const backoffMs = options.backoffMs ?? ((attempt: number) => Math.min(8000, 500 * 2 ** (attempt - 1)) * (0.5 + random() / 2));
  const lanes = new Map<string, Lane>();
  /** Lane -> epoch ms before which it sends nothing (Retry-After); outlives the lane's queue. */
  const pauses = new Map<string, number>();
  const closer = new AbortController();
  let idleWaiters: (() => void)[] = [];

  async function wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    try {
      await sleepFor(ms, undefined, { signal: closer.signal });
    } catch (error) {
      throw new SlackAdapterError('slack.closed', 'the Slack call queue was closed while a call waited for its retry', { cause: error });
    }
  }

  function pausedFor(laneName: string): number {
    const until = pauses.get(laneName);
    if (until === undefined) return 0;
    const left = until - now();
    if (left <= 0) pauses.delete(laneName);
    return left;
  }

  function pause(laneName: string, ms: number): void {
    const until = Math.max(pauses.get(laneName) ?? 0, now() + ms);
    pauses.set(laneName, until);
    if (pauses.size > 1000) for (const [name, t] of pauses) if (t <= now()) pauses.delete(name);
  }

  async function attempt<T>(laneName: string, method: string, call: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      if (closer.signal.aborted) throw new SlackAdapterError('slack.closed', 'the Slack call queue is closed');
      await wait(pausedFor(laneName));
      let failure: SlackCallFailure;
      let cause: unknown;
      try {
        const result = await call();
        options.onAttempt?.(method, 'ok');
        return result;
      } catch (error) {
        cause = error;
        failure = classifySlackError(error);
      }
      options.onAttempt?.(method, failure.kind);
      const retryable = failure.kind !== 'api_error';
      const tooLong = failure.kind === 'rate_limited' && failure.retryAfterMs > maxRetryAfterMs;
      if (failure.kind === 'rate_limited') pause(laneName, failure.retryAfterMs);
      if (!retryable || tooLong || n >= maxAttempts) {
        const detail = failure.kind === 'api_error' ? `: ${failure.error}` : '';
        throw new SlackAdapterError(FAILURE_CODE[failure.kind], `Slack ${method} failed after ${n} attempt(s) (${failure.kind}${detail}) in lane ${laneName}`, { cause });
      }
      options.logger?.warn({ method, lane: laneName, attempt: n, failure: failure.kind, retryAfterMs: failure.kind === 'rate_limited' ? failure.retryAfterMs : undefined }, 'slack call failed; retrying');
      if (failure.kind !== 'rate_limited') await wait(backoffMs(n));
    }
  }

  return {
    run<T>(laneName: string, method: string, call: () => Promise<T>): Promise<T> {
      let lane = lanes.get(laneName);
      if (!lane) {
        lane = { tail: Promise.resolve(), pending: 0 };
        lanes.set(laneName, lane);
      }
      const current = lane;
      current.pending++;
      const result = current.tail.then(() => attempt(laneName, method, call));
      current.tail = result.then(
        () => undefined,
        () => undefined, // the caller gets the rejection through `result`; the lane just moves on
      );
      void current.tail.then(() => {
        current.pending--;
        if (current.pending === 0 && lanes.get(laneName) === current) {
          lanes.delete(laneName);
          if (lanes.size === 0) {
            const waiters = idleWaiters;
            idleWaiters = [];
            for (const w of waiters) w();
          }
        }
      });
      return result;
    },
    lanes: () => lanes.size,
    idle: () => (lanes.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    close: () => closer.abort(),
  };
}
