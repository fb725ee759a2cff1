import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../app-error.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { ClaimedEntry } from '../outbox/outbox-entry.ts';
import { OutboxError } from '../outbox/outbox-error.ts';
import type { OutboxStore } from '../outbox/outbox.port.ts';
import type { Dispatcher } from './create-dispatcher.ts';
import type { WaitingRequests } from './waiting-requests.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import { retryDelay, type RetryPolicy } from './retry-delay.ts';

export interface DeliveryWorkerOptions {
  outbox: OutboxStore;
  dispatcher: Dispatcher;
  /** This replica's consumer name in the group (stable across restarts where possible). */
  consumer: string;
  /** DELIVERY_CONCURRENCY: deliveries running at once in this replica. */
  concurrency: number;
  /** DELIVERY_CLAIM_SECONDS in ms: entries a silent replica held this long are taken over. */
  claimMs: number;
  /** DELIVERY_MAX_ATTEMPTS: failed attempts before an entry goes to the dead letters. */
  maxAttempts: number;
  retry: RetryPolicy;
  /** Rate-limited or not-ready attempts before an entry goes to the dead letters (default 100). */
  maxRateLimited?: number;
  /** Longest wait of one blocking read (default 1000 ms): also how long `stop` may wait for it. */
  blockMs?: number;
  /** Entries one lane may hold in this replica; more come back a second later (default 8). */
  laneDepth?: number;
  /**
   * Requests this process has not answered yet (the chat adapters' acks). While any waits, at most
   * `busyConcurrency` deliveries run at once, unless the next entry is `busyLagMs` old or older (so
   * delivery never falls far behind under a steady load), and a delivery starts only after the
   * event loop has taken in what arrived meanwhile: acks go first, delivery catches up in the gaps.
   */
  waiting?: Pick<WaitingRequests, 'count' | 'onClear'>;
  /** Deliveries at once while a request waits (default an eighth of `concurrency`, at least 1). */
  busyConcurrency?: number;
  /** Age of an entry (since it was enqueued) from which it is delivered at full concurrency anyway (default 1 s). */
  busyLagMs?: number;
  logger?: Logger;
  metrics?: Metrics;
  now?: () => number;
  random?: () => number;
}

export interface DeliveryWorker {
  readonly consumer: string;
  /** Starts reading the outbox (idempotent). */
  start(): void;
  /**
   * Stops taking entries, gives back those not started (any replica takes them at once), and
   * waits up to `graceMs` for deliveries in flight. What is still running after that stays pending
   * and is taken over by another replica after DELIVERY_CLAIM_SECONDS (checked before it is sent again).
   */
  stop(graceMs: number): Promise<void>;
  /** Entries this replica holds (running or waiting in their lane). */
  held(): number;
}

/** The longest wait of an entry whose prerequisite is on its way (a thread being opened). */
const NOT_READY_MAX_WAIT_MS = 30_000;

interface Lane {
  queue: ClaimedEntry[];
  running: boolean;
}

