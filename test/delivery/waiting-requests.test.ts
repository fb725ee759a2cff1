import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/delivery/create-dispatcher.ts';
import { createDeliveryWorker } from '../../src/delivery/delivery-worker.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import { SenderRegistry } from '../../src/delivery/sender-registry.ts';
import { createWaitingRequests } from '../../src/delivery/waiting-requests.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';
import type { NewOutboxEntry } from '../../src/outbox/outbox-entry.ts';
import { createMemoryStore } from '../../src/store/create-store.ts';
import { waitFor } from '../adapters/slack/slack-desk-kit.ts';

const entries = (n: number): NewOutboxEntry[] => Array.from({ length: n }, (_, i) => ({ id: `w:${i}`, lane: `w:${i}`, body: { kind: 'direct', platform: 'held', payload: { n: i } } }));

/** A platform that takes each message only when the test lets it; it counts the calls running at once. */
function heldPlatform() {
  const held: (() => void)[] = [];
  const p = {
    delivered: [] as string[],
    running: () => held.length,
    release() {
      for (const go of held.splice(0)) go();
    },
    sender: {
      thread: () => Promise.reject(new Error('not used')),
      notice: () => Promise.reject(new Error('not used')),
      async direct(_payload, ctx) {
        await new Promise<void>((resolve) => held.push(resolve));
        p.delivered.push(ctx.entryId);
      },
    } satisfies PlatformSender,
  };
  return p;
}

describe('waiting requests', () => {
  it('counts each request once until it is answered, and says when the last one was', () => {
    const waiting = createWaitingRequests();
    let cleared = 0;
    const unlisten = waiting.onClear(() => cleared++);
    const a = waiting.enter();
    const b = waiting.enter();
    expect(waiting.count()).toBe(2);
    a();
    a();
    expect(waiting.count()).toBe(1);
    expect(cleared).toBe(0);
    b();
    expect(waiting.count()).toBe(0);
    expect(cleared).toBe(1);
    unlisten();
    waiting.enter()();
    expect(cleared).toBe(1);
  });

  function setUp(busyLagMs: number) {
    const store = createMemoryStore({ rules: DEFAULT_RULES, now: Date.now, conversationTtlMs: 3_600_000 });
    const platform = heldPlatform();
    const senders = new SenderRegistry();
    senders.register('held', platform.sender);
    const dispatcher = createDispatcher({ store, senders, owner: 'w', cardIntervalMs: 0, now: Date.now });
    const waiting = createWaitingRequests();
    const worker = createDeliveryWorker({ outbox: store.outbox, dispatcher, consumer: 'w', concurrency: 8, busyConcurrency: 2, busyLagMs, waiting, claimMs: 30_000, maxAttempts: 3, retry: { baseMs: 50, maxMs: 200 }, blockMs: 20 });
    return { store, platform, waiting, worker };
  }

  it('the delivery worker runs fewer deliveries while a request waits, and all of them once it is answered; each entry once', async () => {
    const { store, platform, waiting, worker } = setUp(3_600_000);
    const answered = waiting.enter();
    await store.outbox.enqueue(entries(40));
    worker.start();
    try {
      await waitFor('two deliveries running', () => platform.running() === 2);
      // Many read loops later, still two: the others wait for a slot.
      await new Promise((r) => setTimeout(r, 200));
      expect(platform.running()).toBe(2);
      answered();
      await waitFor('eight deliveries running', () => platform.running() === 8);
      const next = waiting.enter();
      platform.release();
      // Those already running finish; no more than two start while the new request waits.
      await waitFor('eight delivered', () => platform.delivered.length === 8);
      await waitFor('two running again', () => platform.running() === 2);
      await new Promise((r) => setTimeout(r, 200));
      expect(platform.running()).toBe(2);
      next();
      for (;;) {
        await waitFor('deliveries running or all done', () => platform.running() > 0 || platform.delivered.length === 40);
        if (platform.delivered.length === 40) break;
        platform.release();
      }
    } finally {
      await worker.stop(1000);
    }
    expect(new Set(platform.delivered).size).toBe(40);
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 0, dead: 0 });
  });

  it('entries that waited long enough are delivered at full concurrency even while a request waits', async () => {
    const { store, platform, waiting, worker } = setUp(0);
    const answered = waiting.enter();
    await store.outbox.enqueue(entries(16));
    worker.start();
    try {
      await waitFor('eight deliveries running', () => platform.running() === 8);
      platform.release();
      await waitFor('eight more running', () => platform.delivered.length === 8 && platform.running() === 8);
      platform.release();
      await waitFor('all delivered', () => platform.delivered.length === 16);
    } finally {
      answered();
      await worker.stop(1000);
    }
    expect(new Set(platform.delivered).size).toBe(16);
  });
});
