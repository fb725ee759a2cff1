import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/delivery/create-dispatcher.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/delivery-worker.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import { SenderRegistry } from '../../src/delivery/sender-registry.ts';
import type { NewOutboxEntry } from '../../src/outbox/outbox-entry.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { Store } from '../../src/store/store.port.ts';
import { waitFor } from '../adapters/slack/slack-desk-kit.ts';
import { useRedisStore } from '../helpers/use-redis-store.ts';

const entries = (tag: string, from: number, n: number): NewOutboxEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${tag}:${from + i}`, lane: `${tag}:${from + i}`, body: { kind: 'direct', platform: 'slow', payload: { n: from + i } } }));

/**
 * A platform that takes each message only when the test lets it (`hold`), or at once (`flow`):
 * it counts the calls running at once and which entries it took.
 */
function slowPlatform(onCall: () => void = () => {}) {
  const waiting: (() => void)[] = [];
  let flowing = false;
  let running = 0;
  const p = {
    delivered: [] as string[],
    maxRunning: 0,
    waiting: () => waiting.length,
    running: () => running,
    flow() {
      flowing = true;
      for (const go of waiting.splice(0)) go();
    },
    sender: {
      thread: () => Promise.reject(new Error('not used')),
      notice: () => Promise.reject(new Error('not used')),
      async direct(_payload, ctx) {
        running++;
        p.maxRunning = Math.max(p.maxRunning, running);
        onCall();
        await new Promise<void>((resolve) => (flowing ? setImmediate(resolve) : waiting.push(resolve)));
        p.delivered.push(ctx.entryId);
        running--;
      },
    } satisfies PlatformSender,
  };
  return p;
}

/** The store's outbox, counting what it hands out (a read or a takeover) and the largest read. */
function countingOutbox(outbox: OutboxStore) {
  const c = { handedOut: 0, largestRead: 0, largestAsk: 0 };
  const proxy = new Proxy(outbox, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === 'read' || prop === 'reclaim') {
        return async (consumer: string, a: number, b: number) => {
          c.largestAsk = Math.max(c.largestAsk, prop === 'read' ? a : b);
          const got = prop === 'read' ? await target.read(consumer, a, b) : await target.reclaim(consumer, a, b);
          c.handedOut += got.length;
          c.largestRead = Math.max(c.largestRead, got.length);
          return got;
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { outbox: proxy, counts: c };
}

function worker(store: Store, outbox: OutboxStore, sender: PlatformSender, consumer: string, concurrency: number): DeliveryWorker {
  const senders = new SenderRegistry();
  senders.register('slow', sender);
  const dispatcher = createDispatcher({ store, senders, owner: consumer, cardIntervalMs: 0, now: Date.now });
  return createDeliveryWorker({ outbox, dispatcher, consumer, concurrency, claimMs: 30_000, maxAttempts: 3, retry: { baseMs: 50, maxMs: 200 }, blockMs: 20 });
}

describe('delivery with a backlog in Redis', () => {
  const redis = useRedisStore('backlog');

  it('holds at most twice DELIVERY_CONCURRENCY entries however long the backlog, and reads only what it can hold', async () => {
    const { store } = redis.fresh();
    const CONCURRENCY = 4;
    const TOTAL = 2000;
    const { outbox, counts } = countingOutbox(store.outbox);
    let maxHeld = 0;
    // Sampled at every call of the platform, when the worker holds the most.
    const platform = slowPlatform(() => (maxHeld = Math.max(maxHeld, w.held())));
    const w = worker(store, outbox, platform.sender, 'bounded', CONCURRENCY);
    for (let i = 0; i < TOTAL; i += 500) await store.outbox.enqueue(entries('b', i, 500));
    w.start();
    try {
      // The platform takes nothing: the worker fills up to its bound and reads no further.
      await waitFor('the worker to fill up', () => platform.waiting() === CONCURRENCY && w.held() === 2 * CONCURRENCY);
      await new Promise((r) => setTimeout(r, 300)); // many read loops (blockMs 20)
      expect(counts.handedOut).toBe(2 * CONCURRENCY);
      expect(w.held()).toBe(2 * CONCURRENCY);
      expect(platform.running()).toBe(CONCURRENCY);
      // The backlog stays in Redis.
      expect(await store.outbox.stats()).toMatchObject({ ready: TOTAL - 2 * CONCURRENCY, inFlight: 2 * CONCURRENCY });

      // The platform takes everything: every entry is read once and delivered once, within the bounds.
      platform.flow();
      await waitFor('every entry delivered', () => platform.delivered.length === TOTAL, 60_000);
      expect(new Set(platform.delivered).size).toBe(TOTAL);
      expect(counts.handedOut).toBe(TOTAL);
      expect(platform.maxRunning).toBeLessThanOrEqual(CONCURRENCY);
      expect(maxHeld).toBeLessThanOrEqual(2 * CONCURRENCY);
      expect(counts.largestAsk).toBeLessThanOrEqual(2 * CONCURRENCY);
      expect(counts.largestRead).toBeLessThanOrEqual(2 * CONCURRENCY);
    } finally {
      await w.stop(1000);
    }
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 0, dead: 0 });
  }, 90_000);

  it('what is queued while one replica is stopped is delivered by another, each entry once', async () => {
    const { store } = redis.fresh();
    const one = slowPlatform();
    const two = slowPlatform();
    const first = worker(store, store.outbox, one.sender, 'replica-1', 4);
    const second = worker(store, store.outbox, two.sender, 'replica-2', 4);
    await store.outbox.enqueue(entries('r', 0, 300));
    first.start();
    second.start();
    // Both replicas are in the middle of the backlog, each with 4 deliveries running and 4 waiting.
    await waitFor('both replicas busy', () => one.waiting() === 4 && two.waiting() === 4 && first.held() === 8 && second.held() === 8);

    // Replica 1 stops (SIGTERM): it finishes what runs, gives back what waits, and is gone.
    const stopped = first.stop(5000);
    one.flow();
    await stopped;
    expect(first.held()).toBe(0);
    expect(one.delivered).toHaveLength(4);

    // More is queued while it is stopped; replica 2 delivers all of it and the rest of the backlog.
    await store.outbox.enqueue(entries('r', 300, 200));
    two.flow();
    await waitFor('every entry delivered', () => one.delivered.length + two.delivered.length === 500, 30_000);
    await second.stop(1000);
    const all = [...one.delivered, ...two.delivered];
    expect(all).toHaveLength(500);
    expect(new Set(all).size).toBe(500);
    expect(two.delivered.filter((id) => Number(id.split(':')[1]) >= 300)).toHaveLength(200);
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 0, dead: 0 });
  }, 60_000);
});