/**
 * The delivery side of the outbox, run by every replica: reads entries as one consumer group,
 * delivers them with bounded concurrency, one at a time per lane (a conversation, a card) so that
 * one person's or one channel's backlog never delays another's, and settles each by what
 * happened: acknowledged when the platform took it, retried by failure class (Retry-After for
 * rate limits; backoff with jitter for 5xx, timeouts, connection errors and unreadable answers),
 * dead-lettered after DELIVERY_MAX_ATTEMPTS or at a definite refusal. It also moves due retries
 * back to the stream and takes over what silent replicas hold. Memory is bounded: it holds at most
 * twice its concurrency, and a read asks for no more than it can hold. Nothing here runs on the
 * request path: acks never wait on delivery.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { outbox, dispatcher, consumer, logger, metrics } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const blockMs = options.blockMs ?? 1000;
  const maxHeld = options.concurrency * 2;
  const laneDepth = options.laneDepth ?? 8;
  const maxRateLimited = options.maxRateLimited ?? 100;
  const { waiting } = options;
  const busyConcurrency = Math.max(1, Math.min(options.concurrency, options.busyConcurrency ?? Math.ceil(options.concurrency / 8)));
  const busyLagMs = options.busyLagMs ?? 1000;
  /** How many deliveries may run when `next` is to start: fewer while a request waits, unless `next` is late already. */
  const limit = (next: ClaimedEntry | undefined) =>
    waiting && waiting.count() > 0 && !(next && now() - next.entry.createdAt >= busyLagMs) ? busyConcurrency : options.concurrency;
  let unwatch: (() => void) | undefined;
  const lanes = new Map<string, Lane>();
  const held = new Map<string, ClaimedEntry>();
  const running = new Set<Promise<void>>();
  let active = 0;
  let slotWaiters: (() => void)[] = [];
  let roomWaiters: (() => void)[] = [];
  let stopping = false;
  let loop: Promise<void> | undefined;
  let nextPromoteAt = 0;

  const wake = (waiters: (() => void)[]) => {
    for (const w of waiters) w();
  };

  async function acquireSlot(next: ClaimedEntry | undefined): Promise<void> {
    while (active >= limit(next)) await new Promise<void>((resolve) => slotWaiters.push(resolve));
    active++;
  }

  /** A slot freed, or the last waiting request answered (the lower limit lifted): the waiting lanes look again. */
  function wakeSlotWaiters(): void {
    const waiters = slotWaiters;
    slotWaiters = [];
    wake(waiters);
  }

  function releaseSlot(): void {
    active--;
    wakeSlotWaiters();
  }

  function letGo(claimed: ClaimedEntry): void {
    held.delete(claimed.streamId);
    const waiters = roomWaiters;
    roomWaiters = [];
    wake(waiters);
  }

  function dueAt(at: number): void {
    nextPromoteAt = Math.min(nextPromoteAt, at);
  }

  async function once(entryId: string, step: string, send: () => Promise<string>): Promise<string> {
    const known = await outbox.step(entryId, step);
    if (known !== null) return known;
    const value = await send();
    await outbox.setStep(entryId, step, value);
    return value;
  }

  function asFailure(error: unknown): DeliveryFailure {
    if (error instanceof DeliveryFailure) return error;
    if (error instanceof OutboxError) return new DeliveryFailure('refused', error.code, { cause: error });
    const code = error instanceof AppError ? error.code : error instanceof Error ? error.name : 'unknown';
    return new DeliveryFailure('transient', code, { uncertain: true, cause: error });
  }

  async function settleFailure(claimed: ClaimedEntry, error: unknown): Promise<void> {
    const entry = claimed.entry;
    const kind = entry.body.kind;
    const failure = asFailure(error);
    const progress = dispatcher.progressOf(entry);
    const dead = async (reason: string) => {
      await outbox.deadLetter({ ...claimed, entry: { ...entry, lastError: reason } }, reason, progress ? { ...progress, outcome: 'failed' } : undefined);
      await dispatcher.abandoned(entry);
      metrics?.outboxDeliveries.inc({ kind, outcome: 'dead' });
      metrics?.outboxDeadLetters.inc({ kind, reason: failure.kind === 'refused' ? failure.reason : failure.kind });
      logger?.warn({ entryId: entry.id, kind, reason, attempts: entry.attempt + 1, err: failure.cause ?? failure }, 'outbox entry could not be delivered: moved to the dead letters');
    };
    if (failure.kind === 'refused') return dead(failure.reason);
    if (failure.kind === 'rate_limited' || failure.kind === 'not_ready') {
      // Waiting, not failing: Retry-After says when; a thread still being opened gets a backoff.
      const limited = entry.limited + 1;
      if (limited > maxRateLimited) return dead(`${failure.kind}_${limited}_times:${failure.reason}`);
      const wait = failure.kind === 'rate_limited' ? Math.max(failure.retryAfterMs, 100) : Math.min(retryDelay(limited, options.retry, random), NOT_READY_MAX_WAIT_MS);
      const at = now() + wait;
      await outbox.retry(claimed, { attempt: entry.attempt, limited, verify: entry.verify || claimed.reclaimed, lastError: failure.reason }, at);
      dueAt(at);
      metrics?.outboxDeliveries.inc({ kind, outcome: failure.kind });
      logger?.info({ entryId: entry.id, kind, waitMs: wait, reason: failure.reason }, failure.kind === 'rate_limited' ? 'outbox entry rate limited; it waits for Retry-After' : 'outbox entry not ready yet; it waits');
      return;
    }
    const attempt = entry.attempt + 1;
    if (attempt >= options.maxAttempts) return dead(failure.reason);
    const at = now() + retryDelay(attempt, options.retry, random);
    // Once an attempt may have reached the platform (this one, or the one of a replica that died),
    // every later attempt looks before sending.
    await outbox.retry(claimed, { attempt, limited: entry.limited, verify: entry.verify || claimed.reclaimed || failure.uncertain, lastError: failure.reason }, at);
    dueAt(at);
    metrics?.outboxDeliveries.inc({ kind, outcome: 'retried' });
    logger?.warn({ entryId: entry.id, kind, attempt, reason: failure.reason, retryInMs: at - now(), err: failure.cause ?? failure }, 'outbox delivery failed; it will be retried');
  }

  async function deliverOne(claimed: ClaimedEntry): Promise<void> {
    const entry = claimed.entry;
    const kind = entry.body.kind;
    const seenBefore = claimed.reclaimed || entry.attempt > 0 || entry.limited > 0 || entry.verify;
    try {
      if (seenBefore && (await outbox.isDone(entry.id))) {
        // Delivered by an attempt whose acknowledgement was lost (a replica died right after).
        await outbox.ack(claimed);
        metrics?.outboxDeliveries.inc({ kind, outcome: 'duplicate' });
        return;
      }
      const ctx: DeliveryContext = { entryId: entry.id, uncertain: claimed.reclaimed || entry.verify, since: entry.createdAt, once: (step, send) => once(entry.id, step, send) };
      let outcome;
      try {
        outcome = await dispatcher.deliver(claimed, ctx);
      } catch (error) {
        await settleFailure(claimed, error);
        return;
      }
      if (outcome.type === 'delivered') {
        const progress = dispatcher.progressOf(entry);
        await outbox.ack(claimed, progress ? { ...progress, outcome: outcome.progress ?? 'sent' } : undefined);
        metrics?.outboxDeliveries.inc({ kind, outcome: outcome.progress === 'skipped' ? 'skipped' : 'delivered' });
        metrics?.outboxDeliverySeconds.observe({ kind }, Math.max(0, now() - entry.createdAt) / 1000);
      } else if (outcome.type === 'later') {
        const at = now() + Math.max(0, outcome.ms);
        await outbox.retry(claimed, { attempt: entry.attempt, limited: entry.limited, verify: entry.verify || claimed.reclaimed, lastError: outcome.reason }, at);
        dueAt(at);
      } else {
        metrics?.outboxDeliveries.inc({ kind, outcome: 'delivered' });
      }
    } catch (error) {
      // The outbox itself failed (Redis unreachable): the entry stays pending and is taken over
      // after DELIVERY_CLAIM_SECONDS, checked before it is sent again.
      metrics?.outboxDeliveries.inc({ kind, outcome: 'store_error' });
      logger?.error({ err: error, entryId: entry.id, kind }, 'outbox: could not settle an entry; it will be taken over later');
    }
  }

  async function runLane(name: string, lane: Lane): Promise<void> {
    lane.running = true;
    try {
      while (lane.queue.length > 0 && !stopping) {
        await acquireSlot(lane.queue[0]);
        const next = stopping ? undefined : lane.queue.shift();
        if (!next) {
          releaseSlot();
          break;
        }
        try {
          // A request waits: the poll phase (its body, its store replies) runs before this delivery does.
          if (waiting && waiting.count() > 0) await new Promise<void>((resolve) => setImmediate(resolve));
          await deliverOne(next);
        } finally {
          releaseSlot();
          letGo(next);
        }
      }
    } finally {
      lane.running = false;
      if (lane.queue.length === 0 && lanes.get(name) === lane) lanes.delete(name);
    }
  }

  async function take(batch: ClaimedEntry[]): Promise<void> {
    const overflow: ClaimedEntry[] = [];
    for (const claimed of batch) {
      const name = claimed.entry.lane;
      let lane = lanes.get(name);
      if (!lane) lanes.set(name, (lane = { queue: [], running: false }));
      if (lane.queue.length >= laneDepth) {
        overflow.push(claimed);
        continue;
      }
      held.set(claimed.streamId, claimed);
      lane.queue.push(claimed);
      if (!lane.running) {
        const run = runLane(name, lane);
        running.add(run);
        void run.finally(() => running.delete(run));
      }
    }
    for (const claimed of overflow) {
      const e = claimed.entry;
      const at = now() + 1000;
      await outbox.retry(claimed, { attempt: e.attempt, limited: e.limited, verify: e.verify, lastError: e.lastError ?? 'lane_busy' }, at);
      dueAt(at);
    }
  }

  async function main(): Promise<void> {
    let failures = 0;
    let nextReclaimAt = 0;
    let nextKeepAliveAt = now() + options.claimMs / 3;
    while (!stopping) {
      try {
        if (held.size >= maxHeld) {
          await new Promise<void>((resolve) => roomWaiters.push(resolve));
          continue;
        }
        const t = now();
        if (t >= nextPromoteAt) {
          const { moved, nextDueAt } = await outbox.promote(100);
          nextPromoteAt = moved === 100 ? t : Math.min(t + blockMs, nextDueAt ?? Infinity);
        }
        if (t >= nextReclaimAt) {
          const taken = await outbox.reclaim(consumer, options.claimMs, maxHeld - held.size);
          if (taken.length > 0) logger?.warn({ count: taken.length }, 'outbox: took over entries a silent replica held');
          await take(taken);
          nextReclaimAt = t + Math.max(250, options.claimMs / 4);
        }
        if (t >= nextKeepAliveAt) {
          await outbox.keepAlive(consumer, [...held.values()]);
          nextKeepAliveAt = t + options.claimMs / 3;
        }
        const wait = Math.min(nextPromoteAt, nextReclaimAt, nextKeepAliveAt) - now();
        const room = maxHeld - held.size;
        if (room > 0 && !stopping) await take(await outbox.read(consumer, room, Math.max(5, Math.min(blockMs, wait))));
        failures = 0;
      } catch (error) {
        failures++;
        const pause = Math.min(5000, 100 * 2 ** Math.min(failures, 6));
        logger?.error({ err: error, retryInMs: pause }, 'outbox: reading failed');
        await sleep(pause);
      }
    }
  }

  return {
    consumer,
    start() {
      if (loop) return;
      stopping = false;
      unwatch ??= waiting?.onClear(wakeSlotWaiters);
      loop = main();
    },
    async stop(graceMs) {
      stopping = true;
      unwatch?.();
      unwatch = undefined;
      outbox.interrupt();
      wake(roomWaiters.splice(0));
      await loop;
      loop = undefined;
      const unstarted = [...lanes.values()].flatMap((lane) => lane.queue.splice(0));
      for (const claimed of unstarted) held.delete(claimed.streamId);
      wake(slotWaiters.splice(0));
      try {
        await outbox.release(unstarted);
      } catch (error) {
        logger?.warn({ err: error, count: unstarted.length }, 'outbox: could not give entries back at stop; they are taken over later');
      }
      const finished = Promise.all([...running]).then(() => true);
      const inTime = await Promise.race([finished, sleep(graceMs, false, { ref: false })]);
      if (!inTime) logger?.warn({ running: held.size }, 'outbox: deliveries still running at the end of the grace period; another replica takes them over');
    },
    held: () => held.size,
  };
}
