/**
 * The child process of `bench/backlog.ts`: one replica's outbox delivery worker (the real
 * `createDeliveryWorker` on the real Redis outbox) against a slow platform sender that takes
 * SLOW_MS per message. Prints "ready" once connected, then one JSON line a second:
 * `{"delivered": n, "held": h, "maxHeld": m, "maxHeapMb": mb}` (V8 heap in use, largest seen). Stops on SIGTERM (the worker's own stop).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.ts';
import { createDispatcher } from '../src/delivery/create-dispatcher.ts';
import { createDeliveryWorker } from '../src/delivery/delivery-worker.ts';
import type { PlatformSender } from '../src/delivery/platform-sender.port.ts';
import { SenderRegistry } from '../src/delivery/sender-registry.ts';
import { connectRedis, createRedis } from '../src/store/create-redis.ts';
import { storeOptionsFromConfig } from '../src/store/create-store.ts';
import { createRedisStore } from '../src/store/create-redis-store.ts';

const config = loadConfig(process.env);
const slowMs = Number(process.env.SLOW_MS ?? 50);
const redis = createRedis(config);
await connectRedis(redis, 10_000);
const store = createRedisStore(redis, storeOptionsFromConfig(config));

let delivered = 0;
const slow: PlatformSender = {
  thread: () => Promise.reject(new Error('not used')),
  notice: () => Promise.reject(new Error('not used')),
  async direct() {
    await sleep(slowMs);
    delivered++;
  },
};
const senders = new SenderRegistry();
senders.register('bench', slow);
const dispatcher = createDispatcher({ store, senders, owner: 'bench', cardIntervalMs: 0, now: Date.now });
const worker = createDeliveryWorker({
  outbox: store.outbox,
  dispatcher,
  consumer: `bench-backlog:${process.pid}`,
  concurrency: config.DELIVERY_CONCURRENCY,
  claimMs: config.DELIVERY_CLAIM_SECONDS * 1000,
  maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
  retry: { baseMs: config.DELIVERY_RETRY_MIN_SECONDS * 1000, maxMs: config.DELIVERY_RETRY_MAX_SECONDS * 1000 },
});

let maxHeld = 0;
const watch = setInterval(() => (maxHeld = Math.max(maxHeld, worker.held())), 10);
let maxHeapMb = 0;
const line = () => {
  maxHeapMb = Math.max(maxHeapMb, process.memoryUsage().heapUsed / 1024 / 1024);
  return JSON.stringify({ delivered, held: worker.held(), maxHeld, maxHeapMb });
};
const report = setInterval(() => console.log(line()), 1000);
console.log('ready');
// The parent reads the idle RSS (the backlog is in Redis, nothing read yet), then says go.
process.stdin.once('data', () => worker.start());
process.once('SIGTERM', () => {
  void (async () => {
    await worker.stop(2000);
    clearInterval(watch);
    clearInterval(report);
    console.log(line());
    await store.close();
    process.exit(0);
  })();
});
